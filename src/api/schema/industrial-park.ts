// IndustrialPark: development zones and parks, with where they lie, the
// enterprises they host (依托…, 引进…) and the industries they develop.
import { prop } from '../rows.js';
import { relatedField } from './related.js';
import { AdminArea, Enterprise, Entity, IndustrialPark, Industry, Institution } from './refs.js';

IndustrialPark.implement({
  description: 'An industrial park, development zone or cluster.',
  interfaces: [Entity],
  isTypeOf: (value) => (value as { type?: string }).type === 'IndustrialPark',
  fields: (t) => ({
    level: t.string({ nullable: true, description: '国家级 or 省级 when known.', resolve: (p) => prop(p, 'level') as string | null }),
    locatedIn: relatedField(t, AdminArea, {
      description: 'The areas it lies in (LOCATED_IN); usually one.',
      via: { types: ['LOCATED_IN'], direction: 'out', labels: ['AdminArea'] },
    }),
    enterprises: relatedField(t, Enterprise, {
      description: 'Enterprises it hosts or relies on (HOSTS).',
      via: { types: ['HOSTS'], direction: 'out', labels: ['Enterprise'] },
    }),
    institutions: relatedField(t, Institution, {
      description: 'Institutes and universities it hosts (HOSTS).',
      via: { types: ['HOSTS'], direction: 'out', labels: ['Institution'] },
    }),
    industries: relatedField(t, Industry, {
      description: 'Industries it develops (DEVELOPS).',
      via: { types: ['DEVELOPS'], direction: 'out', labels: ['Industry'] },
    }),
  }),
});
