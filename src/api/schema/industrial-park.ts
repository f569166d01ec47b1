// IndustrialPark: development zones and parks, with where they lie, the
// enterprises they host (依托…, 引进…) and the industries they develop.
import { prop } from '../rows.js';
import { related, relatedArgs, relatedComplexity } from './related.js';
import { AdminArea, Enterprise, Entity, IndustrialPark, Industry, Institution } from './refs.js';

IndustrialPark.implement({
  description: 'An industrial park, development zone or cluster.',
  interfaces: [Entity],
  isTypeOf: (value) => (value as { type?: string }).type === 'IndustrialPark',
  fields: (t) => ({
    level: t.string({ nullable: true, description: '国家级 or 省级 when known.', resolve: (p) => prop(p, 'level') as string | null }),
    locatedIn: t.field({
      type: [AdminArea],
      description: 'The areas it lies in (LOCATED_IN); usually one.',
      args: relatedArgs,
      complexity: relatedComplexity,
      resolve: (p, args, context) => related(context, p.id, { types: ['LOCATED_IN'], direction: 'out', labels: ['AdminArea'] }, args),
    }),
    enterprises: t.field({
      type: [Enterprise],
      description: 'Enterprises it hosts or relies on (HOSTS).',
      args: relatedArgs,
      complexity: relatedComplexity,
      resolve: (p, args, context) => related(context, p.id, { types: ['HOSTS'], direction: 'out', labels: ['Enterprise'] }, args),
    }),
    institutions: t.field({
      type: [Institution],
      description: 'Institutes and universities it hosts (HOSTS).',
      args: relatedArgs,
      complexity: relatedComplexity,
      resolve: (p, args, context) => related(context, p.id, { types: ['HOSTS'], direction: 'out', labels: ['Institution'] }, args),
    }),
    industries: t.field({
      type: [Industry],
      description: 'Industries it develops (DEVELOPS).',
      args: relatedArgs,
      complexity: relatedComplexity,
      resolve: (p, args, context) => related(context, p.id, { types: ['DEVELOPS'], direction: 'out', labels: ['Industry'] }, args),
    }),
  }),
});
