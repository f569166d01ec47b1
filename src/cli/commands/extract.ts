// `plangraph extract [files…|--all] [--json out.json]`: the extraction
// stage without a database. Prints a per-plan, per-type count table; the
// JSON is the ExtractedGraph the loader reads.
import { writeFileSync } from 'node:fs';
import { DEFAULT_GAZETTEER_DIR, GazetteerError, loadGazetteer } from '../../extract/gazetteer.js';
import { extractPlan, mergeGraphs } from '../../extract/index.js';
import { loadPlans, PlanInputError } from '../../extract/load-plans.js';
import type { PlanExtraction } from '../../extract/types.js';
import { ExitError, UsageError } from '../errors.js';
import type { CommandRun } from '../types.js';
import { countTable } from '../../extract/report/count-table.js';

export interface ExtractOptions {
  files: string[];
  all: boolean;
  json?: string;
}

export const run: CommandRun = async ({ positionals, values }) => {
  const options: ExtractOptions = { files: positionals, all: values.all === true };
  if (typeof values.json === 'string') options.json = values.json;
  const extractions = extractAll(options);
  const graph = mergeGraphs(extractions);
  const table = countTable(extractions);
  if (options.json === '-') {
    process.stdout.write(JSON.stringify(graph) + '\n');
    console.error(table);
  } else {
    if (options.json) writeFileSync(options.json, JSON.stringify(graph, null, 1) + '\n');
    console.log(table);
    if (options.json) console.log(`\nWrote ${graph.nodes.length} nodes and ${graph.relationships.length} relationships to ${options.json}.`);
  }
  return 0;
};

export function extractAll(options: Pick<ExtractOptions, 'files' | 'all'>): PlanExtraction[] {
  try {
    const docs = loadPlans(options.files, options.all);
    const gazetteer = loadGazetteer(DEFAULT_GAZETTEER_DIR);
    return docs.map((doc) => extractPlan(doc, gazetteer));
  } catch (error) {
    if (error instanceof PlanInputError) {
      throw options.files.length === 0 && !options.all ? new UsageError(error.message) : new ExitError(error.message);
    }
    if (error instanceof GazetteerError) throw new ExitError(error.message);
    throw error;
  }
}
