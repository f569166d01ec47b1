// Plan → Indicator (HAS_TARGET) from indicator tables of every shape and from
// targets stated in running text. Values stay as written (`raw`) with the
// number beside them; the indicator id drops marks and unit so one indicator
// compares across plans (`地区生产总值(亿元)` → `Indicator:地区生产总值`).
import type { ExtractionContext } from './context.js';
import { indicatorId, planNodeId } from './ids.js';
import { indicatorRows, type IndicatorRow } from './indicators/table-rows.js';
import { textTargets } from './indicators/running-text.js';
import { normaliseIndicatorName } from './indicators/values.js';
import { provenanceAt, provenanceOf } from './provenance.js';
import type { Table } from '../text/types.js';
import type { Properties } from './types.js';

/** A table is an indicator table when its caption or header says 指标 or 目标. */
const INDICATOR_TABLE = /指\s*标|目\s*标/;

export function addTargets(ctx: ExtractionContext): void {
  const planId = planNodeId(ctx.doc.plan.id);
  for (const { table, sections } of ctx.walk.tables) {
    if (table.shape === 'caption-only' || !isIndicatorTable(table)) continue;
    const section = sections[sections.length - 1]!;
    for (const record of indicatorRows(table, ctx.messages)) {
      const id = addIndicator(ctx, record.name);
      const provenance = provenanceAt(ctx.doc, section.id, record.row.position, `table:${table.shape}`);
      ctx.graph.addRelationship('HAS_TARGET', planId, id, provenance, targetProperties(record, table));
      ctx.graph.addRelationship('MENTIONED_IN', id, section.id, provenance);
    }
  }
  for (const unit of ctx.walk.units) {
    if (unit.kind !== 'paragraph' && unit.kind !== 'task') continue;
    for (const t of textTargets(unit)) {
      const id = addIndicator(ctx, t.name);
      const provenance = provenanceOf(ctx.doc, unit, t.start, t.end, 'text:到2025年');
      ctx.graph.addRelationship('HAS_TARGET', planId, id, provenance, { name: t.name, unit: t.unit, target: t.target, targetValue: t.number, source: 'text' });
      ctx.graph.addRelationship('MENTIONED_IN', id, unit.section.id, provenance);
    }
  }
}

function isIndicatorTable(table: Table): boolean {
  return INDICATOR_TABLE.test(table.caption) || table.header.some((r) => r.cells.some((c) => INDICATOR_TABLE.test(c.text)));
}

function addIndicator(ctx: ExtractionContext, written: string): string {
  const name = normaliseIndicatorName(written);
  const id = indicatorId(name);
  ctx.graph.addNode({ id, type: 'Indicator', name, aliases: [], properties: { gazetteer: false, discoveredBy: 'indicator' } });
  return id;
}

function targetProperties(r: IndicatorRow, table: Table): Properties {
  const p: Properties = {
    name: r.name,
    unit: r.unit,
    category: r.category,
    attribute: r.attribute,
    national: r.national,
    table: table.caption,
    period: /十三五/.test(table.caption) ? '2016-2020' : '2021-2025',
    placement: r.placement,
    source: 'table',
  };
  if (r.number) p.row = r.number;
  if (r.qualifier) p.qualifier = r.qualifier;
  let cumulative = false;
  for (const [role, v] of Object.entries(r.values)) {
    p[role] = v.raw;
    p[`${role}Value`] = v.number;
    cumulative ||= v.cumulative;
  }
  p.cumulative = cumulative;
  return p;
}
