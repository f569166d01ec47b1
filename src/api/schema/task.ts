// Task: a numbered task of an action plan with its responsible units
// (LED_BY, the first listed unit leads), and the TaskAssignment edge type.
import { int, pageSize } from '../args.js';
import type { Context } from '../context.js';
import { planIdArg } from '../ids.js';
import { batchLoader } from '../loaders.js';
import { prop, type EntityRow, type FactRow } from '../rows.js';
import { Entity, GovernmentAgency, Plan, Section, Task, TaskAssignment, type TaskAssignmentShape } from './refs.js';

/** Each task's agencies, lead first: one query per batch of tasks. */
function assignmentsOf(context: Context, task: EntityRow): Promise<TaskAssignmentShape[]> {
  return batchLoader(
    context,
    'read/task-assignments',
    async (ids) => {
      const rows = await context.executor.read<{ id: string; assignments: Array<{ fact: FactRow; agency: EntityRow }> }>('read/task-assignments', { ids });
      return new Map(rows.map((row) => [row.id, row.assignments.map((a) => ({ fact: a.fact, agency: a.agency, task: { id: row.id } as EntityRow }))]));
    },
    [] as TaskAssignmentShape[],
  )
    .load(task.id)
    .then((list) => list.map((a) => ({ ...a, task })));
}

export interface AgencyTasksArgs {
  lead?: boolean | null;
  plan?: string | null;
  first?: number | null;
}

/** Each agency's tasks: one query per batch of agencies with the same arguments. */
export function tasksOf(context: Context, agency: EntityRow, args: AgencyTasksArgs): Promise<TaskAssignmentShape[]> {
  const first = pageSize('first', args.first, 20);
  const plan = args.plan ? planIdArg('plan', args.plan) : null;
  const lead = args.lead ?? null;
  return batchLoader(
    context,
    `read/agency-tasks:${JSON.stringify([lead, plan, first])}`,
    async (ids) => {
      const rows = await context.executor.read<{ id: string; assignments: Array<{ fact: FactRow; task: EntityRow }> }>('read/agency-tasks', {
        ids,
        lead,
        plan,
        limit: int(first),
      });
      return new Map(rows.map((row) => [row.id, row.assignments.map((a) => ({ fact: a.fact, task: a.task, agency: { id: row.id } as EntityRow }))]));
    },
    [] as TaskAssignmentShape[],
  )
    .load(agency.id)
    .then((list) => list.map((a) => ({ ...a, agency })));
}

TaskAssignment.implement({
  description: 'A task and one of its responsible units (LED_BY), with the quote that names the unit.',
  fields: (t) => ({
    task: t.field({ type: Task, resolve: (a) => a.task }),
    agency: t.field({ type: GovernmentAgency, resolve: (a) => a.agency }),
    lead: t.boolean({ description: 'The unit leads the task (listed first).', resolve: (a) => prop(a.fact, 'lead') === true }),
    role: t.string({ nullable: true, description: 'lead (牵头, or the first 责任单位 where none leads) or assist (配合, 协办, the other 责任单位); the plan\'s own label is in the fact\'s properties.', resolve: (a) => prop(a.fact, 'role') as string | null }),
    order: t.int({ nullable: true, description: 'Position in the plan\'s list of units (1-based).', resolve: (a) => prop(a.fact, 'order') as number | null }),
    written: t.string({ nullable: true, description: 'The unit as the plan writes it (市发展改革委).', resolve: (a) => prop(a.fact, 'written') as string | null }),
    plan: t.field({ type: Plan, resolve: (a) => a.fact.plan }),
    section: t.field({ type: Section, resolve: (a) => a.fact.section }),
    quote: t.string({ resolve: (a) => a.fact.quote }),
    line: t.int({ resolve: (a) => a.fact.line }),
  }),
});

Task.implement({
  description: 'A numbered task of an action plan (e.g. 001\'s 责任单位 lists).',
  interfaces: [Entity],
  isTypeOf: (value) => (value as { type?: string }).type === 'Task',
  fields: (t) => ({
    number: t.string({ nullable: true, resolve: (task) => prop(task, 'number') as string | null }),
    heading: t.string({ nullable: true, resolve: (task) => prop(task, 'heading') as string | null }),
    path: t.stringList({ description: 'Headings from the plan title down to the task.', resolve: (task) => (prop(task, 'path') as string[] | null) ?? [] }),
    units: t.stringList({ description: 'The responsible units as written, in order.', resolve: (task) => (prop(task, 'units') as string[] | null) ?? [] }),
    plan: t.field({
      type: Plan,
      description: 'The plan the task belongs to (task ids contain it).',
      resolve: (task) => task.id.slice('Task:'.length).split('/')[0]!,
    }),
    leadAgency: t.field({
      type: GovernmentAgency,
      nullable: true,
      description: 'The unit that leads it: the first one listed.',
      resolve: async (task, _args, context) => (await assignmentsOf(context, task)).find((a) => prop(a.fact, 'lead') === true)?.agency ?? null,
    }),
    agencies: t.field({
      type: [TaskAssignment],
      description: 'Every responsible unit, lead first, then in the order listed.',
      complexity: { field: 1, multiplier: 10 },
      resolve: (task, _args, context) => assignmentsOf(context, task),
    }),
  }),
});
