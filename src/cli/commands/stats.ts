// `plangraph stats [--json out]`: nodes per label, relationships per type,
// and per plan its sections, paragraphs, facts and entities.
import { writeFileSync } from 'node:fs';
import { withGraph } from '../../graph/cli-graph.js';
import { graphStats, type GraphStats } from '../../graph/stats.js';
import { textTable } from '../../graph/text-table.js';
import { ExitError, UsageError } from '../errors.js';
import type { CommandRun } from '../types.js';

export function formatStats(stats: GraphStats): string {
  const nodes = textTable(['label', 'nodes'], Object.entries(stats.nodes));
  const rels = textTable(['type', 'relationships'], Object.entries(stats.relationships));
  const factTypes = [...new Set(stats.plans.flatMap((p) => Object.keys(p.relationships)))].filter((t) => t !== 'PART_OF').sort();
  const plans = textTable(
    ['plan', 'sections', 'paragraphs', 'entities', ...factTypes, 'ingested'],
    stats.plans.map((p) => [
      p.plan,
      p.sections,
      p.paragraphs,
      Object.values(p.entities).reduce((a, b) => a + b, 0),
      ...factTypes.map((t) => p.relationships[t] ?? 0),
      p.ingestedAt ?? '',
    ]),
  );
  if (stats.plans.length === 0) return `${nodes}\n\n${rels}\n\nNo plans in the graph yet: run \`plangraph ingest --all\`.`;
  return `${nodes}\n\n${rels}\n\n${plans}`;
}

export const run: CommandRun = async ({ positionals, values }) => {
  if (positionals.length > 0) throw new UsageError(`stats takes no arguments (got "${positionals.join(' ')}"). See \`plangraph stats --help\`.`);
  const stats = await withGraph(({ executor }) => graphStats(executor));
  const json = typeof values.json === 'string' ? values.json : undefined;
  if (json === '-') {
    process.stdout.write(JSON.stringify(stats, null, 1) + '\n');
    return 0;
  }
  if (json) {
    try {
      writeFileSync(json, JSON.stringify(stats, null, 1) + '\n');
    } catch (error) {
      throw new ExitError(`Cannot write ${json}: ${(error as Error).message}`);
    }
  }
  console.log(formatStats(stats));
  return 0;
};
