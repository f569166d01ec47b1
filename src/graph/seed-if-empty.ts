// Start-up seeding: a graph without any Plan gets the seed plans
// (seed/plans.json), each in its own transaction; a warm start costs one
// query and writes nothing. A crash halfway leaves whole plans only, and the
// next start, still seeing a graph with plans, does not reseed: `plangraph
// ingest --all` completes it (unchanged plans are skipped).
import { loadGazetteer } from '../extract/gazetteer.js';
import { extractPlan } from '../extract/index.js';
import { loadPlans } from '../extract/load-plans.js';
import type { PlanExtraction } from '../extract/types.js';
import type { Executor } from './executor.js';
import { loadPlan, refreshSearchIndexes, type PlanLoadResult } from './ingest/load-plan.js';

export interface SeedOutcome {
  seeded: boolean;
  plans: PlanLoadResult[];
  ms: number;
}

export interface SeedOptions {
  log?: (line: string) => void;
  /** The plans to seed with; default: extract every plan of seed/plans.json now. */
  extract?: () => PlanExtraction[];
}

function extractSeedPlans(): PlanExtraction[] {
  const gazetteer = loadGazetteer();
  return loadPlans([], true).map((doc) => extractPlan(doc, gazetteer));
}

export async function seedIfEmpty(executor: Executor, options: SeedOptions = {}): Promise<SeedOutcome> {
  const started = Date.now();
  const [row] = await executor.read<{ hasPlan: boolean }>('load/has-plan');
  if (row?.hasPlan) return { seeded: false, plans: [], ms: Date.now() - started };
  const plans: PlanLoadResult[] = [];
  for (const extraction of (options.extract ?? extractSeedPlans)()) {
    const result = await loadPlan(executor, extraction, { awaitSearch: false });
    options.log?.(`seeded ${result.planId} in ${(result.ms / 1000).toFixed(2)} s`);
    plans.push(result);
  }
  await refreshSearchIndexes(executor);
  return { seeded: true, plans, ms: Date.now() - started };
}
