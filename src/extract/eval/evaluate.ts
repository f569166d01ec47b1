// Scores one plan's extraction against its gold file, inside the gold's
// scope (line ranges read completely). What counts:
// - entities: (type, canonical name) with a mention in scope, once per plan;
// - relations: (type, start name, end name) stated in scope. Facts copied
//   from the gazetteer or the division dataset (rules `gazetteer`, `reference`) are not statements of the text and
//   are left out; LED_BY and HAS_TARGET are scored as tasks and indicators;
// - indicators: every labelled field of a row equal to the extracted one;
// - tasks: the units, as written, in written order (matched by line);
// - task blocks found (Task F1) and who carries each out (LED_BY F1: task →
//   unit as written, lead or assist): task-scores.ts.
import type { GraphNode, GraphRelationship, PlanExtraction } from '../types.js';
import { inScope, type GoldFile, type GoldIndicator } from './gold.js';
import { toMatchText } from '../../text/simplify.js';
import { score, type Score } from './score.js';
import { scoreTasks } from './task-scores.js';

export const SCORED_ENTITY_TYPES = ['AdminArea', 'IndustrialPark', 'Enterprise', 'Project', 'GovernmentAgency', 'Institution', 'Industry'];
const UNSCORED_RELATIONS = new Set(['MENTIONED_IN', 'PART_OF', 'HAS_TARGET', 'LED_BY']);
/** `(yè)` after a character: pinyin a scraper inserted into traditional text (產(chǎn)業(yè)). */
const PINYIN_GLOSS = /\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)/g;
/**
 * Gold indicator keys that describe the label rather than the value. `lineTo` is the last line of a row
 * whose cells sit one per line; `written` is the name as the line writes it when a footnote mark cuts it
 * (`地级及以上城市2空气质量…`).
 */
const INDICATOR_META = new Set(['line', 'lineTo', 'written', 'note', 'table', 'why', 'source']);

export interface RowResult {
  line: number;
  name: string;
  exact: boolean;
  /** `field: extracted ≠ gold` for each difference. */
  differences: string[];
}

export interface PlanScore {
  plan: string;
  entities: Record<string, Score>;
  relations: Record<string, Score>;
  indicators: RowResult[];
  tasks: RowResult[];
  /** Task blocks found, matched by line (Task F1). */
  taskBlocks: Score;
  /** Task → unit as written, with its role (`lead` | `assist`). */
  ledBy: Score;
}

export interface EvalOptions {
  /**
   * Accept a name the gold gives as the written `surface` for its canonical
   * name (and, in the dev gold, its `canonical` and `aliases`). Only for
   * estimates with a cut-down or foreign gazetteer, where nothing can know
   * that 聚龙股份 is registered as 聚龙股份有限公司.
   */
  surfaces?: boolean;
}

