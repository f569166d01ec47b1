// AdminArea: provinces down to towns. `parent`/`children` follow LOCATED_IN
// between areas; parks and enterprises are those located in (or hosted by) it.
import { prop } from '../rows.js';
import { related, relatedArgs, relatedBatch, relatedComplexity } from './related.js';
import { AdminArea, Enterprise, Entity, IndustrialPark, Industry } from './refs.js';

AdminArea.implement({
  description: 'A province, city, district, county or town.',
  interfaces: [Entity],
  isTypeOf: (value) => (value as { type?: string }).type === 'AdminArea',
  fields: (t) => ({
    level: t.string({ nullable: true, description: 'province, city, district, county, county-level-city, town or street.', resolve: (a) => prop(a, 'level') as string | null }),
    parent: t.field({
      type: AdminArea,
      nullable: true,
      description: 'The area it lies in (LOCATED_IN).',
      resolve: async (a, _args, context) => (await relatedBatch(context, a.id, { types: ['LOCATED_IN'], direction: 'out', labels: ['AdminArea'] }, { first: 1 }))[0] ?? null,
    }),
    children: t.field({
      type: [AdminArea],
      description: 'Areas that lie in it.',
      args: relatedArgs,
      complexity: relatedComplexity,
      extensions: { related: { types: ['LOCATED_IN'], direction: 'in', labels: ['AdminArea'] } },
      resolve: (a, args, context, info) => related(context, a, { types: ['LOCATED_IN'], direction: 'in', labels: ['AdminArea'] }, args, info),
    }),
    parks: t.field({
      type: [IndustrialPark],
      description: 'Industrial parks located in it.',
      args: relatedArgs,
      complexity: relatedComplexity,
      extensions: { related: { types: ['LOCATED_IN'], direction: 'in', labels: ['IndustrialPark'] } },
      resolve: (a, args, context, info) => related(context, a, { types: ['LOCATED_IN'], direction: 'in', labels: ['IndustrialPark'] }, args, info),
    }),
    enterprises: t.field({
      type: [Enterprise],
      description: 'Enterprises located in it or that it hosts (依托…).',
      args: relatedArgs,
      complexity: relatedComplexity,
      extensions: { related: { types: ['LOCATED_IN', 'HOSTS'], direction: 'any', labels: ['Enterprise'] } },
      resolve: (a, args, context, info) => related(context, a, { types: ['LOCATED_IN', 'HOSTS'], direction: 'any', labels: ['Enterprise'] }, args, info),
    }),
    industries: t.field({
      type: [Industry],
      description: 'Industries it develops (DEVELOPS).',
      args: relatedArgs,
      complexity: relatedComplexity,
      extensions: { related: { types: ['DEVELOPS'], direction: 'out', labels: ['Industry'] } },
      resolve: (a, args, context, info) => related(context, a, { types: ['DEVELOPS'], direction: 'out', labels: ['Industry'] }, args, info),
    }),
  }),
});

