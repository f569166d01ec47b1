// Section: a node of a plan's outline (part, chapter, section…), its text
// (the paragraphs directly under it) and the entities it mentions.
import { int, pageSize } from '../args.js';
import type { Context } from '../context.js';
import { batchLoader } from '../loaders.js';
import type { EntityRow, ParagraphRow, SectionRow } from '../rows.js';
import { EntityType } from './entity.js';
import { Entity, Plan, Section } from './refs.js';
import { builder } from '../builder.js';

/** Sub-sections of each section, in document order (a plan's outline is its root's children). */
export function childrenOf(context: Context, id: string): Promise<SectionRow[]> {
  return batchLoader(
    context,
    'read/section-children',
    async (ids) => {
      const rows = await context.executor.read<{ id: string; children: SectionRow[] }>('read/section-children', { ids });
      return new Map(rows.map((row) => [row.id, row.children]));
    },
    [] as SectionRow[],
  ).load(id);
}

function parentOf(context: Context, id: string): Promise<SectionRow | null> {
  return batchLoader(
    context,
    'read/section-parents',
    async (ids) => {
      const rows = await context.executor.read<{ id: string; parent: SectionRow }>('read/section-parents', { ids });
      return new Map(rows.map((row) => [row.id, row.parent]));
    },
    null as SectionRow | null,
  ).load(id);
}

function paragraphsOf(context: Context, id: string): Promise<ParagraphRow[]> {
  return batchLoader(
    context,
    'read/section-paragraphs',
    async (ids) => {
      const rows = await context.executor.read<{ id: string; paragraphs: ParagraphRow[] }>('read/section-paragraphs', { ids });
      return new Map(rows.map((row) => [row.id, row.paragraphs]));
    },
    [] as ParagraphRow[],
  ).load(id);
}

function entitiesOf(context: Context, id: string, types: string[] | null, first: number): Promise<EntityRow[]> {
  return batchLoader(
    context,
    `read/section-entities:${JSON.stringify([types, first])}`,
    async (ids) => {
      const rows = await context.executor.read<{ id: string; entities: EntityRow[] }>('read/section-entities', { ids, types, limit: int(first) });
      return new Map(rows.map((row) => [row.id, row.entities]));
    },
    [] as EntityRow[],
  ).load(id);
}

export const Paragraph = builder.objectRef<ParagraphRow>('Paragraph').implement({
  description: 'A paragraph of a section, with its place in the original file.',
  fields: (t) => ({
    paragraphId: t.exposeString('id'),
    text: t.exposeString('text', { description: 'Normalised text (full-text search runs over it).' }),
    line: t.exposeInt('line'),
    start: t.exposeInt('start'),
    end: t.exposeInt('end'),
  }),
});

Section.implement({
  description: 'A part, chapter or section of a plan.',
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'heading' in value && !('type' in value),
  fields: (t) => ({
    sectionId: t.exposeString('id', { description: 'The id in the graph (provenance `section` values), e.g. anshan-14fyp/p1/c2.' }),
    plan: t.field({ type: Plan, resolve: (s) => s.plan }),
    kind: t.exposeString('kind', { description: 'plan, part, chapter, section, item, area…' }),
    number: t.string({ nullable: true, description: 'As numbered in the plan (一, 3…); none for the root and area sections.', resolve: (s) => s.number ?? null }),
    heading: t.exposeString('heading'),
    path: t.exposeStringList('path', { description: 'Headings from the plan title down to this section.' }),
    line: t.exposeInt('line'),
    start: t.exposeInt('start', { description: 'Offset in the original file.' }),
    end: t.exposeInt('end'),
    parent: t.field({ type: Section, nullable: true, resolve: (s, _args, context) => parentOf(context, s.id) }),
    children: t.field({
      type: [Section],
      description: 'Sub-sections in document order.',
      complexity: { field: 1, multiplier: 20 },
      resolve: (s, _args, context) => childrenOf(context, s.id),
    }),
    paragraphs: t.field({
      type: [Paragraph],
      description: 'Paragraphs directly under it (not in sub-sections).',
      complexity: { field: 1, multiplier: 20 },
      resolve: (s, _args, context) => paragraphsOf(context, s.id),
    }),
    text: t.string({
      description: 'Its paragraphs joined by newlines (empty for sections that only hold sub-sections).',
      resolve: async (s, _args, context) => (await paragraphsOf(context, s.id)).map((p) => p.text).join('\n'),
    }),
    entities: t.field({
      type: [Entity],
      description: 'Entities mentioned directly in it, by name.',
      args: {
        types: t.arg({ type: [EntityType], required: false }),
        first: t.arg.int({ required: false, description: 'At most this many, 0 to 100 (default 20).' }),
      },
      complexity: (args) => ({ field: 1, multiplier: pageSize('first', args.first, 20) }),
      resolve: (s, args, context) => entitiesOf(context, s.id, args.types ?? null, pageSize('first', args.first, 20)),
    }),
  }),
});
