// Task → unit for each 责任单位/牵头单位/配合单位 entry of a task block, in
// written order; the first unit of a 责任单位 list and every 牵头单位 lead.
import type { ExtractionContext } from '../context.js';
import { discoveredAgency, gazetteerEntity, type Entity } from '../entity.js';
import { taskId } from '../ids.js';
import { agencyName, foldForm, trimListTail } from '../mentions/agency.js';
import { provenanceAt, provenanceOf } from '../provenance.js';
import type { TaskBlock } from '../../text/types.js';

const ROLE: Record<string, string> = { 牵头单位: 'lead', 配合单位: 'support', 责任单位: 'responsible' };

export function addTasks(ctx: ExtractionContext): void {
  for (const { task, sections } of ctx.walk.tasks) {
    const section = sections[sections.length - 1]!;
    const id = taskId(task.id);
    ctx.graph.addNode({
      id,
      type: 'Task',
      name: task.heading,
      aliases: [],
      properties: { plan: ctx.doc.plan.id, number: task.number, heading: task.heading, path: [...section.path, task.heading], units: task.units.map((u) => u.name) },
    });
    const unit = ctx.unitOf(task.id);
    const at = task.text.indexOf(task.heading);
    if (unit && at >= 0) {
      ctx.graph.addRelationship('MENTIONED_IN', id, section.id, provenanceOf(ctx.doc, unit, at, at + task.heading.length, 'task-block'));
    }
    addUnits(ctx, task, id, section.id);
  }
}

function addUnits(ctx: ExtractionContext, task: TaskBlock, id: string, sectionId: string): void {
  const firstOfLabel = new Map<string, number>();
  task.units.forEach((u, order) => {
    const written = trimListTail(u.name.trim());
    if (!written || ctx.index.notEntities.has(foldForm(written))) return;
    const entity = unitEntity(ctx, written);
    if (!entity) {
      ctx.messages.push({ ruleId: 'unknown-unit', reason: `Responsible unit "${written}" does not look like an organisation; not linked`, severity: 'info', place: u.position, source: 'plangraph:extract' });
      return;
    }
    if (!firstOfLabel.has(u.label)) firstOfLabel.set(u.label, order);
    const lead = u.label === '牵头单位' || (u.label === '责任单位' && firstOfLabel.get(u.label) === order);
    const provenance = provenanceAt(ctx.doc, sectionId, u.position, 'unit-list', task.id);
    ctx.graph.addNode(entity);
    ctx.graph.addRelationship('LED_BY', id, entity.id, provenance, { lead, role: ROLE[u.label] ?? u.label, label: u.label, order: order + 1, written });
    ctx.graph.addRelationship('MENTIONED_IN', entity.id, sectionId, provenance, { surface: written });
  });
}

function unitEntity(ctx: ExtractionContext, written: string): Entity | undefined {
  const entry = ctx.resolver.lookupName(written);
  if (entry) return gazetteerEntity(entry);
  const agency = agencyName(written, ctx.region);
  if (!agency) return undefined;
  const full = ctx.resolver.lookupName(agency.name);
  return full ? gazetteerEntity(full) : discoveredAgency(agency, written);
}
