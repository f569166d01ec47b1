// Scores one plan's extraction against its gold file, inside the gold's
// scope (line ranges read completely). What counts:
// - entities: (type, canonical name) with a mention in scope, once per plan;
// - relations: (type, start name, end name) stated in scope. Facts copied
//   from the gazetteer or the division dataset (rules `gazetteer`, `reference`) are not statements of the text and
//   are left out; LED_BY and HAS_TARGET are scored as tasks and indicators;
// - indicators: every labelled field of a row equal to the extracted one;
// - tasks: the units, as written, in written order (matched by line).
import type { GraphNode, GraphRelationship, PlanExtraction } from '../types.js';
import { inScope, type GoldFile, type GoldIndicator } from './gold.js';
import { score, type Score } from './score.js';

export const SCORED_ENTITY_TYPES = ['AdminArea', 'IndustrialPark', 'Enterprise', 'Project', 'GovernmentAgency', 'Institution', 'Industry'];
const UNSCORED_RELATIONS = new Set(['MENTIONED_IN', 'PART_OF', 'HAS_TARGET', 'LED_BY']);
/** Gold indicator keys that describe the label rather than the value. */
const INDICATOR_META = new Set(['line', 'note', 'table', 'why', 'source']);

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
}

export interface EvalOptions {
  /**
   * Accept a name the gold gives as the written `surface` for its canonical
   * name. Only for estimates with a cut-down gazetteer, where nothing can
   * know that 聚龙股份 is registered as 聚龙股份有限公司.
   */
  surfaces?: boolean;
}

export function evaluatePlan(gold: GoldFile, extraction: PlanExtraction, options: EvalOptions = {}): PlanScore {
  const nodes = new Map(extraction.nodes.map((n) => [n.id, n] as const));
  const line = (r: GraphRelationship) => Number(r.properties.line);
  // Entities and relations are scored only in ranges labelled for them (a range may label indicators only).
  const rels = extraction.relationships.filter((r) => inScope(gold.scope, line(r), 'entities'));
  // A listed project's name adds the 项目 the list shares (seed/gazetteer/README.md): `鞍山五矿陈台沟铁矿` is written, `…铁矿项目` is its name.
  const written = (e: GoldFile['entities'][number]) => (e.type === 'Project' && !/(项目|工程)$/.test(e.surface!) ? [e.surface!, `${e.surface}项目`] : [e.surface!]);
  const canonical = new Map(options.surfaces ? gold.entities.filter((e) => e.surface).flatMap((e) => written(e).map((w) => [`${e.type}|${w}`, e.name] as const)) : []);
  const name = (id: string) => {
    const node = nodes.get(id);
    if (!node) return id;
    const written = [node.name, ...node.aliases].find((n) => canonical.has(`${node.type}|${n}`));
    return written ? canonical.get(`${node.type}|${written}`)! : node.name;
  };

  const entities: Record<string, Score> = {};
  for (const type of SCORED_ENTITY_TYPES) {
    const predicted = rels.filter((r) => r.type === 'MENTIONED_IN' && nodes.get(r.start)?.type === type).map((r) => name(r.start));
    const labelled = gold.entities.filter((e) => e.type === type).map((e) => e.name);
    if (predicted.length || labelled.length) entities[type] = score(predicted, labelled);
  }

  const relations: Record<string, Score> = {};
  const stated = rels.filter((r) => !UNSCORED_RELATIONS.has(r.type) && r.properties.rule !== 'gazetteer' && r.properties.rule !== 'reference');
  const types = new Set([...stated.map((r) => r.type), ...gold.relations.map((r) => r.type)]);
  for (const type of [...types].sort()) {
    const predicted = stated.filter((r) => r.type === type).map((r) => `${name(r.start)} → ${name(r.end)}`);
    const labelled = gold.relations.filter((r) => r.type === type).map((r) => `${r.start} → ${r.end}`);
    relations[type] = score(predicted, labelled);
  }

  const targets = extraction.relationships.filter((r) => r.type === 'HAS_TARGET');
  const indicators = gold.indicators.map((g) => compareIndicator(g, targets.filter((t) => line(t) === g.line)));
  const tasks = gold.tasks.map((g) => {
    const task = extraction.nodes.find((n) => n.type === 'Task' && taskLine(n, extraction.relationships) === g.line);
    const units = task ? writtenUnits(task) : [];
    const exact = !!task && units.join('、') === g.units.join('、');
    return { line: g.line, name: g.heading, exact, differences: exact ? [] : [`units: ${task ? units.join('、') : '(no task)'} ≠ ${g.units.join('、')}`] };
  });
  return { plan: gold.plan, entities, relations, indicators, tasks };
}

function compareIndicator(gold: GoldIndicator, candidates: GraphRelationship[]): RowResult {
  const target = candidates.find((c) => c.properties.name === gold.name) ?? candidates[0];
  if (!target) return { line: gold.line, name: gold.name, exact: false, differences: ['row not extracted'] };
  const differences: string[] = [];
  for (const [key, expected] of Object.entries(gold)) {
    if (INDICATOR_META.has(key)) continue;
    const actual = target.properties[key] ?? null;
    if (String(actual) !== String(expected ?? null)) differences.push(`${key}: ${String(actual)} ≠ ${String(expected)}`);
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
