// Plan → Indicator (HAS_TARGET) from indicator tables of every shape and from
// targets stated in running text. Values stay as written (`raw`) with the
// number beside them; the indicator id drops marks and unit so one indicator
// compares across plans (`地区生产总值(亿元)` → `Indicator:地区生产总值`).
import type { ExtractionContext } from './context.js';
import { indicatorId, planNodeId } from './ids.js';
import { indicatorRows, type IndicatorRow } from './indicators/table-rows.js';
import { goalTargets, textTargets, type TextTarget } from './indicators/running-text.js';
import { taskTargets } from './indicators/task-targets.js';
import { clauseTargets } from './indicators/target-clauses.js';
import type { TextUnit } from './units.js';
import { normaliseIndicatorName, parseValue } from './indicators/values.js';
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
    const actualYear = starredYear(ctx.doc.raw, table);
    for (const record of indicatorRows(table, ctx.doc.raw, ctx.messages)) {
      const id = addIndicator(ctx, record.name);
      const provenance = provenanceAt(ctx.doc, section.id, record.row.position, `table:${table.shape}`);
      ctx.graph.addRelationship('HAS_TARGET', planId, id, provenance, targetProperties(record, table, actualYear));
      ctx.graph.addRelationship('MENTIONED_IN', id, section.id, provenance);
    }
  }
  const firstYear = /^(20\d\d)/.exec(ctx.doc.plan.period)?.[1];
  let goal: { section: string; year: number } | undefined;
  let breakdown: { section: string; name: string } | undefined;
  for (const unit of ctx.walk.units) {
    if (unit.kind !== 'paragraph' && unit.kind !== 'task') continue;
    addClauseTargets(ctx, unit);
    const heading = GOAL_HEADING.exec(unit.matchText);
    const runIn = goal && goal.section === unit.section.id && !RUN_IN_HEADING.test(unit.matchText) ? goal : undefined;
    goal = heading ? { section: unit.section.id, year: Number(heading[1]) } : runIn;
    // `二、总体目标`, `一、产业园区2017-2020年主要目标` over the paragraph: its (last) year, if the heading names one.
    const sectionGoal = GOAL_SECTION.test(unit.section.heading) ? { year: Number([...unit.section.heading.matchAll(/(20\d\d)\s*年/g)].at(-1)?.[1]) || null } : undefined;
    const inGoal = runIn ?? sectionGoal;
    // A new bullet (`——园区规模以上…`) is the next goal, no part of the breakdown before it.
    if (BULLET.test(unit.matchText)) breakdown = undefined;
    const found = [
      ...textTargets(unit, firstYear === undefined ? undefined : Number(firstYear)).map((t) => ({ t, rule: `text:到${t.year}年` })),
      ...(inGoal ? goalTargets(unit, inGoal.year).map((t) => ({ t, rule: 'text:目标段落' })) : []),
    ].map(({ t, rule }) => (breakdown?.section === unit.section.id ? { t: brokenDown(t, breakdown.name), rule } : { t, rule }));
    // `…规上工业总产值力争达到3000亿元…。其中:` then one paragraph per park: each restates that indicator for its scope.
    if (found.length && BREAKDOWN_OPENS.test(unit.matchText)) breakdown = { section: unit.section.id, name: found.at(-1)!.t.name };
    else if (!found.length) breakdown = undefined;
    for (const { t, rule } of found) {
      const id = addIndicator(ctx, t.name);
      const provenance = provenanceOf(ctx.doc, unit, t.start, t.end, rule);
      const properties: Properties = { source: 'text', year: t.year, name: t.name, target: t.target, targetValue: t.number, unit: t.unit, qualifier: t.qualifier };
      if (t.scope) properties.scope = t.scope;
      ctx.graph.addRelationship('HAS_TARGET', planId, id, provenance, properties);
      ctx.graph.addRelationship('MENTIONED_IN', id, unit.section.id, provenance);
    }
  }
}

