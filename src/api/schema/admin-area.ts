// AdminArea: provinces down to towns. `parent`/`children` follow LOCATED_IN
// between areas; parks and enterprises are those located in (or hosted by) it.
import { prop } from '../rows.js';
import { relatedBatch, relatedField } from './related.js';
import { AdminArea, Enterprise, Entity, IndustrialPark, Industry } from './refs.js';

AdminArea.implement({
  description: 'A province, city, district, county or town; or a foreign country or city a plan names as a partner.',
  interfaces: [Entity],
  isTypeOf: (value) => (value as { type?: string }).type === 'AdminArea',
  fields: (t) => ({
    level: t.string({ nullable: true, description: 'province, city, district, county, county-level-city, town, street; country or foreign-city outside China.', resolve: (a) => prop(a, 'level') as string | null }),
    parent: t.field({
      type: AdminArea,
      nullable: true,
      description: 'The area it lies in (LOCATED_IN).',
      resolve: async (a, _args, context) => (await relatedBatch(context, a.id, { types: ['LOCATED_IN'], direction: 'out', labels: ['AdminArea'] }, { first: 1 }))[0] ?? null,
    }),
    children: relatedField(t, AdminArea, {
      description: 'Areas that lie in it.',
      via: { types: ['LOCATED_IN'], direction: 'in', labels: ['AdminArea'] },
    }),
    parks: relatedField(t, IndustrialPark, {
      description: 'Industrial parks located in it.',
      via: { types: ['LOCATED_IN'], direction: 'in', labels: ['IndustrialPark'] },
    }),
    enterprises: relatedField(t, Enterprise, {
      description: 'Enterprises located in it or that it hosts (依托…).',
      via: { types: ['LOCATED_IN', 'HOSTS'], direction: 'any', labels: ['Enterprise'] },
    }),
    industries: relatedField(t, Industry, {
      description: 'Industries it develops (DEVELOPS).',
      via: { types: ['DEVELOPS'], direction: 'out', labels: ['Industry'] },
    }),
  }),
});

