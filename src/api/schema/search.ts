// `search`: Chinese full-text search over entity names and aliases (the
// entity_search index, cjk bigrams), ranked by score, a page at a time.
import { int, pageSize } from '../args.js';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { fromCursor, toPage, type Page } from '../cursors.js';
import { BadArgumentError } from '../errors.js';
import { planIdArg } from '../ids.js';
import type { EntityRow } from '../rows.js';
import { EntityType } from './entity.js';
import { Entity } from './refs.js';

/** Lucene syntax characters (cypher/README.md); a quoted phrase makes the bigrams adjacent, i.e. substring search. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function searchPhrase(text: string): string {
  const trimmed = text.trim();
  // The cjk analyzer indexes character pairs, so one character can match nothing.
  if ([...trimmed].length < 2 || [...trimmed].length > 100) {
    throw new BadArgumentError('text', `must have 2 to 100 characters (got ${[...trimmed].length}): the index matches pairs of characters`);
  }
  return `"${trimmed.replace(LUCENE_SPECIAL, (c) => `\\${c}`)}"`;
}

type Hit = {
  node: EntityRow;
  score: number;
};

export const SearchConnection = builder.connectionObject(
  {
    type: Entity,
    name: 'SearchConnection',
    fields: (t) => ({
      totalCount: t.int({
        description: 'All matches over all pages; counted only when asked.',
        resolve: (connection) => (connection as unknown as Page<EntityRow>).totalCount(),
      }),
    }),
  },
  {
    name: 'SearchEdge',
    fields: (t) => ({
      score: t.float({ description: 'Full-text relevance (higher is better).', resolve: (edge) => (edge as unknown as { score: number }).score }),
    }),
  },
);

interface SearchArgs {
  text: string;
  types?: string[] | null;
  plans?: string[] | null;
  first?: number | null;
  after?: string | null;
}

async function search(context: Context, args: SearchArgs): Promise<Page<EntityRow>> {
  const phrase = searchPhrase(args.text);
  const first = pageSize('first', args.first, 20);
  const after = fromCursor('Search', args.after, 2);
  const filter = {
    phrase,
    types: args.types?.length ? args.types : null,
    plans: args.plans?.length ? args.plans.map((p) => planIdArg('plans', p)) : null,
  };
  const rows = await context.executor.read<Hit>('read/search-entities', { ...filter, after, limit: int(first + 1) });
  const page = toPage(rows, first, after !== null, (hit) => ({ key: [hit.score, hit.node.id], node: hit.node }), 'Search', async () =>
    (await context.executor.read<{ count: number }>('read/search-entities-count', filter))[0]?.count ?? 0,
  );
  page.edges.forEach((edge, i) => Object.assign(edge, { score: rows[i]!.score }));
  return page;
}

builder.queryField('search', (t) =>
  t.field({
    type: SearchConnection,
    description: 'Entities whose name or an alias contains `text` (Chinese, 2+ characters), best match first.',
    args: {
      text: t.arg.string({ required: true, description: 'What to look for, e.g. 鞍钢 or 高新区 (2 to 100 characters).' }),
      types: t.arg({ type: [EntityType], required: false, description: 'Only these entity types.' }),
      plans: t.arg.stringList({ required: false, description: 'Only entities these plans speak of (plan ids).' }),
      first: t.arg.int({ required: false, description: 'Page size, 0 to 100 (default 20).' }),
      after: t.arg.string({ required: false, description: 'The endCursor of the previous page.' }),
    },
    complexity: (args) => ({ field: 5, multiplier: pageSize('first', args.first, 20) }),
    resolve: (_root, args, context) => search(context, args),
  }),
);