/** A run-in heading (`(二)发展目标。`), and one that announces goals with their year: the paragraphs after it state the goals. */
const RUN_IN_HEADING = /^\s*[((][一二三四五六七八九十]+[))]/;
/** A section of goals: `总体目标`, `发展目标`, `主要目标`, `2025年目标`, `产业园区2017-2020年主要目标`. */
const GOAL_SECTION = /(?:^(?:20\d\d年)?|主要|发展|总体|工作)目标(?:任务)?$/;
const GOAL_HEADING = /^\s*[((][一二三四五六七八九十]+[))]\s*(?:主要|发展|总体|工作)?目标(?:任务)?[。.::]\s*到\s*(20\d\d)\s*年/;

/** A bullet dash (`——`) opening a paragraph: the next goal of a list of goals. */
const BULLET = /^\s*[—–-]{1,2}/u;
/** A paragraph closing on `其中:` opens a breakdown of its last target by scope. */
const BREAKDOWN_OPENS = /其中\s*[::]\s*$/u;
/** The shortest tail two indicator names must share to be one indicator (`工业总产值` of `规上工业总产值`). */
const MIN_SHARED_TAIL = 4;

/**
 * A target of a breakdown (`湛江产业转移工业园规上工业总产值达到1450亿元`, `其中森工产业园达到220亿元`): the
 * indicator is the tail it shares with the broken-down one, or that one when it names none; what is
 * written before is its scope.
 */
function brokenDown(t: TextTarget, parent: string): TextTarget {
  let shared = 0;
  while (shared < Math.min(t.name.length, parent.length) && t.name.at(-1 - shared) === parent.at(-1 - shared)) shared++;
  const name = shared >= MIN_SHARED_TAIL ? t.name.slice(-shared) : parent;
  const scope = (shared >= MIN_SHARED_TAIL ? t.name.slice(0, -shared) : t.name).replace(/^其中/u, '');
  return scope ? { ...t, name, scope } : t;
}

function isIndicatorTable(table: Table): boolean {
  return INDICATOR_TABLE.test(table.caption) || table.header.some((r) => r.cells.some((c) => INDICATOR_TABLE.test(c.text)));
}

export function addIndicator(ctx: ExtractionContext, written: string): string {
  const name = normaliseIndicatorName(written);
  const id = indicatorId(name);
  ctx.graph.addNode({ id, type: 'Indicator', name, aliases: [], properties: { gazetteer: false, discoveredBy: 'indicator' } });
  return id;
}

function targetProperties(r: IndicatorRow, table: Table, actualYear: number | undefined): Properties {
  const period = /十[三四五]五/.exec(table.caption)?.[0] ?? null;
  const p: Properties = {
    table: /^表\s*\d+/.exec(table.caption)?.[0]?.replace(/\s+/g, '') ?? table.caption,
    caption: table.caption,
    period,
    name: r.name,
    unit: r.unit,
    category: r.category,
    attribute: r.attribute,
    national: r.national,
    cells: r.cells,
    placement: r.placement,
    source: 'table',
  };
  if (r.number) p.row = r.number;
  if (r.qualifier) p.qualifier = r.qualifier;
  if (r.ambiguous) p.ambiguous = true;
  let cumulative = false;
  for (const role of ['baseline', 'target', 'growth', 'actual', 'actualGrowth'] as const) {
    let raw = r.values[role];
    if (raw === undefined) {
      if (role !== 'actual' && role !== 'actualGrowth') p[role] = null;
      continue;
    }
    // `[6.64]*`: the star refers to the table's footnote (2019 actuals).
    if (raw.endsWith('*')) {
      raw = raw.slice(0, -1);
      if (actualYear) p.actualYear = actualYear;
    }
    const v = parseValue(raw);
    p[role] = v ? v.raw : raw;
    p[`${role}Value`] = v?.number ?? null;
    cumulative ||= !!v?.cumulative;
  }
  if (cumulative) p.cumulative = true;
  return p;
}

