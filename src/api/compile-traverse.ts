// Compiles a chain of relationship fields (area → parks → enterprises →
// plans) into ONE Cypher text with literal relationship types, labels and
// directions, cached per selection shape. The generic cypher/read/
// traverse.cypher takes types and labels as parameters, which costs the
// planner its typed expansions (PROFILE for Q3: 1020 db hits against 441 with
// literal types). Everything spelled into the text comes from the schema's
// own field table (`RelatedSpec`, checked against the known types and
// labels below), never from a request; values (ids, plan filters, page
// sizes) stay parameters. Rows have the shape of read/traverse's, so
// traverse.ts attaches them the same way. `npm run compiled` prints the
// compiler's output for every chain of the schema to cypher/compiled/, and a
// test pins it.
import { ENTITY_TYPES, RELATION_TYPES } from '../extract/types.js';
import { defineQuery } from '../graph/queries.js';
import type { RelatedSpec } from './schema/related.js';

/** What the Cypher text depends on: no values, only the schema's specs and which parts are selected. */
export interface ChainShape {
  /** The roots select `plans`/`planCount`. */
  plans: boolean;
  levels: Array<{ spec: RelatedSpec; plans: boolean; planFilter: boolean }>;
}

const NODE = '{.id, .type, .name, .aliases, .level, .number, .heading, .path, .units}';
/** What id, graphId, name, type and the relationship fields need: enough when nothing else is selected. */
const SLIM_NODE = '{.id, .type, .name}';

/**
 * A node's row: whole when level `k` selects more than id, type and name
 * ($fk), else slim. Below the root the label, hence the type, is known, and
 * most ids are `Label:name`: such a node is sent as its name alone, any
 * other as {id, name}; traverse.ts rebuilds the rest (SlimNode). Q3 from
 * Neo4j: 6.5 KB whole, 2.9 KB with {id, type, name}, 1.5 KB so.
 */
function projection(node: string, k: number, label?: string): string {
  if (label === undefined) return `CASE WHEN $f${k} THEN ${node} ${NODE} ELSE ${node} ${SLIM_NODE} END`;
  return `CASE WHEN $f${k} THEN ${node} ${NODE} WHEN ${node}.id = '${label}:' + ${node}.name THEN ${node}.name ELSE ${node} {.id, .name} END`;
}
const compiled = new Map<string, string>();

/** The query name of `shape`'s compiled text (registered with the executor's query table on first use). */
export function compiledTraversal(shape: ChainShape): string {
  const key = shapeKey(shape);
  let name = compiled.get(key);
  if (name === undefined) {
    name = `compiled/traverse/${key}`;
    defineQuery(name, compileTraversal(shape));
    compiled.set(key, name);
  }
  return name;
}

/** A readable, query-name-safe key: `p0/in-located_in-industrialpark-p0/...` (`p1`: plans selected, `f`: plan filter). */
export function shapeKey(shape: ChainShape): string {
  const levels = shape.levels.map(({ spec, plans, planFilter }) =>
    [spec.direction, spec.types.join('_or_'), spec.labels.join('_or_'), plans ? 'p1' : 'p0', ...(planFilter ? ['f'] : [])].join('-').toLowerCase(),
  );
  return [shape.plans ? 'p1' : 'p0', ...levels].join('/');
}

/**
 * The Cypher for `shape`; parameters: $ids, $f0 (whole root rows), $fp (whole
 * plan rows, else ids only) and per level k: $nk (page size), $fk (whole rows)
 * and, with a plan filter, $pk.
 */
export function compileTraversal(shape: ChainShape): string {
  const lines = [
    `// Compiled by src/api/compile-traverse.ts for ${shapeKey(shape)}`,
    'UNWIND $ids AS id',
    'MATCH (m0:Entity {id: id})',
    `WITH id, ${projection('m0', 0)} AS node,`,
    `  ${plansOf('m0', shape.plans)} AS plans,`,
    `  ${shape.levels.length > 0 ? level(shape, 1, '  ') : 'null'} AS children`,
    `WITH id, node, plans, children, ${planIds(shape)} AS planIds`,
    // A slim plan row keeps regionName: the Plan type tells its rows by it (isTypeOf in schema/plan.ts).
    'RETURN id, node, plans, children, COLLECT { MATCH (p:Plan) WHERE p.id IN planIds RETURN CASE WHEN $fp THEN properties(p) ELSE p {.id, .regionName} END } AS planTable',
  ];
  return lines.join('\n');
}

function level(shape: ChainShape, k: number, indent: string): string {
  const step = shape.levels[k - 1]!;
  const { spec } = step;
  const types = spec.types.map(checkType).join('|');
  const labels = spec.labels.map(checkLabel).join('|');
  const [left, right] = spec.direction === 'out' ? ['-', '->'] : spec.direction === 'in' ? ['<-', '-'] : ['-', '-'];
  const m = `m${k}`;
  const filter = step.planFilter ? ` WHERE r${k}.plan = $p${k}` : '';
  const inner = indent + '  ';
  // Keys not selected are left out of the row, not sent as null.
  const entries = [
    `node: ${projection(m, k, spec.labels.length === 1 ? labels : undefined)}`,
    ...(step.plans ? [`plans: ${plansOf(m, true)}`] : []),
    ...(k < shape.levels.length ? [`children: ${level(shape, k + 1, inner + '  ')}`] : []),
  ];
  return [
    'COLLECT {',
    `${inner}MATCH (m${k - 1})${left}[r${k}:${types}]${right}(${m}:${labels})${filter}`,
    `${inner}WITH DISTINCT ${m} ORDER BY ${m}.name, ${m}.id LIMIT $n${k}`,
    `${inner}RETURN {`,
    entries.map((entry) => `${inner}  ${entry}`).join(',\n'),
    `${inner}}`,
    `${indent}}`,
  ].join('\n');
}

/** Plan ids around a node, sorted; null when not selected. */
function plansOf(node: string, selectedPlans: boolean): string {
  return selectedPlans ? `COLLECT { MATCH (${node})-[r]-() WITH DISTINCT r.plan AS pid ORDER BY pid RETURN pid }` : 'null';
}

/** Every plan id named at any level, so each plan's properties cross the wire once. */
function planIds(shape: ChainShape): string {
  const branches: string[] = [];
  if (shape.plans) branches.push('UNWIND plans AS pid RETURN pid');
  let path = 'UNWIND children AS c1';
  shape.levels.forEach((step, i) => {
    if (i > 0) path += ` UNWIND c${i}.children AS c${i + 1}`;
    if (step.plans) branches.push(`${path} UNWIND c${i + 1}.plans AS pid RETURN pid`);
  });
  return branches.length === 0 ? '[]' : `COLLECT { ${branches.join(' UNION ')} }`;
}

function checkType(type: string): string {
  if (!(RELATION_TYPES as readonly string[]).includes(type)) throw new Error(`compile-traverse: "${type}" is not a relationship type of the model`);
  return type;
}

function checkLabel(label: string): string {
  if (!(ENTITY_TYPES as readonly string[]).includes(label)) throw new Error(`compile-traverse: "${label}" is not an entity label of the model`);
  return label;
}
