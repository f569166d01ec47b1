// `plangraph ingest [files…|--all] [--force]`, `plangraph ingest --remove <id>`:
// extract every plan first (a bad file fails before anything is written),
// then write each plan in its own transaction, with one progress line per
// plan on stderr and a summary table at the end.
import { writeFileSync } from 'node:fs';
import { loadManifest } from '../../text/manifest.js';
import { TextError } from '../../text/errors.js';
import { expandPlanDirectories } from '../../text/plan-files.js';
import type { PlanExtraction } from '../../extract/types.js';
import { withGraph } from '../../graph/cli-graph.js';
import { GraphError } from '../../graph/errors.js';
import { IncompleteWriteError, loadPlan, refreshSearchIndexes, removePlan, type PlanLoadResult } from '../../graph/ingest/load-plan.js';
import { InvalidExtractionError } from '../../graph/ingest/rows.js';
import { formatIngestReport, type IngestReportRow } from '../../graph/ingest/summary.js';
import type { Executor } from '../../graph/executor.js';
import { ExitError, UsageError } from '../errors.js';
import type { CommandRun, ParsedArgs } from '../types.js';
import { extractAll } from './extract.js';

export type IngestOptions =
  | { mode: 'ingest'; targets: string[]; force: boolean; json?: string }
  | { mode: 'remove'; plan: string; json?: string };

/** argv → options; every misuse is a UsageError (exit 2). */
export function ingestOptions({ positionals, values }: ParsedArgs): IngestOptions {
  const json = typeof values.json === 'string' ? { json: values.json } : {};
  if (values.remove !== undefined) {
    if (typeof values.remove !== 'string' || values.remove.trim() === '') throw new UsageError('--remove needs a plan id, e.g. --remove huludao-14fyp.');
    if (positionals.length > 0 || values.all === true || values.force === true) {
      throw new UsageError('--remove takes only a plan id: it cannot be combined with files, --all or --force.');
    }
    return { mode: 'remove', plan: values.remove.trim(), ...json };
  }
  if (values.all === true && positionals.length > 0) throw new UsageError('Give either plan files or --all, not both.');
  if (values.all !== true && positionals.length === 0) {
    throw new UsageError('Name at least one plan file (or a plan id from seed/plans.json), or pass --all. See `plangraph ingest --help`.');
  }
  const targets = values.all === true ? loadManifest().map((p) => p.id) : positionals;
  return { mode: 'ingest', targets, force: values.force === true, ...json };
}

const say = (line: string) => console.error(`plangraph: ${line}`);

export const run: CommandRun = async (args) => {
  const options = ingestOptions(args);
  if (options.mode === 'remove') {
    const outcome = await withGraph((graph) => removePlan(graph.executor, options.plan));
    if (!outcome.removed) throw new ExitError(`There is no plan "${options.plan}" in the graph; \`plangraph stats\` lists the plans.`);
    if (options.json) writeJson(options.json, { plan: options.plan, ...outcome });
    console.log(`Removed plan ${options.plan}: ${outcome.facts} facts and ${outcome.entities} entities no other plan uses.`);
    return 0;
  }

  const started = Date.now();
  const targets = planFiles(options.targets);
  const extracted: { extraction: PlanExtraction; extractMs: number }[] = [];
  for (const [i, target] of targets.entries()) {
    const t0 = Date.now();
    const [extraction] = extractAll({ files: [target], all: false });
    const extractMs = Date.now() - t0;
    extracted.push({ extraction: extraction!, extractMs });
    say(`[${i + 1}/${targets.length}] ${extraction!.planId}: extracted ${extraction!.nodes.length} nodes, ${extraction!.relationships.length} relationships in ${seconds(extractMs)} s`);
  }

  const rows = await withGraph(async ({ executor }) => {
    const done: IngestReportRow[] = [];
    for (const [i, { extraction, extractMs }] of extracted.entries()) {
      const result = await writePlan(executor, extraction, options.force, done, `[${i + 1}/${extracted.length}] ${extraction.planId}`);
      done.push({ result, extractMs });
    }
    await refreshSearchIndexes(executor); // once for all plans, not after each
    return done;
  });

  const report = formatIngestReport(rows, Date.now() - started);
  if (options.json) writeJson(options.json, rows.map(({ result, extractMs }) => ({ ...result, extractMs })));
  if (options.json === '-') console.error(report);
  else console.log(report);
  return 0;
};

async function writePlan(executor: Executor, extraction: PlanExtraction, force: boolean, done: IngestReportRow[], prefix: string): Promise<PlanLoadResult> {
  const tty = process.stderr.isTTY === true;
  try {
    const result = await loadPlan(executor, extraction, {
      force,
      awaitSearch: false,
      onStep: tty ? (step, total) => void process.stderr.write(`\rplangraph: ${prefix}: writing ${step}/${total}`) : undefined,
    });
    if (tty) process.stderr.write('\r\x1b[K');
    const rows = Object.values(result.written).reduce((a, b) => a + b, 0);
    say(`${prefix}: ${result.status}${result.status === 'unchanged' ? '' : `, ${rows} rows written`} in ${seconds(result.ms)} s`);
    return result;
  } catch (error) {
    if (tty) process.stderr.write('\n');
    // Anything else is a bug and goes up with its stack.
    if (!(error instanceof GraphError || error instanceof InvalidExtractionError || error instanceof IncompleteWriteError)) throw error;
    const kept = done.length > 0 ? ` Plans written before it stay: ${done.map((d) => d.result.planId).join(', ')}.` : '';
    const hint = error instanceof GraphError ? '' : ' This is a bug in the extraction; `plangraph extract` runs the same plan without a database.';
    throw new ExitError(`${prefix}: not written; the graph keeps its previous version of this plan (one transaction per plan). ${error.message}${hint}${kept}`);
  }
}

/** A directory stands for the .txt plans in it. */
function planFiles(targets: string[]): string[] {
  try {
    return expandPlanDirectories(targets);
  } catch (error) {
    if (error instanceof TextError) throw new ExitError(error.message);
    throw error;
  }
}

function writeJson(target: string, value: unknown) {
  const text = JSON.stringify(value, null, 1) + '\n';
  if (target === '-') process.stdout.write(text);
  else {
    try {
      writeFileSync(target, text);
    } catch (error) {
      throw new ExitError(`Cannot write ${target}: ${(error as Error).message}`);
    }
  }
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);
