// The table of contents of `plangraph`: every verb, its options and examples.
// Each command's code is loaded only when that command runs.
import type { CommandSpec } from './types.js';

const json = { type: 'string', description: 'Write the result as JSON to this file ("-" for stdout)' } as const;

export const commands: CommandSpec[] = [
  {
    name: 'serve',
    description: 'Start Neo4j (local launcher unless NEO4J_URI is set), ingest the seed plans if the graph is empty, serve GraphQL',
    usage: 'serve',
    options: {},
    examples: ['plangraph serve', 'NEO4J_URI=bolt://db:7687 PORT=8080 plangraph serve'],
    load: () => import('./commands/serve.js'),
  },
  {
    name: 'inspect',
    description: 'Show the outline, tables and task blocks found in plan files, with counts',
    usage: 'inspect <file…>',
    options: { json },
    examples: ['plangraph inspect seed/plans/anshan-14fyp.txt'],
    load: () => import('./commands/inspect.js'),
  },
  {
    name: 'extract',
    description: 'Extract entities and relations from plan files without a database',
    usage: 'extract [files…|--all]',
    options: {
      all: { type: 'boolean', description: 'Every plan in seed/plans.json' },
      json,
    },
    examples: ['plangraph extract --all --json out.json', 'plangraph extract new-plan.txt --json -'],
    load: () => import('./commands/extract.js'),
  },
  {
    name: 'candidates',
    description: 'List names discovered by patterns that are not yet in the gazetteer',
    usage: 'candidates [files…|--all]',
    options: {
      all: { type: 'boolean', description: 'Every plan in seed/plans.json' },
      type: { type: 'string', description: 'Only this entity type (e.g. Enterprise)' },
      json,
    },
    examples: ['plangraph candidates --all --type Enterprise'],
    load: () => import('./commands/candidates.js'),
  },
  {
    name: 'eval',
    description: 'Score extraction against the labelled sets (precision, recall, F1): seed plans, leave-one-plan-out, the dev set of unseen real texts and the held-out set nobody tunes against',
    usage: 'eval [--unseen] [--dev] [--heldout] [--detail]',
    options: {
      unseen: { type: 'boolean', description: 'Only the unseen-plan estimate: each plan scored without the gazetteer entries only it sourced' },
      dev: { type: 'boolean', description: 'Only the dev set: real texts from other provinces nobody here curated (tests/fixtures/dev)' },
      heldout: { type: 'boolean', description: 'Only the held-out set: fresh real texts no rule was tuned on (tests/fixtures/heldout); report its scores, do not tune against its misses' },
      detail: { type: 'boolean', description: 'Also list every false positive and false negative, per plan' },
      json,
    },
    examples: ['plangraph eval', 'npm run eval', 'plangraph eval --unseen --detail', 'plangraph eval --dev --json -', 'plangraph eval --heldout'],
    load: () => import('./commands/eval.js'),
  },
  {
    name: 'ingest',
    description: 'Load plans into Neo4j, one transaction per plan; re-ingesting replaces that plan',
    usage: 'ingest [files…|--all] [--force] | ingest --remove <plan-id>',
    options: {
      all: { type: 'boolean', description: 'Every plan in seed/plans.json' },
      force: { type: 'boolean', description: 'Rewrite plans whose content is unchanged (normally skipped)' },
      remove: { type: 'string', description: 'Remove this plan (its facts, sections and the entities only it used) instead of ingesting' },
      json,
    },
    examples: ['plangraph ingest --all', 'plangraph ingest seed/plans/huludao-14fyp.txt', 'plangraph ingest --remove huludao-14fyp'],
    load: () => import('./commands/ingest.js'),
  },
  {
    name: 'stats',
    description: 'Count nodes and relationships in the graph, per type and per plan',
    usage: 'stats',
    options: { json },
    examples: ['plangraph stats'],
    load: () => import('./commands/stats.js'),
  },
  {
    name: 'export',
    description: 'Export the graph (or one plan) as JSON, GraphML (Gephi) or CSV',
    usage: 'export --format json|graphml|csv [--plan id] [--output path]',
    options: {
      format: { type: 'string', description: 'json, graphml or csv', default: 'json' },
      plan: { type: 'string', description: 'Only this plan id' },
      output: { type: 'string', description: 'File (json, graphml) or folder (csv); stdout when omitted for json/graphml' },
    },
    examples: ['plangraph export --format graphml --output plangraph.graphml', 'plangraph export --format csv --plan anshan-14fyp --output out/'],
    load: () => import('./commands/export.js'),
  },
];
