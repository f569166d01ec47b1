// The schema's object and interface references, declared before any type is
// implemented so domain files can point at each other without import cycles
// (the Pothos "refs first" pattern). Node types load by key through the
// dataloader plugin: one `UNWIND $ids` query per type and request level,
// re-ordered to the keys by `toKey`/`sort`, missing keys null.
import type { EntityType } from '../../extract/types.js';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { registerNodeLoader } from '../node-loaders.js';
import type { EntityRow, FactRow, MentionRow, PlanRow, SectionRow } from '../rows.js';

export const Entity = builder.interfaceRef<EntityRow>('Entity');

async function loadEntities(ids: string[], { executor }: Context): Promise<EntityRow[]> {
  const rows = await executor.read<{ node: EntityRow }>('read/entities-by-id', { ids });
  return rows.map((row) => row.node);
}

function entityRef<T extends EntityType>(type: T) {
  return registered(
    builder.loadableNodeRef<EntityRow, string, string>(type, {
      id: { resolve: (entity) => entity.id },
      load: loadEntities,
      toKey: (entity) => entity.id,
      sort: true,
    }),
  );
}

/** Makes node(id) use the ref's per-request loader (see node-loaders.ts). */
function registered<R extends { name: string; getDataloader: (context: Context) => unknown }>(ref: R): R {
  registerNodeLoader(ref.name, ref.getDataloader as never);
  return ref;
}

export const AdminArea = entityRef('AdminArea');
export const IndustrialPark = entityRef('IndustrialPark');
export const Enterprise = entityRef('Enterprise');
export const Project = entityRef('Project');
export const Indicator = entityRef('Indicator');
export const GovernmentAgency = entityRef('GovernmentAgency');
export const Task = entityRef('Task');
export const Institution = entityRef('Institution');
export const Industry = entityRef('Industry');

export const Plan = registered(
  builder.loadableNodeRef<PlanRow, string, string>('Plan', {
  id: { resolve: (plan) => plan.id },
  load: async (ids: string[], { executor }: Context) =>
    (await executor.read<{ plan: PlanRow }>('read/plans-by-id', { ids })).map((row) => row.plan),
  toKey: (plan) => plan.id,
  sort: true,
  }),
);

export const Section = registered(
  builder.loadableNodeRef<SectionRow, string, string>('Section', {
  id: { resolve: (section) => section.id },
  load: async (ids: string[], { executor }: Context) =>
    (await executor.read<{ section: SectionRow }>('read/sections-by-id', { ids })).map((row) => row.section),
  toKey: (section) => section.id,
  sort: true,
  }),
);

export const Mention = builder.objectRef<MentionRow>('Mention');

/** One HAS_TARGET statement: a plan's baseline/target for an indicator. */
export interface IndicatorTargetShape {
  indicator: EntityRow;
  target: FactRow;
}
export const IndicatorTarget = builder.objectRef<IndicatorTargetShape>('IndicatorTarget');

/** One LED_BY fact: a task, an agency, and whether the agency leads. */
export interface TaskAssignmentShape {
  fact: FactRow;
  task: EntityRow;
  agency: EntityRow;
}
export const TaskAssignment = builder.objectRef<TaskAssignmentShape>('TaskAssignment');
