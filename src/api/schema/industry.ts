// Industry: sectors that parks, areas and enterprises develop.
import { relatedField } from './related.js';
import { Entity, Industry } from './refs.js';

Industry.implement({
  description: 'An industry or sector (新能源产业, 装备制造产业…).',
  interfaces: [Entity],
  isTypeOf: (value) => (value as { type?: string }).type === 'Industry',
  fields: (t) => ({
    developedBy: relatedField(t, Entity, {
      description: 'Parks, areas and enterprises that develop it (DEVELOPS).',
      via: { types: ['DEVELOPS'], direction: 'in', labels: ['IndustrialPark', 'AdminArea', 'Enterprise'] },
    }),
  }),
});
