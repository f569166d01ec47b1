// Writes one plan: skip when its content hash is already in the graph,
// otherwise clear what the plan wrote before and write it again, all in ONE
// transaction, so a plan is fully in or not at all (an error or a killed
// process rolls everything back; a re-run converges to the same graph).
import type { PlanExtraction } from '../../extract/types.js';
import type { Executor, NamedTransaction } from '../executor.js';
import { extractionHash } from './content-hash.js';
import { planRows } from './rows.js';
import { clearSteps, finishSteps, loadSteps, DEFAULT_BATCH_SIZE } from './steps.js';
import type { LoadStep } from './types.js';

export type PlanStatus = 'new' | 'replaced' | 'unchanged';

export interface PlanLoadResult {
  planId: string;
  status: PlanStatus;
  contentHash: string;
  /** Rows written per kind: `Section`, `Enterprise`, `MENTIONED_IN`… (empty when unchanged). */
  written: Record<string, number>;
  /** Entities already in the graph through other plans (this plan's own were cleared first), per type. */
  existing: Record<string, number>;
  /** What the clearing steps removed. */
  removed: { facts: number; entities: number };
  /** Entities of the extraction that no relationship touches, so not written. */
  unlinked: number;
  ms: number;
}

export interface LoadOptions {
  /** Write even when the stored content hash is unchanged. */
  force?: boolean;
  batchSize?: number;
  /** Called after each step inside the transaction (progress; a throw rolls the plan back). */
  onStep?: (done: number, total: number, step: LoadStep) => void | Promise<void>;
  now?: () => Date;
  timeoutMs?: number;
  /**
   * Wait after the commit until the (eventually consistent) full-text indexes
   * include this plan, so a search right after sees it. Default true; loading
   * several plans, pass false and call refreshSearchIndexes once at the end.
   */
  awaitSearch?: boolean;
}

export async function refreshSearchIndexes(executor: Executor): Promise<void> {
  await executor.write('load/await-search-indexes', {}, { timeoutMs: 60_000 });
}

/** Thrown inside the transaction when a write query reports fewer rows than it was given. */
export class IncompleteWriteError extends Error {
  constructor(planId: string, step: LoadStep, written: number) {
    super(
      `Plan "${planId}": ${step.query} wrote ${written} of ${step.expect} ${step.kind} rows ` +
        '(a relationship end is missing from the graph); nothing of this plan was written.',
    );
    this.name = 'IncompleteWriteError';
  }
}

export async function storedContentHash(executor: Executor, planId: string): Promise<string | null> {
  const [row] = await executor.read<{ contentHash: string | null }>('load/plan-content-hash', { plan: planId });
  return row ? (row.contentHash ?? '') : null;
}

export async function loadPlan(executor: Executor, extraction: PlanExtraction, options: LoadOptions = {}): Promise<PlanLoadResult> {
  const started = Date.now();
  const { planId } = extraction;
  const rows = planRows(extraction); // validates before anything is written
  const contentHash = extractionHash(extraction);
  const ingestedAt = (options.now ?? (() => new Date()))().toISOString();
  // The stored hash is read in the write transaction itself (one round trip on
  // its connection, not a transaction of its own: ~20 ms a plan on the loaded
  // bench machine), and what is written cannot change under it.
  let status = 'new' as PlanStatus; // set in the transaction (afresh on a retry)
  const outcome = await runSteps(executor, planId, options, async (tx) => {
    const [row] = await tx.run<{ contentHash: string | null }>('load/plan-content-hash', { plan: planId });
    const stored = row ? (row.contentHash ?? '') : null;
    status = stored === null ? 'new' : stored === contentHash && !options.force ? 'unchanged' : 'replaced';
    if (status === 'unchanged') return [];
    return loadSteps(rows, { contentHash, ingestedAt, isNew: status === 'new' }, options.batchSize ?? DEFAULT_BATCH_SIZE);
  });
  const result: PlanLoadResult = { planId, status, contentHash, written: {}, existing: {}, removed: { facts: 0, entities: 0 }, unlinked: rows.unlinked.length, ms: 0 };
  if (status === 'unchanged') return { ...result, ms: Date.now() - started };
  if (options.awaitSearch ?? true) await refreshSearchIndexes(executor);
  return { ...result, ...outcome, ms: Date.now() - started };
}

/** Removes a plan: its facts, sections, paragraphs, the entities only it used, and its Plan node. */
export async function removePlan(executor: Executor, planId: string, options: Pick<LoadOptions, 'timeoutMs'> = {}): Promise<{ removed: boolean; facts: number; entities: number }> {
  const steps: LoadStep[] = [...clearSteps(planId), { query: 'load/remove-plan', params: { plan: planId }, expect: 0, kind: 'Plan' }, ...finishSteps([])];
  const outcome = await runSteps(executor, planId, options, async () => steps);
  await refreshSearchIndexes(executor);
  return { removed: (outcome.plansDeleted ?? 0) > 0, ...outcome.removed };
}

interface StepsOutcome {
  written: Record<string, number>;
  existing: Record<string, number>;
  removed: { facts: number; entities: number };
  plansDeleted?: number;
}

type StepRow = { written?: number; existed?: number; factsDeleted?: number; entitiesDeleted?: number; plansDeleted?: number };

/** Runs the steps `prepare` returns (it may read first) in one write transaction. */
async function runSteps(executor: Executor, planId: string, options: LoadOptions, prepare: (tx: NamedTransaction) => Promise<LoadStep[]>): Promise<StepsOutcome> {
  return executor.inWriteTransaction(
    async (tx) => {
      const steps = await prepare(tx);
      // Fresh counters per attempt: the driver may run this function again after a transient error.
      const outcome: StepsOutcome = { written: {}, existing: {}, removed: { facts: 0, entities: 0 } };
      // All steps are sent at once: Bolt pipelines them on the transaction's
      // connection and Neo4j runs them in order, so there is no round trip per
      // batch. Results are then checked in order; any failure rolls back all.
      const pending = steps.map((step) => tx.run<StepRow>(step.query, step.params));
      for (const p of pending) p.catch(() => {}); // after the first failure the rest fail too: reported once, below
      for (const [index, step] of steps.entries()) {
        const [row = {}] = await pending[index]!;
        if (step.expect > 0) {
          const written = Number(row.written ?? 0);
          if (written !== step.expect) throw new IncompleteWriteError(planId, step, written);
          outcome.written[step.kind] = (outcome.written[step.kind] ?? 0) + written;
          if (row.existed !== undefined) outcome.existing[step.kind] = (outcome.existing[step.kind] ?? 0) + Number(row.existed);
        }
        outcome.removed.facts += Number(row.factsDeleted ?? 0);
        outcome.removed.entities += Number(row.entitiesDeleted ?? 0);
        if (row.plansDeleted !== undefined) outcome.plansDeleted = Number(row.plansDeleted);
        await options.onStep?.(index + 1, steps.length, step);
      }
      return outcome;
    },
    { label: `ingest ${planId}`, ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}) },
  );
}
