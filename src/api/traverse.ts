// Traversals in one query. Relationship fields batch per level (one query
// each), so area → parks → enterprises → plans would cost four round trips.
// Before resolving a node or a relationship field, we look at what the
// request selects below it: when that is a chain of relationship fields
// (the first one at each level, up to three, plus `plans`), cypher/read/
// traverse.cypher fetches the whole chain at once and the rows carry their
// children, so the nested resolvers find them instead of querying again.
// Anything else below (other relationship fields, mentions…) loads as usual.
import { getArgumentValues, type FieldNode, type GraphQLObjectType, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { int, pageSize } from './args.js';
import { compiledTraversal } from './compile-traverse.js';
import { perRequest, type Context } from './context.js';
import { planIdArg } from './ids.js';
import { batchLoader } from './loaders.js';
import type { EntityRow, PlanRow } from './rows.js';
import type { RelatedSpec } from './schema/related.js';

/** Key of the prefetched plans of a row (response keys never start with #). */
export const PLANS = '#plans';
export const MAX_LEVELS = 3;
export const DEFAULT_RELATED = 20;

export interface Level {
  /** Response key (alias or field name) the children are kept under. */
  key: string;
  spec: RelatedSpec;
  first: number;
  plan: string | null;
  /** The level's nodes select `plans` or `planCount`. */
  plans: boolean;
  /** The level's nodes select fields a slim row (id, type, name) cannot answer. */
  full: boolean;
}

export interface Chain {
  /** The roots select `plans` or `planCount`. */
  plans: boolean;
  /** The roots select fields a slim row cannot answer. */
  full: boolean;
  /** Some `plans` in the chain select more than plan ids. */
  plansFull: boolean;
  levels: Level[];
}

/**
 * Entity fields a slim row (id, type, name) answers; relationship fields
 * (extensions.related) and plans/planCount need only the id too. Anything
 * else selected makes the traversal fetch whole rows.
 */
const SLIM_ENTITY_FIELDS = new Set(['id', 'graphId', 'name', 'type', '__typename', 'plans', 'planCount']);
/** Plan fields answered by a plan's id alone (a slim plan row also has regionName, which Plan's isTypeOf reads). */
const SLIM_PLAN_FIELDS = new Set(['id', 'planId', '__typename']);

/** What a resolver can take from its parent instead of querying. */
export function prefetched<T>(context: Context, parent: object, key: string): T | undefined {
  return prefetchedRows(context).get(parent)?.get(key) as T | undefined;
}

/**
 * Children fetched with a row, kept beside it for the request's life (rows
 * stay plain data). A Map per request, not a module-wide WeakMap: a Q3 keeps
 * ~50 rows, and with WeakMap insertions attach() took 8.3 % of our stack's
 * CPU on it, 5.0 % so (in-process profile, canned rows).
 */
function prefetchedRows(context: Context): Map<object, Map<string, unknown>> {
  return perRequest(context, 'traverse:prefetched', () => new Map<object, Map<string, unknown>>());
}

/** The chain of relationship fields selected below `selectionSet` on `typeName`, at most `max` levels. */
export function chainBelow(info: GraphQLResolveInfo, selectionSet: SelectionSetNode | undefined, typeName: string, max: number): Chain {
  if (!selectionSet) return { plans: false, full: false, plansFull: false, levels: [] };
  const fields = selected(info, selectionSet, typeName);
  const plans = fields.some((f) => f.name.value === 'plans' || f.name.value === 'planCount');
  const type = info.schema.getType(typeName) as GraphQLObjectType | undefined;
  const full = !type || !('getFields' in type) || fields.some((f) => !SLIM_ENTITY_FIELDS.has(f.name.value) && !type.getFields()[f.name.value]?.extensions?.related);
  const plansFull = fields.some((f) => f.name.value === 'plans' && selectsBeyond(info, f.selectionSet, 'Plan', SLIM_PLAN_FIELDS));
  if (max === 0 || !type || !('getFields' in type)) return { plans, full, plansFull, levels: [] };
  for (const field of fields) {
    const definition = type.getFields()[field.name.value];
    const spec = definition?.extensions?.related as RelatedSpec | undefined;
    // Interface-typed lists (Industry.developedBy) would need per-type selections: left to the loaders.
    if (!definition || !spec || spec.labels.length !== 1 || !field.selectionSet) continue;
    const args = getArgumentValues(definition, field, info.variableValues) as { first?: number | null; plan?: string | null };
    const below = chainBelow(info, field.selectionSet, spec.labels[0]!, max - 1);
    const level = {
      key: field.alias?.value ?? field.name.value,
      spec,
      first: pageSize('first', args.first, DEFAULT_RELATED),
      plan: args.plan ? planIdArg('plan', args.plan) : null,
      plans: below.plans,
      full: below.full,
    };
    return { plans, full, plansFull: plansFull || below.plansFull, levels: [level, ...below.levels] };
  }
  return { plans, full, plansFull, levels: [] };
}

/** Whether `selectionSet` selects on `typeName` any field outside `slim`. */
function selectsBeyond(info: GraphQLResolveInfo, selectionSet: SelectionSetNode | undefined, typeName: string, slim: Set<string>): boolean {
  return !!selectionSet && selected(info, selectionSet, typeName).some((f) => !slim.has(f.name.value));
}

/** Fields of `selectionSet` that apply to `typeName`, through inline fragments and fragment spreads. */
export function selected(info: GraphQLResolveInfo, selectionSet: SelectionSetNode, typeName: string): FieldNode[] {
  const out: FieldNode[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === 'Field') out.push(selection);
    else if (selection.kind === 'InlineFragment') {
      if (!selection.typeCondition || applies(info, selection.typeCondition.name.value, typeName)) out.push(...selected(info, selection.selectionSet, typeName));
    } else {
      const fragment = info.fragments[selection.name.value];
      if (fragment && applies(info, fragment.typeCondition.name.value, typeName)) out.push(...selected(info, fragment.selectionSet, typeName));
    }
  }
  return out;
}

