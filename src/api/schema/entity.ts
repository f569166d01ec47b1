// The `Entity` interface (what every entity type shares: names, the plans
// that speak of it, its mentions with provenance) and the `entities` query.
import { ENTITY_TYPES } from '../../extract/types.js';
import { int, pageSize } from '../args.js';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { fromCursor, toPage, type Page } from '../cursors.js';
import { planIdArg } from '../ids.js';
import { batchLoader } from '../loaders.js';
import { PLANS, prefetched } from '../traverse.js';
import type { EntityRow, MentionRow, PlanRow } from '../rows.js';
import { Entity, Mention, Plan, Section } from './refs.js';

export const EntityType = builder.enumType('EntityType', {
  description: 'The nine kinds of entity the extraction finds.',
  values: ENTITY_TYPES,
});

const EntityOrder = builder.enumType('EntityOrder', {
  values: {
    NAME: { description: 'By name, then id.' },
    PLAN_COUNT: { description: 'Most plans first, then by name.' },
  },
});

const EntityWhere = builder.inputType('EntityWhere', {
  fields: (t) => ({
    nameContains: t.string({ required: false, description: 'A substring of the name or of an alias.' }),
  }),
});

/** The plans around each entity: one query per batch, shared by `plans` and `planCount`. */
function plansOf(context: Context, entity: EntityRow): Promise<PlanRow[]> {
  const ready = prefetched<PlanRow[]>(context, entity, PLANS);
  if (ready) return Promise.resolve(ready);
  return batchLoader(
    context,
    'read/entity-plans',
    async (ids) => {
      const rows = await context.executor.read<{ id: string; plans: PlanRow[] }>('read/entity-plans', { ids });
      return new Map(rows.map((row) => [row.id, row.plans]));
    },
    [] as PlanRow[],
  ).load(entity.id);
}

interface MentionArgs {
  plan?: string | null;
  first?: number | null;
  after?: string | null;
}

function mentionsOf(context: Context, id: string, args: MentionArgs): Promise<Page<MentionRow>> {
  const first = pageSize('first', args.first, 20);
  const after = fromCursor('Mention', args.after, 3);
  const plan = args.plan ? planIdArg('plan', args.plan) : null;
  const key = `read/entity-mentions:${JSON.stringify([plan, first, after])}`;
  return batchLoader(
    context,
    key,
    async (ids) => {
      const rows = await context.executor.read<{ id: string; mentions: MentionRow[] }>('read/entity-mentions', {
        ids,
        plan,
        after,
        limit: int(first + 1),
      });
      return new Map(
        rows.map((row) => [
          row.id,
          toPage(row.mentions, first, after !== null, (m) => ({ key: [m.plan, m.start, m.id], node: m }), 'Mention', () => mentionCount(context, row.id, plan)),
        ]),
      );
    },
    toPage<MentionRow, MentionRow>([], first, after !== null, (m) => ({ key: [], node: m }), 'Mention', async () => 0),
  ).load(id);
}

function mentionCount(context: Context, id: string, plan: string | null): Promise<number> {
  return batchLoader(
    context,
    `read/entity-mention-counts:${plan}`,
    async (ids) => {
      const rows = await context.executor.read<{ id: string; count: number }>('read/entity-mention-counts', { ids, plan });
      return new Map(rows.map((row) => [row.id, row.count]));
    },
    0,
  ).load(id);
}

export const MentionConnection = builder.connectionObject({
  type: Mention,
  name: 'MentionConnection',
  fields: (t) => ({
    totalCount: t.int({
      description: 'All mentions over all pages; counted only when asked.',
      resolve: (connection) => (connection as unknown as Page<MentionRow>).totalCount(),
    }),
  }),
});

Mention.implement({
  description: 'Where a plan names an entity: the exact quote and its place in the original file.',
  fields: (t) => ({
    plan: t.field({ type: Plan, resolve: (m) => m.plan }),
    section: t.field({ type: Section, resolve: (m) => m.section }),
    sectionPath: t.exposeStringList('sectionPath', { description: 'Headings from the plan title down to the section.' }),
    sectionHeading: t.exposeString('sectionHeading'),
    quote: t.exposeString('quote', { description: 'The text exactly as in the original file.' }),
    start: t.exposeInt('start', { description: 'Offset of the quote in the original file (0-based, JS string index).' }),
    end: t.exposeInt('end', { description: 'End offset, exclusive.' }),
    line: t.exposeInt('line', { description: '1-based line of `start`.' }),
    rule: t.exposeString('rule', { description: 'The extraction rule that found it.' }),
  }),
});

