// Enterprise: companies and groups, with the parks that host them, where they
// sit, the projects that involve them and the industries they develop.
import { relatedField } from './related.js';
import { AdminArea, Enterprise, Entity, IndustrialPark, Industry, Project } from './refs.js';

Enterprise.implement({
  description: 'A company or group.',
  interfaces: [Entity],
  isTypeOf: (value) => (value as { type?: string }).type === 'Enterprise',
  fields: (t) => ({
    parks: relatedField(t, IndustrialPark, {
      description: 'Parks that host it or rely on it (HOSTS).',
      via: { types: ['HOSTS'], direction: 'in', labels: ['IndustrialPark'] },
    }),
    locatedIn: relatedField(t, AdminArea, {
      description: 'Areas it is located in or hosted by (LOCATED_IN, HOSTS).',
      via: { types: ['LOCATED_IN', 'HOSTS'], direction: 'any', labels: ['AdminArea'] },
    }),
    projects: relatedField(t, Project, {
      description: 'Projects that involve it (INVOLVES).',
      via: { types: ['INVOLVES'], direction: 'in', labels: ['Project'] },
    }),
    industries: relatedField(t, Industry, {
      description: 'Industries it develops (DEVELOPS).',
      via: { types: ['DEVELOPS'], direction: 'out', labels: ['Industry'] },
    }),
  }),
});
