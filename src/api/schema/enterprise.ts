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
      resolve: (e, args, context) => related(context, e.id, { types: ['HOSTS'], direction: 'in', labels: ['IndustrialPark'] }, args),
    }),
    locatedIn: t.field({
      type: [AdminArea],
      description: 'Areas it is located in or hosted by (LOCATED_IN, HOSTS).',
      args: relatedArgs,
      complexity: relatedComplexity,
      resolve: (e, args, context) => related(context, e.id, { types: ['LOCATED_IN', 'HOSTS'], direction: 'any', labels: ['AdminArea'] }, args),
    }),
    projects: t.field({
      type: [Project],
      description: 'Projects that involve it (INVOLVES).',
      args: relatedArgs,
      complexity: relatedComplexity,
      resolve: (e, args, context) => related(context, e.id, { types: ['INVOLVES'], direction: 'in', labels: ['Project'] }, args),
    }),
    industries: t.field({
      type: [Industry],
      description: 'Industries it develops (DEVELOPS).',
      args: relatedArgs,
      complexity: relatedComplexity,
      resolve: (e, args, context) => related(context, e.id, { types: ['DEVELOPS'], direction: 'out', labels: ['Industry'] }, args),
    }),
  }),
});