Entity.implement({
  description: 'Something the plans name: an area, park, enterprise, project, indicator, agency, task, institution or industry.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (entity) => entity.type,
  fields: (t) => ({
    graphId: t.exposeString('id', { description: 'The id in the graph and in exports, e.g. "Enterprise:鞍钢集团有限公司".' }),
    type: t.field({ type: EntityType, resolve: (e) => e.type }),
    name: t.exposeString('name', { description: 'Canonical name.' }),
    // A node written without aliases (by hand, or by a test or tool beside the loader) has none, not an error.
    aliases: t.stringList({ description: 'Other names the plans use (short forms).', resolve: (e) => e.aliases ?? [] }),
    planCount: t.int({ description: 'How many plans speak of it.', resolve: async (e, _args, context) => (await plansOf(context, e)).length }),
    plans: t.field({
      type: [Plan],
      description: 'The plans that speak of it, by id.',
      complexity: { field: 1, multiplier: 5 },
      resolve: (e, _args, context) => plansOf(context, e),
    }),
    mentions: t.field({
      type: MentionConnection,
      description: 'Every place a plan names it, by plan and position.',
      args: {
        plan: t.arg.string({ required: false, description: 'Only this plan (plan id such as "anshan-14fyp").' }),
        first: t.arg.int({ required: false, description: 'Page size, 0 to 100 (default 20).' }),
        after: t.arg.string({ required: false, description: 'The endCursor of the previous page.' }),
      },
      complexity: (args) => ({ field: 2, multiplier: pageSize('first', args.first, 20) }),
      resolve: (e, args, context) => mentionsOf(context, e.id, args),
    }),
  }),
});

export const EntityConnection = builder.connectionObject({
  type: Entity,
  name: 'EntityConnection',
  fields: (t) => ({
    totalCount: t.int({
      description: 'All matches over all pages; counted only when asked.',
      resolve: (connection) => (connection as unknown as Page<EntityRow>).totalCount(),
    }),
  }),
});

export interface EntitiesArgs {
  type?: string | null;
  plan?: string | null;
  where?: { nameContains?: string | null } | null;
  orderBy?: 'NAME' | 'PLAN_COUNT' | null;
  first?: number | null;
  after?: string | null;
}

/** A page of `entities` (also Plan.entities, with the plan fixed). */
export async function entitiesPage(context: Context, args: EntitiesArgs): Promise<Page<EntityRow>> {
  const first = pageSize('first', args.first, 20);
  const orderBy = args.orderBy ?? 'NAME';
  const kind = `Entity${orderBy}`;
  const after = fromCursor(kind, args.after, orderBy === 'NAME' ? 2 : 3);
  const filter = {
    type: args.type ?? null,
    plan: args.plan ? planIdArg('plan', args.plan) : null,
    nameContains: args.where?.nameContains || null,
  };
  const rows = await context.executor.read<{ node: EntityRow; planCount: number }>('read/entities-page', {
    ...filter,
    orderBy,
    after,
    limit: int(first + 1),
  });
  return toPage(
    rows,
    first,
    after !== null,
    (row) => ({ key: orderBy === 'NAME' ? [row.node.name, row.node.id] : [row.planCount, row.node.name, row.node.id], node: row.node }),
    kind,
    async () => (await context.executor.read<{ count: number }>('read/entities-count', filter))[0]?.count ?? 0,
  );
}

builder.queryField('entities', (t) =>
  t.field({
    type: EntityConnection,
    description: 'Entities by type, plan and name, a page at a time (keyset cursors: pages stay stable across re-ingests).',
    args: {
      type: t.arg({ type: EntityType, required: false }),
      plan: t.arg.string({ required: false, description: 'Only entities this plan speaks of (plan id such as "anshan-14fyp").' }),
      where: t.arg({ type: EntityWhere, required: false }),
      orderBy: t.arg({ type: EntityOrder, required: false, defaultValue: 'NAME' }),
      first: t.arg.int({ required: false, description: 'Page size, 0 to 100 (default 20).' }),
      after: t.arg.string({ required: false, description: 'The endCursor of the previous page.' }),
    },
    complexity: (args) => ({ field: 5, multiplier: pageSize('first', args.first, 20) }),
    resolve: (_root, args, context) => entitiesPage(context, args),
  }),
);
