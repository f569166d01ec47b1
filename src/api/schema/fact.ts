// `facts(ids)`: what an edge of `neighborhood`/`paths` stands for. Each id in
// GraphEdge.factIds is one relationship with its provenance (plan, section,
// quote, offsets) and the context of its quote.
import { builder } from '../builder.js';
import { BadArgumentError } from '../errors.js';
import { encodeGlobalID } from '../ids.js';
import type { FactRow } from '../rows.js';
import { Plan, Section } from './refs.js';
import { quoteContextFields } from './quote-context.js';

export interface FactShape extends FactRow {
  type: string;
  from: string;
  fromIsPlan: boolean;
  to: string;
}

/** Provenance and identity: every other property is a fact attribute (baseline, lead…). */
const PROVENANCE = new Set(['id', 'type', 'from', 'fromIsPlan', 'to', 'plan', 'section', 'paragraph', 'quote', 'start', 'end', 'line', 'rule']);

const MAX_FACTS = 100;

const FactAttribute = builder.objectRef<{ name: string; value: string }>('FactAttribute').implement({
  fields: (t) => ({ name: t.exposeString('name'), value: t.exposeString('value') }),
});

const Fact = builder.objectRef<FactShape>('Fact').implement({
  description: 'One relationship a plan states, with its provenance: the exact quote and where it is.',
  fields: (t) => ({
    factId: t.exposeString('id', { description: 'As in GraphEdge.factIds, e.g. "HOSTS:9c81…".' }),
    type: t.exposeString('type', { description: 'HOSTS, LOCATED_IN, MENTIONED_IN…' }),
    source: t.id({ description: 'Global id of the start node.', resolve: (f) => encodeGlobalID(f.fromIsPlan ? 'Plan' : f.from.split(':')[0]!, f.from) }),
    target: t.id({ description: 'Global id of the end node (a Section for MENTIONED_IN).', resolve: (f) => encodeGlobalID(f.type === 'MENTIONED_IN' ? 'Section' : f.to.split(':')[0]!, f.to) }),
    plan: t.field({ type: Plan, resolve: (f) => f.plan }),
    section: t.field({ type: Section, resolve: (f) => f.section }),
    quote: t.exposeString('quote', { description: 'The text exactly as in the original file.' }),
    start: t.exposeInt('start'),
    end: t.exposeInt('end'),
    line: t.exposeInt('line'),
    rule: t.exposeString('rule', { description: 'The extraction rule that found it.' }),
    attributes: t.field({
      type: [FactAttribute],
      description: 'What else the fact states (baseline, target, unit, lead, role…), as text.',
      resolve: (f) =>
        Object.entries(f as unknown as Record<string, unknown>)
          .filter(([name, value]) => !PROVENANCE.has(name) && value !== null && value !== undefined)
          .map(([name, value]) => ({ name, value: Array.isArray(value) ? value.join('、') : String(value) }))
          .sort((a, b) => a.name.localeCompare(b.name)),
    }),
    ...quoteContextFields(t),
  }),
});

builder.queryField('facts', (t) =>
  t.field({
    type: [Fact],
    description: `Facts by id (GraphEdge.factIds), up to ${MAX_FACTS}, in the order given; unknown ids are left out.`,
    args: { ids: t.arg.stringList({ required: true }) },
    complexity: (args) => ({ field: 2, multiplier: Math.max(1, args.ids.length) }),
    resolve: async (_root, { ids }, context) => {
      if (ids.length > MAX_FACTS) throw new BadArgumentError('ids', `must hold at most ${MAX_FACTS} ids (got ${ids.length}): ask for one edge's facts at a time`);
      const rows = await context.executor.read<{ fact: FactShape }>('read/facts-by-id', { ids });
      const byId = new Map(rows.map((row) => [row.fact.id, row.fact]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },
  }),
);
