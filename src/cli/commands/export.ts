// `plangraph export --format json|graphml|csv [--plan id] [--output path]`:
// the whole graph or one plan, in the extract format (json), as GraphML for
// Gephi, or as nodes.csv + relationships.csv in a folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withGraph } from '../../graph/cli-graph.js';
import { toCsv } from '../../graph/export/csv.js';
import { toGraphML } from '../../graph/export/graphml.js';
import { readGraph } from '../../graph/export/read-graph.js';
import { EXPORT_FORMATS, type ExportFormat } from '../../graph/export/types.js';
import { storedContentHash } from '../../graph/ingest/load-plan.js';
import { ExitError, UsageError } from '../errors.js';
import type { CommandRun, ParsedArgs } from '../types.js';

export interface ExportOptions {
  format: ExportFormat;
  plan?: string;
  /** File for json/graphml (stdout when absent), folder for csv. */
  output?: string;
}

export function exportOptions({ positionals, values }: ParsedArgs): ExportOptions {
  if (positionals.length > 0) throw new UsageError(`export takes options only (got "${positionals.join(' ')}"); e.g. --format graphml --output plangraph.graphml.`);
  const format = values.format ?? 'json';
  if (typeof format !== 'string' || !(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')} (got "${String(format)}").`);
  }
  const options: ExportOptions = { format: format as ExportFormat };
  if (values.plan !== undefined) {
    if (typeof values.plan !== 'string' || values.plan.trim() === '') throw new UsageError('--plan needs a plan id, e.g. --plan anshan-14fyp.');
    options.plan = values.plan.trim();
  }
  if (values.output !== undefined) {
    if (typeof values.output !== 'string' || values.output.trim() === '') throw new UsageError('--output needs a path.');
    options.output = values.output;
  }
  if (options.format === 'csv' && options.output === undefined) {
    throw new UsageError('--format csv writes two files (nodes.csv, relationships.csv): give a folder with --output, e.g. --output out/.');
  }
  return options;
}

export const run: CommandRun = async (args) => {
  const options = exportOptions(args);
  const graph = await withGraph(async ({ executor }) => {
    if (options.plan !== undefined && (await storedContentHash(executor, options.plan)) === null) {
      throw new ExitError(`There is no plan "${options.plan}" in the graph; \`plangraph stats\` lists the plans.`);
    }
    return readGraph(executor, options.plan === undefined ? null : [options.plan]);
  });
  const summary = `${graph.nodes.length} nodes and ${graph.relationships.length} relationships`;
  try {
    if (options.format === 'csv') {
      const dir = options.output!;
      const { nodes, relationships } = toCsv(graph);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'nodes.csv'), nodes);
      writeFileSync(path.join(dir, 'relationships.csv'), relationships);
      console.error(`plangraph: wrote ${summary} to ${path.join(dir, 'nodes.csv')} and ${path.join(dir, 'relationships.csv')}`);
      return 0;
    }
    const body =
      options.format === 'graphml'
        ? toGraphML(graph)
        : JSON.stringify(options.plan === undefined ? graph : { planId: options.plan, ...graph, messages: [] }, null, 1) + '\n';
    if (options.output === undefined || options.output === '-') process.stdout.write(body);
    else {
      writeFileSync(options.output, body);
      console.error(`plangraph: wrote ${summary} to ${options.output}`);
    }
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code === undefined) throw error;
    throw new ExitError(`Cannot write the export (${e.code}): ${e.message}. Check that --output names a writable ${options.format === 'csv' ? 'folder' : 'file'}.`);
  }
  return 0;
};
