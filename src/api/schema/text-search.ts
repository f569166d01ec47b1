// `textSearch`: full-text search over the plans' own text (paragraphs, the
// paragraph_search index), not only names: each hit is a paragraph with a
// snippet around the match and the entities the paragraph names.
import { int, pageSize } from '../args.js';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { fromCursor, toPage, type Page } from '../cursors.js';
import { planIdArg } from '../ids.js';
import { batchLoader } from '../loaders.js';
import type { EntityRow, ParagraphRow } from '../rows.js';
import { snippetAround, type Span } from '../text/quote-context.js';
import { normalise } from '../../text/normalise.js';
import { EntityType } from './entity.js';
import { TextSpan } from './quote-context.js';
import { Entity, Plan, Section } from './refs.js';
import { searchPhrase } from './search.js';
import { Paragraph } from './section.js';

interface TextHit {
  paragraph: ParagraphRow;
  score: number;
  /** The normalised search text, to find in the paragraph. */
  needle: string;
}

function entitiesOf(context: Context, id: string, first: number, types: string[] | null): Promise<EntityRow[]> {
  return batchLoader(
    context,
    `read/paragraph-entities:${first}`,
    async (ids) => {
      const rows = await context.executor.read<{ id: string; entities: EntityRow[] }>('read/paragraph-entities', { ids, limit: int(first) });
      return new Map(rows.map((row) => [row.id, row.entities]));
    },
    [] as EntityRow[],
  )
    .load(id)
    .then((entities) => (types ? entities.filter((e) => types.includes(e.type)) : entities));
}

/** Every occurrence of `needle` in `text`. */
function occurrences(text: string, needle: string): Span[] {
  const spans: Span[] = [];
  if (!needle) return spans;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) spans.push({ start: at, end: at + needle.length });
  return spans;
}

function snippetOf(hit: TextHit): { snippet: string; highlights: Span[] } {
  const [first] = occurrences(hit.paragraph.text, hit.needle);
  // The index matches character pairs, so a hit normally holds the text itself; else show the start.
  const { snippet, highlight } = snippetAround(hit.paragraph.text, first ?? { start: 0, end: 0 });
  const shift = highlight.start - (first?.start ?? 0);
  const highlights = first ? occurrences(hit.paragraph.text, hit.needle).map((s) => ({ start: s.start + shift, end: s.end + shift })).filter((s) => s.start >= 0 && s.end <= snippet.length) : [];
  return { snippet, highlights };
}

const TextHitRef = builder.objectRef<TextHit>('TextHit').implement({
  description: 'A paragraph whose text contains the search text.',
  fields: (t) => ({
    paragraph: t.field({ type: Paragraph, resolve: (h) => h.paragraph }),
    plan: t.field({ type: Plan, resolve: (h) => h.paragraph.plan }),
    section: t.field({ type: Section, resolve: (h) => h.paragraph.section }),
    snippet: t.string({ description: 'About 40 characters either side of the first match (… where cut).', resolve: (h) => snippetOf(h).snippet }),
    highlights: t.field({ type: [TextSpan], description: 'Each match inside `snippet`.', resolve: (h) => snippetOf(h).highlights }),
    entities: t.field({
      type: [Entity],
      description: 'Entities the paragraph names, by name.',
      args: {
        first: t.arg.int({ required: false, description: 'At most this many, 0 to 100 (default 20).' }),
        types: t.arg({ type: [EntityType], required: false }),
      },
      complexity: (args) => ({ field: 1, multiplier: pageSize('first', args.first, 20) }),
      resolve: (h, args, context) => entitiesOf(context, h.paragraph.id, pageSize('first', args.first, 20), args.types?.length ? args.types : null),
    }),
  }),
});

const TextSearchConnection = builder.connectionObject(
  {
    type: TextHitRef,
    name: 'TextSearchConnection',
    fields: (t) => ({
      totalCount: t.int({
        description: 'All matching paragraphs over all pages; counted only when asked.',
        resolve: (connection) => (connection as unknown as Page<TextHit>).totalCount(),
      }),
    }),
  },
  {
    name: 'TextSearchEdge',
    fields: (t) => ({
      score: t.float({ description: 'Full-text relevance (higher is better).', resolve: (edge) => (edge as unknown as { node: TextHit }).node.score }),
    }),
  },
);

builder.queryField('textSearch', (t) =>
  t.field({
    type: TextSearchConnection,
    description: "Paragraphs of the plans' own text that contain `text` (Chinese, 2+ characters), best match first, with a snippet and the entities named there.",
    args: {
      text: t.arg.string({ required: true, description: 'What to look for, e.g. 钠离子电池 (2 to 100 characters).' }),
      plans: t.arg.stringList({ required: false, description: 'Only these plans (plan ids).' }),
      first: t.arg.int({ required: false, description: 'Page size, 0 to 100 (default 20).' }),
      after: t.arg.string({ required: false, description: 'The endCursor of the previous page.' }),
    },
    complexity: (args) => ({ field: 5, multiplier: pageSize('first', args.first, 20) }),
    resolve: async (_root, args, context) => {
      const phrase = searchPhrase(args.text);
      const first = pageSize('first', args.first, 20);
      const after = fromCursor('TextSearch', args.after, 2);
      const filter = { phrase, plans: args.plans?.length ? args.plans.map((p) => planIdArg('plans', p)) : null };
      const needle = normalise(args.text.trim());
      const rows = await context.executor.read<{ paragraph: ParagraphRow; score: number }>('read/search-paragraphs', { ...filter, after, limit: int(first + 1) });
      return toPage(rows, first, after !== null, (row) => ({ key: [row.score, row.paragraph.id], node: { paragraph: row.paragraph, score: row.score, needle } }), 'TextSearch', async () =>
        (await context.executor.read<{ count: number }>('read/search-paragraphs-count', filter))[0]?.count ?? 0,
      );
    },
  }),
);
