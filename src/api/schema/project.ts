// Project: named construction and investment projects, where they are and
// which enterprises they involve.
import { relatedField } from './related.js';
import { AdminArea, Enterprise, Entity, Project } from './refs.js';

Project.implement({
  description: 'A named project.',
  interfaces: [Entity],
  isTypeOf: (value) => (value as { type?: string }).type === 'Project',
  fields: (t) => ({
    locatedIn: relatedField(t, AdminArea, {
      description: 'Where it is (LOCATED_IN).',
      via: { types: ['LOCATED_IN'], direction: 'out', labels: ['AdminArea'] },
    }),
    enterprises: relatedField(t, Enterprise, {
      description: 'Enterprises it involves (INVOLVES).',
      via: { types: ['INVOLVES'], direction: 'out', labels: ['Enterprise'] },
    }),
  }),
});