/** Names of every field selected anywhere below `selectionSet`, whatever the type condition: a safe over-approximation. */
export function fieldNamesBelow(info: GraphQLResolveInfo, selectionSet: SelectionSetNode | undefined, out = new Set<string>()): Set<string> {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === 'Field') out.add(selection.name.value);
    else if (selection.kind === 'InlineFragment') fieldNamesBelow(info, selection.selectionSet, out);
    else fieldNamesBelow(info, info.fragments[selection.name.value]?.selectionSet, out);
  }
  return out;
}

function applies(info: GraphQLResolveInfo, condition: string, typeName: string): boolean {
  if (condition === typeName) return true;
  const type = info.schema.getType(typeName) as GraphQLObjectType | undefined;
  return !!type && 'getInterfaces' in type && type.getInterfaces().some((i) => i.name === condition);
}

type Nested = {
  node: EntityRow | SlimNode;
  /** Plan ids around the node, by id (null or absent: not asked). */
  plans?: string[] | null;
  children?: Nested[] | null;
};

/**
 * A slim node of a compiled traversal below the root (compile-traverse.ts):
 * its name alone when its id is `Label:name`, else id and name; the level's
 * one label is its type.
 */
type SlimNode = string | { id: string; name: string; type?: undefined };

/**
 * Entity `id` with the chain below it fetched (one query per batch of ids with
 * the same chain); null when unknown. The query is compiled for the chain's
 * shape (compile-traverse.ts) unless the context turns the compiler off; then
 * the generic read/traverse runs.
 */
export function traverse(context: Context, id: string, chain: Chain): Promise<EntityRow | null> {
  return batchLoader(
    context,
    `read/traverse:${JSON.stringify(chain)}`,
    async (ids) => {
      const [name, values] = context.compile ? compiled(ids, chain) : ['read/traverse', params(ids, chain)];
      const rows = await context.executor.read<{ id: string; planTable: PlanRow[] } & Nested>(name, values);
      const kept = prefetchedRows(context);
      return new Map(rows.map((row) => [row.id, attach(row, chain.levels, 0, new Map(row.planTable.map((plan) => [plan.id, plan])), kept)]));
    },
    null as EntityRow | null,
  ).load(id);
}

function compiled(ids: string[], chain: Chain): [string, Record<string, unknown>] {
  const name = compiledTraversal({ plans: chain.plans, levels: chain.levels.map((l) => ({ spec: l.spec, plans: l.plans, planFilter: l.plan !== null })) });
  const values: Record<string, unknown> = { ids, f0: chain.full, fp: chain.plansFull };
  chain.levels.forEach((level, i) => {
    values[`n${i + 1}`] = int(level.first);
    values[`f${i + 1}`] = level.full;
    if (level.plan !== null) values[`p${i + 1}`] = level.plan;
  });
  return [name, values];
}

function params(ids: string[], chain: Chain): Record<string, unknown> {
  const out: Record<string, unknown> = { ids, plans0: chain.plans };
  for (let k = 1; k <= MAX_LEVELS; k++) {
    const level = chain.levels[k - 1];
    Object.assign(out, {
      [`t${k}`]: level?.spec.types ?? [],
      [`l${k}`]: level?.spec.labels ?? [],
      [`d${k}`]: level?.spec.direction ?? 'out',
      [`p${k}`]: level?.plan ?? null,
      [`n${k}`]: int(level?.first ?? 0),
      [`plans${k}`]: level?.plans ?? false,
    });
  }
  return out;
}

function attach(row: Nested, levels: Level[], depth: number, plans: Map<string, PlanRow>, kept: Map<object, Map<string, unknown>>): EntityRow {
  const node = entityRow(row.node, levels[depth - 1]?.spec.labels[0]);
  const found = new Map<string, unknown>();
  // An id without its Plan node (none in a consistent graph) is left out, as a lookup would.
  if (row.plans) found.set(PLANS, row.plans.flatMap((id) => plans.get(id) ?? []));
  const level = levels[depth];
  if (level && row.children) found.set(level.key, row.children.map((child) => attach(child, levels, depth + 1, plans, kept)));
  kept.set(node, found);
  return node;
}

/** The row of a node as sent, slim ones completed from the level's label (`label`: undefined at the root). */
function entityRow(node: EntityRow | SlimNode, label: string | undefined): EntityRow {
  if (typeof node !== 'string' && node.type !== undefined) return node;
  if (label === undefined) throw new Error('traverse: a slim row without its level label');
  const type = label as EntityRow['type'];
  if (typeof node === 'string') return { id: `${type}:${node}`, type, name: node } as EntityRow;
  return { id: node.id, name: node.name, type } as EntityRow; // named, not spread: see drawPaths in schema/graph.ts
}
