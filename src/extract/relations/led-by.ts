// Tasks and who carries them out. A task is a numbered task block with its
// 责任单位 list, a section whose paragraph ends in a unit list without a
// numbered task (001 四/(五)), or a row of a task table (task-table.ts).
// Task → unit for each entry, in written order, with its role (addUnits).
import type { ExtractionContext } from '../context.js';
import { discoveredAgency, gazetteerEntity, type Entity } from '../entity.js';
import { taskId } from '../ids.js';
import { agencyName, foldForm, listedUnits, trimListTail } from '../mentions/agency.js';
import { placeLookup } from '../mentions/agency-grammar.js';
import { provenanceAt, provenanceOf } from '../provenance.js';
import { toMatchText } from '../../text/simplify.js';
import { listLabels } from '../../text/unit-words.js';
import { lexicon } from '../lexicon.js';
import { addTaskTarget } from '../indicators.js';
import { tableTasks } from './task-table.js';
import type { TextUnit } from '../units.js';
import type { Position, Section } from '../../text/types.js';
import type { Provenance } from '../types.js';

/** What a list's label or verb says of its units (lead-unit-words, assist-unit-words); any other label is `responsible`. */
const roleWords = () => ({ lead: new Set(lexicon('lead-unit-words')), assist: new Set(lexicon('assist-unit-words')) });
function roleOf(label: string): 'lead' | 'assist' | 'responsible' {
  const words = roleWords();
  return words.lead.has(label) ? 'lead' : words.assist.has(label) ? 'assist' : 'responsible';
}

/** Kinds of units, not one organisation: `各县市区政府`, `市级各有关部门`, `区疫情防控指挥部成员单位` (generic-unit-prefixes, -endings). */
function isGenericUnit(name: string): boolean {
  const prefixes = lexicon('generic-unit-prefixes');
  const bare = name.replace(/^(省|市|区|县)级/, '');
  return prefixes.some((p) => bare.startsWith(p)) || lexicon('generic-unit-endings').some((e) => name.endsWith(e));
}

interface TaskSource {
  blockId: string;
  number: string | null;
  heading: string | null;
  section: Section;
  units: { name: string; position: Position; label: string; list?: number }[];
  /** Where the task is quoted for MENTIONED_IN: its heading, or the unit list. */
  quote: Provenance;
  /** Where the heading is, for a target it states (`地区生产总值增长7%以上`). */
  target?: { unit: TextUnit; at: number };
}

const isListOnly = (matchText: string) => listLabels().some((l) => matchText.startsWith(l));

export function addTasks(ctx: ExtractionContext): void {
  for (const source of taskSources(ctx)) {
    const id = taskId(source.blockId);
    const written = source.units.map((u) => u.name.trim());
    ctx.graph.addNode({
      id,
      type: 'Task',
      name: source.heading ?? source.section.heading,
      aliases: [],
      properties: {
        plan: ctx.doc.plan.id,
        number: source.number,
        heading: source.heading,
        path: source.heading && source.heading !== source.section.heading ? [...source.section.path, source.heading] : source.section.path,
        units: written.map(trimListTail),
        etc: written.some((w) => trimListTail(w) !== w),
      },
    });
    ctx.graph.addRelationship('MENTIONED_IN', id, source.section.id, source.quote);
    addUnits(ctx, source, id);
    if (source.target && source.heading) addTaskTarget(ctx, source.target.unit, source.target.at, source.heading, id);
  }
}

function taskSources(ctx: ExtractionContext): TaskSource[] {
  const sources: TaskSource[] = [];
  for (const { task, sections } of ctx.walk.tasks) {
    const section = sections[sections.length - 1]!;
    // A line that is only the list (`责任单位:区发展和改革局`) belongs to the heading above it: the task is that heading.
    const headingUnit = isListOnly(task.matchText) ? ctx.unitOf(`${section.id}/heading`) : undefined;
    const unit = headingUnit ?? ctx.unitOf(task.id)!;
    const at = unit.text.indexOf(task.heading);
    const quote = at >= 0 ? provenanceOf(ctx.doc, unit, at, at + task.heading.length, 'task-block') : provenanceAt(ctx.doc, section.id, task.position, 'task-block', task.id);
    const number = headingUnit ? section.number : task.number;
    sources.push({ blockId: task.id, number, heading: task.heading, section, units: task.units, quote, target: at >= 0 ? { unit, at } : undefined });
  }
  sources.push(...tableTasks(ctx));
  for (const unit of ctx.walk.units) {
    if (unit.kind !== 'paragraph') continue;
    const listed = listedUnits(unit);
    if (listed.length === 0) continue;
    const units = listed.map((u) => ({ name: u.written, position: ctx.doc.locate(unit.block, u.start, u.end), label: u.label }));
    const quote = provenanceOf(ctx.doc, unit, listed[0]!.start, listed[listed.length - 1]!.end, 'unit-list');
    sources.push({ blockId: unit.id, number: null, heading: null, section: unit.section, units, quote });
  }
  return sources;
}

/**
 * Roles: a lead label (牵头单位, `…牵头`) leads; an assisting one (配合单位, `…配合`)
 * assists; in a list without a lead label the first responsible unit (责任单位,
 * `…负责`, a bare list) leads and the others assist, beside one they assist.
 */
function addUnits(ctx: ExtractionContext, task: TaskSource, id: string): void {
  const hasLead = task.units.some((u) => roleOf(u.label) === 'lead');
  const ledLists = new Set<number>();
  task.units.forEach((u, order) => {
    const written = trimListTail(u.name.trim());
    if (!written || ctx.index.notEntities.has(foldForm(written))) return;
    if (isGenericUnit(toMatchText(written))) {
      ctx.messages.push({ ruleId: 'generic-unit', reason: `Responsible unit "${written}" names a kind of unit, not one organisation; not linked`, severity: 'info', place: u.position, source: 'plangraph:extract' });
      return;
    }
    const entity = unitEntity(ctx, toMatchText(written));
    if (!entity) {
      ctx.messages.push({ ruleId: 'unknown-unit', reason: `Responsible unit "${written}" does not look like an organisation; not linked`, severity: 'info', place: u.position, source: 'plangraph:extract' });
      return;
    }
    const role = roleOf(u.label);
    // Each list of its own (`…责任单位为A;…责任单位为B`) is led by its first responsible unit.
    const list = u.list ?? 0;
    const lead = role === 'lead' || (role === 'responsible' && !hasLead && !ledLists.has(list));
    if (role === 'responsible') ledLists.add(list);
    const provenance = provenanceAt(ctx.doc, task.section.id, u.position, 'unit-list', task.blockId);
    ctx.graph.addNode(entity);
    ctx.graph.addRelationship('LED_BY', id, entity.id, provenance, { lead, role: lead ? 'lead' : 'assist', label: u.label, order: order + 1, written });
    ctx.graph.addRelationship('MENTIONED_IN', entity.id, task.section.id, provenance, { surface: written });
  });
}

function unitEntity(ctx: ExtractionContext, written: string): Entity | undefined {
  const entry = ctx.resolver.lookupName(written);
  if (entry) return gazetteerEntity(entry);
  const local = ctx.resolver.localAgency(written, ctx.index.lookup(written));
  if (local) return local;
  const agency = agencyName(written, ctx.region, placeLookup(ctx.index.lookup));
  if (!agency) return undefined;
  const full = ctx.resolver.lookupName(agency.name);
  return full ? gazetteerEntity(full) : discoveredAgency(agency, written);
}
