// An area's parks and enterprises including its sub-areas (all of 鞍山市,
// counties and districts included), beside `parks`/`enterprises`, which
// answer for the area itself.
import { int, pageSize } from '../args.js';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { planIdArg } from '../ids.js';
import { batchLoader } from '../loaders.js';
import type { EntityRow } from '../rows.js';
import { relatedArgs, relatedComplexity, type RelatedArgs } from './related.js';
import { AdminArea, Enterprise, IndustrialPark } from './refs.js';

interface WithinSpec {
  types: string[];
  labels: string[];
  viaParks: boolean;
}

function within(context: Context, id: string, spec: WithinSpec, args: RelatedArgs): Promise<EntityRow[]> {
  const first = pageSize('first', args.first, 20);
  const plan = args.plan ? planIdArg('plan', args.plan) : null;
  return batchLoader(
    context,
    `read/area-within:${JSON.stringify([spec, plan, first])}`,
    async (ids) => {
      const rows = await context.executor.read<{ id: string; nodes: EntityRow[] }>('read/area-within', { ids, ...spec, plan, limit: int(first) });
      return new Map(rows.map((row) => [row.id, row.nodes]));
    },
    [] as EntityRow[],
  ).load(id);
}

builder.objectFields(AdminArea, (t) => ({
  parksWithin: t.field({
    type: [IndustrialPark],
    description: 'Industrial parks located in it or in any area within it (districts, counties, towns), by name.',
    args: relatedArgs,
    complexity: relatedComplexity,
    resolve: (a, args, context) => within(context, a.id, { types: ['LOCATED_IN'], labels: ['IndustrialPark'], viaParks: false }, args),
  }),
  enterprisesWithin: t.field({
    type: [Enterprise],
    description: 'Enterprises located in or hosted by it, any area within it, or any park in those, by name.',
    args: relatedArgs,
    complexity: relatedComplexity,
    resolve: (a, args, context) => within(context, a.id, { types: ['LOCATED_IN', 'HOSTS'], labels: ['Enterprise'], viaParks: true }, args),
  }),
}));
