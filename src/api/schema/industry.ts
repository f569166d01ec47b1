// Industry: sectors that parks, areas and enterprises develop.
import { related, relatedArgs, relatedComplexity } from './related.js';
import { Entity, Industry } from './refs.js';

Industry.implement({
  description: 'An industry or sector (新能源产业, 装备制造产业…).',
  interfaces: [Entity],
  isTypeOf: (value) => (value as { type?: string }).type === 'Industry',
  fields: (t) => ({
    developedBy: t.field({
      type: [Entity],
      description: 'Parks, areas and enterprises that develop it (DEVELOPS).',
      args: relatedArgs,
      complexity: relatedComplexity,
      extensions: { related: { types: ['DEVELOPS'], direction: 'in', labels: ['IndustrialPark', 'AdminArea', 'Enterprise'] } },
      resolve: (i, args, context, info) => related(context, i, { types: ['DEVELOPS'], direction: 'in', labels: ['IndustrialPark', 'AdminArea', 'Enterprise'] }, args, info),
    }),
  }),
});
