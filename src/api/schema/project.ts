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
      extensions: { related: { types: ['LOCATED_IN'], direction: 'out', labels: ['AdminArea'] } },
      resolve: (p, args, context, info) => related(context, p, { types: ['LOCATED_IN'], direction: 'out', labels: ['AdminArea'] }, args, info),
    }),
    enterprises: t.field({
      type: [Enterprise],
      description: 'Enterprises it involves (INVOLVES).',
      args: relatedArgs,
      complexity: relatedComplexity,
      extensions: { related: { types: ['INVOLVES'], direction: 'out', labels: ['Enterprise'] } },
      resolve: (p, args, context, info) => related(context, p, { types: ['INVOLVES'], direction: 'out', labels: ['Enterprise'] }, args, info),
    }),
  }),
});
