// Project: named construction and investment projects, where they are and
// which enterprises they involve.
import { related, relatedArgs, relatedComplexity } from './related.js';
import { AdminArea, Enterprise, Entity, Project } from './refs.js';

Project.implement({
  description: 'A named project.',
  interfaces: [Entity],
  isTypeOf: (value) => (value as { type?: string }).type === 'Project',
  fields: (t) => ({
    locatedIn: t.field({
      type: [AdminArea],
      description: 'Where it is (LOCATED_IN).',
      args: relatedArgs,
      complexity: relatedComplexity,
      resolve: (p, args, context) => related(context, p.id, { types: ['LOCATED_IN'], direction: 'out', labels: ['AdminArea'] }, args),
    }),
    enterprises: t.field({
      type: [Enterprise],
      description: 'Enterprises it involves (INVOLVES).',
      args: relatedArgs,
      complexity: relatedComplexity,
      resolve: (p, args, context) => related(context, p.id, { types: ['INVOLVES'], direction: 'out', labels: ['Enterprise'] }, args),
    }),
  }),
});