export function evaluatePlan(gold: GoldFile, extraction: PlanExtraction, options: EvalOptions = {}): PlanScore {
  const nodes = new Map(extraction.nodes.map((n) => [n.id, n] as const));
  const line = (r: GraphRelationship) => Number(r.properties.line);
  // Entities and relations are scored only in ranges labelled for them (a range may label indicators only).
  const rels = extraction.relationships.filter((r) => inScope(gold.scope, line(r), 'entities'));
  // A listed project's name adds the 项目 the list shares (seed/gazetteer/README.md): `鞍山五矿陈台沟铁矿` is written, `…铁矿项目` is its name.
  const written = (e: GoldFile['entities'][number]) => {
    // The gold's own name counts too (dev README: name, surface, canonical or an alias): an extracted `区人民政府`
    // written `区政府` is the gold's `区政府`.
    const given = [e.name, e.surface, e.canonical, ...(e.aliases ?? [])].filter((f): f is string => !!f);
    // A scraper's pinyin glosses (銅業(yè)) are not part of a name: the form without them counts too.
    // …and the script is not part of a name either: 市稅務局 is 市税务局.
    const forms = [...new Set(given.flatMap((f) => [f, f.replace(PINYIN_GLOSS, '')]).flatMap((f) => [f, toMatchText(f)]))];
    return forms.flatMap((f) => (e.type === 'Project' && !/(项目|工程)$/.test(f) ? [f, `${f}项目`] : [f]));
  };
  const canonical = new Map(options.surfaces ? gold.entities.flatMap((e) => written(e).map((w) => [`${e.type}|${w}`, e.name] as const)) : []);
  const name = (id: string) => {
    const node = nodes.get(id);
    if (!node) return id;
    const written = [node.name, ...node.aliases].find((n) => canonical.has(`${node.type}|${n}`));
    return written ? canonical.get(`${node.type}|${written}`)! : node.name;
  };

  // A relation's end may be written by its official name (`→ 上海市`) where the entity is labelled by its written
  // form (`上海`, canonical 上海市): the same entity, scored under the one name extracted nodes map to.
  // A label's own name wins over another label's alias (later entries of the map override earlier ones).
  const labelledAs = new Map(
    options.surfaces ? gold.entities.flatMap((e) => [e.canonical, ...(e.aliases ?? [])].filter((f): f is string => !!f).map((f) => [f, e.name] as const)).concat(gold.entities.map((e) => [e.name, e.name] as const)) : [],
  );
  const goldName = (written: string) => labelledAs.get(written) ?? written;

  const unlabelledEntities = new Set(gold.unlabelled?.entities ?? []);
  const unlabelledRelations = new Set(gold.unlabelled?.relations ?? []);
  const entities: Record<string, Score> = {};
  for (const type of SCORED_ENTITY_TYPES.filter((t) => !unlabelledEntities.has(t))) {
    const predicted = rels.filter((r) => r.type === 'MENTIONED_IN' && nodes.get(r.start)?.type === type).map((r) => name(r.start));
    const labelled = gold.entities.filter((e) => e.type === type).map((e) => e.name);
    if (predicted.length || labelled.length) entities[type] = score(predicted, labelled);
  }

  const relations: Record<string, Score> = {};
  const stated = rels.filter((r) => !UNSCORED_RELATIONS.has(r.type) && !unlabelledRelations.has(r.type) && r.properties.rule !== 'gazetteer' && r.properties.rule !== 'reference');
  const types = new Set([...stated.map((r) => r.type), ...gold.relations.map((r) => r.type)]);
  for (const type of [...types].sort()) {
    const predicted = stated.filter((r) => r.type === type).map((r) => `${name(r.start)} → ${name(r.end)}`);
    const labelled = gold.relations.filter((r) => r.type === type).map((r) => `${goldName(r.start)} → ${goldName(r.end)}`);
    relations[type] = score(predicted, labelled);
  }

  const targets = extraction.relationships.filter((r) => r.type === 'HAS_TARGET');
  // Several rows on one line (2022 and 2024 targets of 5G基站): each extracted row answers one gold row.
  // A row whose cells sit one per line (line…lineTo) is answered by an extracted row cited anywhere in it.
  const used = new Set<GraphRelationship>();
  const within = (t: GraphRelationship, g: GoldIndicator) => line(t) >= g.line && line(t) <= (typeof g.lineTo === 'number' ? g.lineTo : g.line);
  const indicators = gold.indicators.map((g) => compareIndicator(g, targets.filter((t) => within(t, g) && !used.has(t)), used));
  const tasks = gold.tasks.map((g) => {
    const task = extraction.nodes.find((n) => {
      const at = n.type === 'Task' ? taskLine(n, extraction.relationships) : undefined;
      return at !== undefined && at >= g.line && at <= (g.unitsLine ?? g.line);
    });
    const units = task ? writtenUnits(task) : [];
    const exact = !!task && toMatchText(units.join('、')) === toMatchText(g.units.join('、'));
    const differences = exact ? [] : [`units: ${task ? units.join('、') : '(no task)'} ≠ ${g.units.join('、')}`];
    return { line: g.line, name: g.heading ?? `(${g.units.join('、')})`, exact, differences };
  });
  return { plan: gold.plan, entities, relations, indicators, tasks, ...scoreTasks(gold, extraction) };
}

const same = (a: unknown, b: unknown): boolean => toMatchText(String(a ?? null)) === toMatchText(String(b ?? null));

/** The extracted row on the gold row's line that agrees with it on most fields (the same name first). */
function compareIndicator(gold: GoldIndicator, candidates: GraphRelationship[], used: Set<GraphRelationship>): RowResult {
  const fields = Object.keys(gold).filter((k) => !INDICATOR_META.has(k));
  const agreement = (c: GraphRelationship) => (same(c.properties.name, gold.name) ? fields.length : 0) + fields.filter((k) => same(c.properties[k], gold[k])).length;
  const target = candidates.reduce<GraphRelationship | undefined>((best, c) => (!best || agreement(c) > agreement(best) ? c : best), undefined);
  if (!target) return { line: gold.line, name: gold.name, exact: false, differences: ['row not extracted'] };
  used.add(target);
  const differences: string[] = [];
  for (const [key, expected] of Object.entries(gold)) {
    if (INDICATOR_META.has(key)) continue;
    const actual = target.properties[key] ?? null;
    if (!same(actual, expected)) differences.push(`${key}: ${String(actual)} ≠ ${String(expected)}`);
  }
  return { line: gold.line, name: gold.name, exact: differences.length === 0, differences };
}

function taskLine(task: GraphNode, relationships: GraphRelationship[]): number | undefined {
  const m = relationships.find((r) => r.type === 'MENTIONED_IN' && r.start === task.id);
  return m ? Number(m.properties.line) : undefined;
}

/** The units as the task lists them, generic entries (相关县(市)区) included; LED_BY links only the organisations among them. */
function writtenUnits(task: GraphNode): string[] {
  const units = task.properties.units;
  return Array.isArray(units) ? units.map(String) : [];
}