/** `②带*指标为2019年实际完成情况`: the year a starred value refers to, from the lines after the table. */
function starredYear(raw: string, table: Table): number | undefined {
  const after = raw.slice(table.position.end.offset, table.position.end.offset + 400);
  const m = /带\s*[*﹡]\s*[^。\n]{0,10}?(\d{4})\s*年/.exec(after);
  return m ? Number(m[1]) : undefined;
}

/**
 * The year a target is for when no `到20xx年` says: the nearest `20xx年` in its
 * headings, else in the plan's title, else the last one written before it.
 */
function targetYear(ctx: ExtractionContext, unit: TextUnit, before?: string): number | null {
  const texts = [...(before ? [before] : []), ...[...unit.sections.map((s) => s.heading)].reverse(), ctx.doc.plan.title];
  for (const text of texts) {
    const m = [...text.matchAll(/(20\d\d)\s*年/g)].pop();
    if (m) return Number(m[1]);
  }
  const earlier = [...ctx.doc.raw.slice(0, unit.block.position.start.offset).matchAll(/(20\d\d)\s*年/g)].pop();
  return earlier ? Number(earlier[1]) : null;
}

/** `主要预期目标是:` and what follows up to the full stop. */
const GOAL_SENTENCE = /(主要)?(预期)?目标(是|为)?:/;
/** `人均地区生产总值:增长6%左右(…)`: an indicator line. */
const NAMED_LINE = /^([^,。;:()\d]{2,24}):/;

/** Targets listed after a goal marker or an indicator's name and a colon (indicators/target-clauses.ts). */
function addClauseTargets(ctx: ExtractionContext, unit: TextUnit): void {
  const text = unit.matchText;
  let from: number;
  let to: number;
  let lineName: string | undefined;
  const goal = GOAL_SENTENCE.exec(text);
  const named = NAMED_LINE.exec(text);
  if (goal) {
    from = goal.index + goal[0].length;
    const stop = text.indexOf('。', from);
    to = stop < 0 ? text.length : stop;
  } else if (named) {
    from = named[0].length;
    to = text.length;
    lineName = named[1]!;
  } else return;
  if (/到\s*20\d\d\s*年/.test(text.slice(from, to))) return; // read by running-text.ts
  const planId = planNodeId(ctx.doc.plan.id);
  const year = targetYear(ctx, unit, text.slice(0, from));
  for (const t of clauseTargets(text, from, to, lineName)) {
    const id = addIndicator(ctx, t.name);
    const provenance = provenanceOf(ctx.doc, unit, t.start, t.end, lineName ? 'text:名称:目标' : 'text:目标是');
    const properties: Properties = { source: 'text', year, name: t.name, qualifier: t.qualifier };
    for (const key of ['target', 'targetValue', 'unit', 'growth', 'growthValue', 'scope'] as const) if (t[key] !== undefined) properties[key] = t[key];
    ctx.graph.addRelationship('HAS_TARGET', planId, id, provenance, properties);
    ctx.graph.addRelationship('MENTIONED_IN', id, unit.section.id, provenance);
  }
}

/** A task whose heading is a target (`地区生产总值增长7%以上`): the plan sets it, quoted from the heading. */
export function addTaskTarget(ctx: ExtractionContext, unit: TextUnit, at: number, heading: string, taskId: string): void {
  const planId = planNodeId(ctx.doc.plan.id);
  for (const t of taskTargets(heading)) {
    const id = addIndicator(ctx, t.name);
    const provenance = provenanceOf(ctx.doc, unit, at + t.start, at + t.end, `task:${t.role}`);
    const properties: Properties = { source: 'text', year: targetYear(ctx, unit), name: t.name, unit: t.unit, qualifier: t.qualifier, task: taskId };
    properties[t.role] = t.value;
    properties[`${t.role}Value`] = t.number;
    ctx.graph.addRelationship('HAS_TARGET', planId, id, provenance, properties);
    ctx.graph.addRelationship('MENTIONED_IN', id, unit.section.id, provenance);
  }
}
