// Enterprise: companies and groups, with the parks that host them, where they
// sit, the projects that involve them and the industries they develop.
import { related, relatedArgs, relatedComplexity } from './related.js';
import { AdminArea, Enterprise, Entity, IndustrialPark, Industry, Project } from './refs.js';

Enterprise.implement({
  description: 'A company or group.',
  interfaces: [Entity],
  isTypeOf: (value) => (value as { type?: string }).type === 'Enterprise',
  fields: (t) => ({
    parks: t.field({
      type: [IndustrialPark],
      description: 'Parks that host it or rely on it (HOSTS).',
      args: relatedArgs,
      complexity: relatedComplexity,
      extensions: { related: { types: ['HOSTS'], direction: 'in', labels: ['IndustrialPark'] } },
      resolve: (e, args, context, info) => related(context, e, { types: ['HOSTS'], direction: 'in', labels: ['IndustrialPark'] }, args, info),
    }),
    locatedIn: t.field({
      type: [AdminArea],
      description: 'Areas it is located in or hosted by (LOCATED_IN, HOSTS).',
      args: relatedArgs,
      complexity: relatedComplexity,
      extensions: { related: { types: ['LOCATED_IN', 'HOSTS'], direction: 'any', labels: ['AdminArea'] } },
      resolve: (e, args, context, info) => related(context, e, { types: ['LOCATED_IN', 'HOSTS'], direction: 'any', labels: ['AdminArea'] }, args, info),
    }),
    projects: t.field({
      type: [Project],
      description: 'Projects that involve it (INVOLVES).',
      args: relatedArgs,
      complexity: relatedComplexity,
      extensions: { related: { types: ['INVOLVES'], direction: 'in', labels: ['Project'] } },
      resolve: (e, args, context, info) => related(context, e, { types: ['INVOLVES'], direction: 'in', labels: ['Project'] }, args, info),
    }),
    industries: t.field({
      type: [Industry],
      description: 'Industries it develops (DEVELOPS).',
      args: relatedArgs,
      complexity: relatedComplexity,
      extensions: { related: { types: ['DEVELOPS'], direction: 'out', labels: ['Industry'] } },
      resolve: (e, args, context, info) => related(context, e, { types: ['DEVELOPS'], direction: 'out', labels: ['Industry'] }, args, info),
    }),
  }),
});
