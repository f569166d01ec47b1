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
      extensions: { related: { types: ['LOCATED_IN'], direction: 'out', labels: ['AdminArea'] } },
      resolve: (p, args, context, info) => related(context, p, { types: ['LOCATED_IN'], direction: 'out', labels: ['AdminArea'] }, args, info),
    }),
    enterprises: t.field({
      type: [Enterprise],
      description: 'Enterprises it hosts or relies on (HOSTS).',
      args: relatedArgs,
      complexity: relatedComplexity,
      extensions: { related: { types: ['HOSTS'], direction: 'out', labels: ['Enterprise'] } },
      resolve: (p, args, context, info) => related(context, p, { types: ['HOSTS'], direction: 'out', labels: ['Enterprise'] }, args, info),
    }),
    institutions: t.field({
      type: [Institution],
      description: 'Institutes and universities it hosts (HOSTS).',
      args: relatedArgs,
      complexity: relatedComplexity,
      extensions: { related: { types: ['HOSTS'], direction: 'out', labels: ['Institution'] } },
      resolve: (p, args, context, info) => related(context, p, { types: ['HOSTS'], direction: 'out', labels: ['Institution'] }, args, info),
    }),
    industries: t.field({
      type: [Industry],
      description: 'Industries it develops (DEVELOPS).',
      args: relatedArgs,
      complexity: relatedComplexity,
      extensions: { related: { types: ['DEVELOPS'], direction: 'out', labels: ['Industry'] } },
      resolve: (p, args, context, info) => related(context, p, { types: ['DEVELOPS'], direction: 'out', labels: ['Industry'] }, args, info),
    }),
  }),
});
