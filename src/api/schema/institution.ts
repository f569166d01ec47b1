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
      resolve: (i, args, context) => related(context, i.id, { types: ['LOCATED_IN', 'HOSTS'], direction: 'any', labels: ['AdminArea'] }, args),
    }),
    parks: t.field({
      type: [IndustrialPark],
      description: 'Parks that host it (HOSTS).',
      args: relatedArgs,
      complexity: relatedComplexity,
      resolve: (i, args, context) => related(context, i.id, { types: ['HOSTS'], direction: 'in', labels: ['IndustrialPark'] }, args),
    }),
  }),
});
