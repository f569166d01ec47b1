// Institution: universities, institutes and research centres.
import { relatedField } from './related.js';
import { AdminArea, Entity, IndustrialPark, Institution } from './refs.js';

Institution.implement({
  description: 'A university, institute or research centre.',
  interfaces: [Entity],
  isTypeOf: (value) => (value as { type?: string }).type === 'Institution',
  fields: (t) => ({
    locatedIn: relatedField(t, AdminArea, {
      description: 'Areas it is located in or hosted by (LOCATED_IN, HOSTS).',
      via: { types: ['LOCATED_IN', 'HOSTS'], direction: 'any', labels: ['AdminArea'] },
    }),
    parks: relatedField(t, IndustrialPark, {
      description: 'Parks that host it (HOSTS).',
      via: { types: ['HOSTS'], direction: 'in', labels: ['IndustrialPark'] },
    }),
  }),
});
