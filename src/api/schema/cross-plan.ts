// `crossPlan`: entities that several plans speak of, each with its plans and
// the quotes that show it, e.g. enterprises named by two or more plans.
import { inRange, int, pageSize } from '../args.js';
import type { GraphQLResolveInfo } from 'graphql';
import { builder } from '../builder.js';
import { fieldNamesBelow, selected } from '../traverse.js';
import type { EntityRow, PlanRow } from '../rows.js';
import { EntityType } from './entity.js';
import { Entity, Plan, Section } from './refs.js';

interface QuoteRow {
  type: string;
  quote: string;
  start: number;
  end: number;
  line: number;
  section: string;
}

type CrossPlanRow = {
  node: EntityRow;
  planCount: number;
  appearances: Array<{ plan: PlanRow; quotes: QuoteRow[] }>;
};

const Quote = builder.objectRef<QuoteRow>('Quote').implement({
  description: 'A fact or mention of the entity, as quoted from the original file.',
  fields: (t) => ({
    relationship: t.exposeString('type', { description: 'MENTIONED_IN, HOSTS, LOCATED_IN…' }),
    quote: t.exposeString('quote'),
    section: t.field({ type: Section, resolve: (q) => q.section }),
    line: t.exposeInt('line'),
    start: t.exposeInt('start'),
    end: t.exposeInt('end'),
  }),
});

const Appearance = builder.objectRef<CrossPlanRow['appearances'][number]>('PlanAppearance').implement({
  description: 'One plan that speaks of the entity, with its first quotes.',
  fields: (t) => ({
    plan: t.field({ type: Plan, resolve: (a) => a.plan }),
    quotes: t.field({ type: [Quote], complexity: { field: 1, multiplier: 3 }, resolve: (a) => a.quotes }),
  }),
});

const CrossPlanEntity = builder.objectRef<CrossPlanRow>('CrossPlanEntity').implement({
  fields: (t) => ({
    entity: t.field({ type: Entity, resolve: (r) => r.node }),
    planCount: t.exposeInt('planCount'),
    appearances: t.field({ type: [Appearance], description: 'One per plan, by plan id.', complexity: { field: 1, multiplier: 5 }, resolve: (r) => r.appearances }),
  }),
});

/** Entity fields a slim row (id, type, name) answers. */
const SLIM_ENTITY = new Set(['id', 'graphId', 'name', 'type', '__typename']);

/** Plan fields an id alone answers. */
const SLIM_PLAN = new Set(['id', 'planId', '__typename']);

/** Whether the request selects more than ids, names and quote texts (else less is sent and converted). */
function detail(info: GraphQLResolveInfo): { full: boolean; quoteDetail: boolean; planDetail: boolean } {
  let full = false;
  let quoteDetail = false;
  let planDetail = false;
  for (const root of info.fieldNodes) {
    for (const field of selected(info, root.selectionSet!, 'CrossPlanEntity')) {
      if (field.name.value === 'entity') full ||= [...fieldNamesBelow(info, field.selectionSet)].some((f) => !SLIM_ENTITY.has(f));
      if (field.name.value !== 'appearances' || !field.selectionSet) continue;
      for (const inner of selected(info, field.selectionSet, 'PlanAppearance')) {
        if (inner.name.value === 'quotes') quoteDetail ||= [...fieldNamesBelow(info, inner.selectionSet)].some((f) => f !== 'quote' && f !== '__typename');
        if (inner.name.value === 'plan') planDetail ||= [...fieldNamesBelow(info, inner.selectionSet)].some((f) => !SLIM_PLAN.has(f));
      }
    }
  }
  return { full, quoteDetail, planDetail };
}

builder.queryField('crossPlan', (t) =>
  t.field({
    type: [CrossPlanEntity],
    description: 'Entities of a type that at least `minPlans` plans speak of, most plans first, with each plan\'s quotes.',
    args: {
      type: t.arg({ type: EntityType, required: false, defaultValue: 'Enterprise' }),
      minPlans: t.arg.int({ required: false, defaultValue: 2, description: '2 to 10 (default 2).' }),
      quotesPerPlan: t.arg.int({ required: false, defaultValue: 3, description: '0 to 10 (default 3).' }),
      first: t.arg.int({ required: false, description: 'At most this many, 0 to 100 (default 50).' }),
    },
    complexity: (args) => ({ field: 10, multiplier: pageSize('first', args.first, 50) }),
    resolve: async (_root, args, { executor }, info) => {
      const [row] = await executor.read<{ entities: Array<Omit<CrossPlanRow, 'appearances'> & { appearances: Array<{ plan: string; quotes: QuoteRow[] }> }>; plans: PlanRow[] }>('read/cross-plan', {
        type: args.type ?? 'Enterprise',
        minPlans: int(inRange('minPlans', args.minPlans, 2, 10, 2)),
        quotes: int(inRange('quotesPerPlan', args.quotesPerPlan, 0, 10, 3)),
        limit: int(pageSize('first', args.first, 50)),
        ...detail(info),
      });
      // Each plan comes once; appearances name it by id (an id without its Plan node is left out, as before).
      const plans = new Map((row?.plans ?? []).map((plan) => [plan.id, plan]));
      return (row?.entities ?? []).map((entity) => ({
        ...entity,
        appearances: entity.appearances.flatMap(({ plan, quotes }) => (plans.has(plan) ? [{ plan: plans.get(plan)!, quotes }] : [])),
      }));
    },
  }),
);
