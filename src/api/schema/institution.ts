// Institution: universities, institutes and research centres.
import { related, relatedArgs, relatedComplexity } from './related.js';
import { AdminArea, Entity, IndustrialPark, Institution } from './refs.js';

Institution.implement({
  description: 'A university, institute or research centre.',
  interfaces: [Entity],
  isTypeOf: (value) => (value as { type?: string }).type === 'Institution',
  fields: (t) => ({
    locatedIn: t.field({
      type: [AdminArea],
      description: 'Areas it is located in or hosted by (LOCATED_IN, HOSTS).',
      args: relatedArgs,
      complexity: relatedComplexity,
      extensions: { related: { types: ['LOCATED_IN', 'HOSTS'], direction: 'any', labels: ['AdminArea'] } },
      resolve: (i, args, context, info) => related(context, i, { types: ['LOCATED_IN', 'HOSTS'], direction: 'any', labels: ['AdminArea'] }, args, info),
    }),
    parks: t.field({
      type: [IndustrialPark],
      description: 'Parks that host it (HOSTS).',
      args: relatedArgs,
      complexity: relatedComplexity,
      extensions: { related: { types: ['HOSTS'], direction: 'in', labels: ['IndustrialPark'] } },
      resolve: (i, args, context, info) => related(context, i, { types: ['HOSTS'], direction: 'in', labels: ['IndustrialPark'] }, args, info),
    }),
  }),
});
