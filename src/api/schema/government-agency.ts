// GovernmentAgency: bureaus and district governments, with the tasks they
// are responsible for (LED_BY) and whether they lead them.
import { pageSize } from '../args.js';
import { Entity, GovernmentAgency, TaskAssignment } from './refs.js';
import { tasksOf } from './task.js';

GovernmentAgency.implement({
  description: 'A government department or district/county government.',
  interfaces: [Entity],
  isTypeOf: (value) => (value as { type?: string }).type === 'GovernmentAgency',
  fields: (t) => ({
    tasks: t.field({
      type: [TaskAssignment],
      description: 'Tasks it is responsible for, led ones first.',
      args: {
        lead: t.arg.boolean({ required: false, description: 'true: only tasks it leads; false: only tasks it supports.' }),
        plan: t.arg.string({ required: false, description: 'Only tasks of this plan (plan id).' }),
        first: t.arg.int({ required: false, description: 'At most this many, 0 to 100 (default 20).' }),
      },
      complexity: (args) => ({ field: 1, multiplier: pageSize('first', args.first, 20) }),
      resolve: (agency, args, context) => tasksOf(context, agency, args),
    }),
  }),
});

