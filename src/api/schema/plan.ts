// Plan: one plan document, its outline, its indicator targets and the
// entities it speaks of; `plans` and `plan(id)`.
import { pageSize } from '../args.js';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { NotFoundError } from '../errors.js';
import { planIdArg } from '../ids.js';
import { loadNode } from '../node-loaders.js';
import { batchLoader } from '../loaders.js';
import type { EntityRow, FactRow, PlanRow } from '../rows.js';
import { EntityConnection, EntityType, entitiesPage } from './entity.js';
import { IndicatorTarget, Plan, Section, type IndicatorTargetShape } from './refs.js';
import { childrenOf } from './section.js';

function targetsOf(context: Context, plan: PlanRow): Promise<IndicatorTargetShape[]> {
  return batchLoader(
    context,
    'read/plan-targets',
    async (ids) => {
      const rows = await context.executor.read<{ id: string; targets: Array<{ indicator: EntityRow; target: FactRow }> }>('read/plan-targets', { ids });
      return new Map(rows.map((row) => [row.id, row.targets]));
    },
    [] as IndicatorTargetShape[],
  ).load(plan.id);
}

const Region = builder.objectRef<PlanRow>('Region').implement({
  description: 'The area a plan governs.',
  fields: (t) => ({
    name: t.string({ resolve: (p) => p.regionName ?? '' }),
    level: t.string({ nullable: true, resolve: (p) => p.regionLevel ?? null }),
    parents: t.stringList({ resolve: (p) => p.regionParents ?? [] }),
  }),
});

Plan.implement({
  description: 'A plan document (five-year plan, action plan).',
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'regionName' in value,
  fields: (t) => ({
    planId: t.exposeString('id', { description: 'The plan id used in every `plan` filter, e.g. anshan-14fyp.' }),
    title: t.exposeString('name', { description: 'Full title.' }),
    shortTitle: t.string({ nullable: true, resolve: (p) => p.shortTitle ?? null }),
    issuer: t.string({ nullable: true, resolve: (p) => p.issuer ?? null }),
    region: t.field({ type: Region, resolve: (p) => p }),
    period: t.string({ nullable: true, description: 'e.g. 2021-2025.', resolve: (p) => p.period ?? null }),
    issued: t.string({ nullable: true, description: 'Issue date (ISO), when the document states it.', resolve: (p) => p.issued ?? null }),
    docNumber: t.string({ nullable: true, description: '文号, e.g. 鞍政发〔2021〕4号.', resolve: (p) => p.docNumber ?? null }),
    kind: t.string({ nullable: true, description: '规划纲要, 行动方案…', resolve: (p) => p.kind ?? null }),
    file: t.string({ nullable: true, description: 'Source file under seed/plans/.', resolve: (p) => p.file ?? null }),
    root: t.field({ type: Section, description: 'The section holding the whole document.', resolve: (p) => p.id }),
    outline: t.field({
      type: [Section],
      description: 'Top-level sections in document order; follow `children` for the rest.',
      complexity: { field: 1, multiplier: 20 },
      resolve: (p, _args, context) => childrenOf(context, p.id),
    }),
    targets: t.field({
      type: [IndicatorTarget],
      description: 'Every indicator target and result the plan states, in document order.',
      complexity: { field: 1, multiplier: 50 },
      resolve: (p, _args, context) => targetsOf(context, p),
    }),
    entities: t.field({
      type: EntityConnection,
      description: 'Entities the plan speaks of, by name.',
      args: {
        type: t.arg({ type: EntityType, required: false }),
        first: t.arg.int({ required: false, description: 'Page size, 0 to 100 (default 20).' }),
        after: t.arg.string({ required: false }),
      },
      complexity: (args) => ({ field: 5, multiplier: pageSize('first', args.first, 20) }),
      resolve: (p, args, context) => entitiesPage(context, { ...args, plan: p.id }),
    }),
  }),
});

builder.queryFields((t) => ({
  plans: t.field({
    type: [Plan],
    description: 'Every plan in the graph, by issue date.',
    resolve: async (_root, _args, { executor }) => (await executor.read<{ plan: PlanRow }>('read/plans')).map((row) => row.plan),
  }),
  plan: t.field({
    type: Plan,
    nullable: true,
    description: 'One plan by plan id (anshan-14fyp) or global id; null with NOT_FOUND when there is none.',
    args: { id: t.arg.string({ required: true }) },
    resolve: async (_root, { id }, context) => {
      const plan = (await loadNode(context, 'Plan', planIdArg('id', id))) as PlanRow | null;
      if (!plan) throw new NotFoundError(id, 'Plan');
      return plan;
    },
  }),
}));
