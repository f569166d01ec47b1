// Indicator and its targets (HAS_TARGET: a plan's baseline, target, growth…
// as the plan's table or text states them), and `compareIndicator`, which
// lines one indicator up across plans.
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { BadArgumentError } from '../errors.js';
import { batchLoader } from '../loaders.js';
import { prop, type EntityRow, type FactRow, type PlanRow } from '../rows.js';
import { Entity, Indicator, IndicatorTarget, Plan, Section, type IndicatorTargetShape } from './refs.js';

function stringOf(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return Array.isArray(value) ? value.join(' | ') : String(value);
}
function numberOf(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}

IndicatorTarget.implement({
  description: 'What one plan states for one indicator. Texts are as written (≥6%, 〔12〕, 高于省平均水平); *Value fields hold the number when there is one.',
  fields: (t) => {
    const text = (name: string, description: string) =>
      t.string({ nullable: true, description, resolve: (x) => stringOf(prop(x.target, name)) });
    const number = (name: string, description: string) =>
      t.float({ nullable: true, description, resolve: (x) => numberOf(prop(x.target, name)) });
    return {
      indicator: t.field({ type: Indicator, resolve: (x) => x.indicator }),
      plan: t.field({ type: Plan, resolve: (x) => x.target.plan }),
      unit: text('unit', 'Unit, e.g. 亿元, %.'),
      baseline: text('baseline', 'Base-year value as written.'),
      baselineValue: number('baselineValue', 'Base-year value as a number.'),
      target: text('target', 'Target as written.'),
      targetValue: number('targetValue', 'Target as a number.'),
      growth: text('growth', 'Growth target as written (≥6%, 〔12〕 cumulative).'),
      growthValue: number('growthValue', 'Growth as a number (percent).'),
      actual: text('actual', 'Achieved value (results tables of the previous period).'),
      actualValue: number('actualValue', 'Achieved value as a number.'),
      year: t.int({ nullable: true, description: 'Target year stated in the text (到2025年).', resolve: (x) => numberOf(prop(x.target, 'year')) }),
      period: text('period', '十三五 (results) or 十四五 (targets).'),
      attribute: text('attribute', '预期性 or 约束性.'),
      category: text('category', 'The table\'s category row (经济发展, 绿色转型…).'),
      qualifier: text('qualifier', 'Words around the value in running text (突破, 达到…以上).'),
      national: t.boolean({ nullable: true, description: 'Marked ★/﹡ as part of the national system.', resolve: (x) => (prop(x.target, 'national') as boolean | null) ?? null }),
      cumulative: t.boolean({ nullable: true, description: 'A five-year cumulative value ([..] or 〔..〕).', resolve: (x) => (prop(x.target, 'cumulative') as boolean | null) ?? null }),
      source: text('source', 'table or text.'),
      table: text('caption', 'The table\'s caption, when it comes from a table.'),
      quote: t.string({ description: 'The row or sentence exactly as in the original file.', resolve: (x) => x.target.quote }),
      section: t.field({ type: Section, resolve: (x) => x.target.section }),
      line: t.int({ resolve: (x) => x.target.line }),
      start: t.int({ resolve: (x) => x.target.start }),
      end: t.int({ resolve: (x) => x.target.end }),
    };
  },
});

function targetsOf(context: Context, indicator: EntityRow): Promise<IndicatorTargetShape[]> {
  return batchLoader(
    context,
    'read/indicator-targets-by-id',
    async (ids) => {
      const rows = await context.executor.read<{ id: string; targets: FactRow[] }>('read/indicator-targets-by-id', { ids });
      return new Map(rows.map((row) => [row.id, row.targets.map((target) => ({ indicator, target }))]));
    },
    [] as IndicatorTargetShape[],
  ).load(indicator.id);
}

Indicator.implement({
  description: 'A statistical indicator (地区生产总值, 万元地区生产总值用水量下降率…).',
  interfaces: [Entity],
  isTypeOf: (value) => (value as { type?: string }).type === 'Indicator',
  fields: (t) => ({
    targets: t.field({
      type: [IndicatorTarget],
      description: 'What each plan states for it, by plan and position.',
      complexity: { field: 1, multiplier: 10 },
      resolve: (i, _args, context) => targetsOf(context, i),
    }),
  }),
});

interface Comparison {
  name: string;
  rows: Array<{ indicator: EntityRow; plan: PlanRow; target: FactRow }>;
}

const IndicatorComparison = builder.objectRef<Comparison>('IndicatorComparison').implement({
  description: 'One indicator across plans.',
  fields: (t) => ({
    name: t.exposeString('name'),
    indicators: t.field({
      type: [Indicator],
      description: 'The indicators with this name or alias (usually one).',
      resolve: (c) => [...new Map(c.rows.map((r) => [r.indicator.id, r.indicator])).values()],
    }),
    plans: t.field({ type: [Plan], description: 'The plans that state it, by id.', resolve: (c) => [...new Map(c.rows.map((r) => [r.plan.id, r.plan])).values()] }),
    targets: t.field({
      type: [IndicatorTarget],
      description: 'Every statement, by plan id and position (a plan may state it twice: results and targets tables).',
      resolve: (c) => c.rows.map(({ indicator, target }) => ({ indicator, target })),
    }),
  }),
});

builder.queryField('compareIndicator', (t) =>
  t.field({
    type: IndicatorComparison,
    description: 'One indicator\'s baseline, target and growth across plans, by exact name or alias (e.g. "地区生产总值").',
    args: { name: t.arg.string({ required: true }) },
    resolve: async (_root, { name }, { executor }) => {
      const trimmed = name.trim();
      if (trimmed.length < 1 || trimmed.length > 100) {
        throw new BadArgumentError('name', `must be an indicator name of 1 to 100 characters (got ${trimmed.length}); find names with search(text, types: [Indicator])`);
      }
      const rows = await executor.read<Comparison['rows'][number]>('read/indicator-targets', { name: trimmed });
      return { name: trimmed, rows };
    },
  }),
);
