// `neighborhood` and `paths`: parts of the graph as { nodes, edges } for
// visualisers (vis-network, Cytoscape, d3: nodes with id/label/type, edges
// with source/target). Facts between the same two nodes with the same type
// (one per plan and quote) are drawn as one edge with a count.
import type { GraphQLResolveInfo } from 'graphql';
import { inRange, int } from '../args.js';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { NotFoundError } from '../errors.js';
import { QueryTimeoutError } from '../../graph/errors.js';
import { encodeGlobalID, nodeIdArg, planIdArg } from '../ids.js';
import type { EdgeRow, EntityRow, PlanRow } from '../rows.js';
import { selected } from '../traverse.js';
import { searchPaths } from '../path-search.js';
import { EntityType } from './entity.js';
import { Entity, Plan } from './refs.js';

/** Fact types a traversal may follow (MENTIONED_IN and PART_OF lead to documents, not entities). */
export const FACT_TYPES = ['LOCATED_IN', 'LED_BY', 'HOSTS', 'DEVELOPS', 'INVOLVES', 'HAS_TARGET'] as const;

/** Neighbourhoods stop growing at this many nodes (`truncated` says so). */
export const MAX_GRAPH_NODES = 500;

/**
 * `paths` gives up (`truncated`) once its search has reached this many nodes,
 * or one level would return more than MAX_PATH_ROWS neighbour rows. The seed
 * graph has ~1,000 entities and plans, so there it always decides.
 */
export const MAX_PATH_SEARCH_NODES = 5000;
const MAX_PATH_ROWS = 20_000;

/**
 * How long `paths` lets Neo4j's own shortest-path search (read/paths-shortest)
 * run before the bounded BFS answers instead. Neo4j checks transaction
 * timeouts every couple of seconds (db.transaction.monitor.check.interval), so
 * this is a floor, not an exact budget; on the seed graph the search takes
 * about a millisecond, hit or miss.
 */
export const SHORTEST_PATH_BUDGET_MS = 1_000;

const FactType = builder.enumType('FactType', { description: 'Relationship types traversals follow.', values: FACT_TYPES });

interface NodeShape {
  key: string; // graph id (entity) or plan id
  isPlan: boolean;
  row: EntityRow | PlanRow;
  depth: number;
  /** Its global id, once asked for: edges refer to it too. */
  globalId?: string;
}

interface EdgeShape {
  key: string;
  start: NodeShape;
  end: NodeShape;
  type: string;
  plans: Set<string>;
  count: number;
  quote: string | null;
  factIds: string[];
}

interface Subgraph {
  nodes: NodeShape[];
  edges: EdgeShape[];
  truncated: boolean;
  paths: Array<{ nodes: NodeShape[]; edges: EdgeShape[] }>;
}

const globalIdOf = (node: NodeShape) => (node.globalId ??= encodeGlobalID(node.isPlan ? 'Plan' : ((node.row as EntityRow).type ?? node.key.split(':')[0]!), node.key));

const GraphNode = builder.objectRef<NodeShape>('GraphNode').implement({
  description: 'A node for drawing: an entity or a plan.',
  fields: (t) => ({
    id: t.id({ description: 'Global id (use with node(id)); edges refer to it.', resolve: globalIdOf }),
    graphId: t.string({ resolve: (n) => n.key }),
    label: t.string({ description: 'Name (entity) or short title (plan).', resolve: (n) => (n.isPlan ? ((n.row as PlanRow).shortTitle ?? n.row.name) : n.row.name) }),
    type: t.string({ description: 'Entity type, or Plan.', resolve: (n) => (n.isPlan ? 'Plan' : (n.row as EntityRow).type) }),
    depth: t.int({ description: 'Hops from the centre (neighborhood) or the start (paths).', resolve: (n) => n.depth }),
    entity: t.field({ type: Entity, nullable: true, resolve: (n) => (n.isPlan ? null : (n.row as EntityRow)) }),
    plan: t.field({ type: Plan, nullable: true, resolve: (n) => (n.isPlan ? (n.row as PlanRow) : null) }),
  }),
});

const GraphEdge = builder.objectRef<EdgeShape>('GraphEdge').implement({
  description: 'All facts of one type from one node to another, drawn as one edge.',
  fields: (t) => ({
    id: t.id({ description: 'Stable: source, type and target.', resolve: (e) => Buffer.from(e.key, 'utf8').toString('base64') }),
    source: t.id({ description: 'Global id of the start node.', resolve: (e) => globalIdOf(e.start) }),
    target: t.id({ description: 'Global id of the end node.', resolve: (e) => globalIdOf(e.end) }),
    type: t.string({ resolve: (e) => e.type }),
    count: t.int({ description: 'How many facts (plans × quotes) the edge stands for.', resolve: (e) => e.count }),
    plans: t.stringList({ description: 'Plan ids of those facts.', resolve: (e) => [...e.plans].sort() }),
    quote: t.string({ nullable: true, description: 'One of the quotes, for a tooltip.', resolve: (e) => e.quote }),
    factIds: t.stringList({ description: 'Ids of the facts (relationship ids).', resolve: (e) => e.factIds }),
  }),
});

const GraphPath = builder.objectRef<Subgraph['paths'][number]>('GraphPath').implement({
  fields: (t) => ({
    nodes: t.idList({ description: 'Global ids, from start to end.', resolve: (p) => p.nodes.map(globalIdOf) }),
    edges: t.idList({ description: 'Edge ids, in order.', resolve: (p) => p.edges.map((e) => Buffer.from(e.key, 'utf8').toString('base64')) }),
    length: t.int({ resolve: (p) => p.edges.length }),
  }),
});

const SubgraphRef = builder.objectRef<Subgraph>('Subgraph').implement({
  description: 'Nodes and edges, ready for a graph drawing library.',
  fields: (t) => ({
    nodes: t.field({ type: [GraphNode], resolve: (g) => g.nodes }),
    edges: t.field({ type: [GraphEdge], resolve: (g) => g.edges }),
    paths: t.field({ type: [GraphPath], description: 'paths: each path found, as ids into nodes and edges (empty for neighborhood).', resolve: (g) => g.paths }),
    truncated: t.boolean({
      description: `neighborhood: it reached ${MAX_GRAPH_NODES} nodes and stopped growing. paths: the search reached ${MAX_PATH_SEARCH_NODES} nodes before it could decide, so no path was found but one may exist (exclude hubs with maxDegree or excludeTypes, or shorten maxLength).`,
      resolve: (g) => g.truncated,
    }),
  }),
});

/** Collects nodes and (merged) edges as rows arrive. */
class SubgraphBuilder {
  readonly nodes = new Map<string, NodeShape>();
  readonly edges = new Map<string, EdgeShape>();
  truncated = false;

  node(row: EntityRow | PlanRow, isPlan: boolean, depth: number): NodeShape {
    const existing = this.nodes.get(row.id);
    if (existing) return existing;
    const shape = { key: row.id, isPlan, row, depth };
    this.nodes.set(row.id, shape);
    return shape;
  }

  /**
   * Adds a fact between two nodes of the graph to its edge. A fact met again
   * (on another path) counts once; rows without an id are distinct facts (neighborhood).
   */
  edge(row: EdgeRow): EdgeShape {
    const key = `${row.start}|${row.type}|${row.end}`;
    let edge = this.edges.get(key);
    if (!edge) {
      const [start, end] = [this.nodes.get(row.start), this.nodes.get(row.end)];
      if (!start || !end) throw new Error(`SubgraphBuilder: fact ${key} joins a node that is not in the graph`);
      edge = { key, start, end, type: row.type, plans: new Set(), count: 0, quote: null, factIds: [] };
      this.edges.set(key, edge);
    }
    if (row.id !== undefined) {
      if (edge.factIds.includes(row.id)) return edge;
      edge.factIds.push(row.id);
    }
    edge.count += 1;
    if (row.plan) edge.plans.add(row.plan);
    edge.quote ??= row.quote ?? null;
    return edge;
  }

  result(paths: Subgraph['paths'] = []): Subgraph {
    return { nodes: [...this.nodes.values()], edges: [...this.edges.values()], truncated: this.truncated, paths };
  }
}

async function startNode(context: Context, argument: string, value: string): Promise<{ row: EntityRow | PlanRow; isPlan: boolean }> {
  const { typename, id } = nodeIdArg(argument, value);
  const isPlan = typename === 'Plan';
  const rows = isPlan
    ? (await context.executor.read<{ plan: PlanRow }>('read/plans-by-id', { ids: [id] })).map((r) => r.plan)
    : (await context.executor.read<{ node: EntityRow }>('read/entities-by-id', { ids: [id] })).map((r) => r.node);
  if (!rows[0]) throw new NotFoundError(value, typename);
  return { row: rows[0], isPlan };
}

interface NeighborhoodArgs {
  id: string;
  depth?: number | null;
  relationTypes?: string[] | null;
  types?: string[] | null;
  limitPerHop?: number | null;
  plans?: string[] | null;
}

/** Whether the request selects any of `names` on the `field` list (nodes or edges) of this Subgraph. */
function selects(info: GraphQLResolveInfo, field: 'nodes' | 'edges', names: string[]): boolean {
  const typeName = field === 'nodes' ? 'GraphNode' : 'GraphEdge';
  return info.fieldNodes.some((node) =>
    selected(info, node.selectionSet!, 'Subgraph')
      .filter((f) => f.name.value === field && f.selectionSet)
      .some((f) => selected(info, f.selectionSet!, typeName).some((g) => names.includes(g.name.value))),
  );
}

/** The fact types to follow; null for all of them, so the queries check no type per relationship. */
function followedTypes(relationTypes: string[] | null | undefined): string[] | null {
  return relationTypes?.length && !FACT_TYPES.every((type) => relationTypes.includes(type)) ? relationTypes : null;
}

async function neighborhood(context: Context, args: NeighborhoodArgs, info: GraphQLResolveInfo): Promise<Subgraph> {
  const depth = inRange('depth', args.depth, 1, 3, 1);
  const limitPerHop = inRange('limitPerHop', args.limitPerHop, 1, 100, 20);
  const types = args.relationTypes?.length ? args.relationTypes : [...FACT_TYPES];
  const { typename, id } = nodeIdArg('id', args.id);
  const isPlan = typename === 'Plan';
  // Every hop in one query; it stops expanding past MAX_GRAPH_NODES, as the loop below does.
  const [row] = await context.executor.read<NeighborhoodRow>('read/neighborhood', {
    id,
    isPlan,
    types: followedTypes(args.relationTypes),
    entityTypes: args.types?.length ? args.types : null,
    plans: args.plans?.length ? args.plans.map((p) => planIdArg('plans', p)) : null,
    limit: int(limitPerHop),
    depth: int(depth),
    maxNodes: int(MAX_GRAPH_NODES),
    // Whole rows only for nodes { entity | plan }, facts' ids, plans and quotes only for edges { factIds | plans | quote }: less to send and convert.
    full: selects(info, 'nodes', ['entity', 'plan']),
    factIds: selects(info, 'edges', ['factIds']),
    provenance: selects(info, 'edges', ['plans', 'quote']),
  });
  if (!row) throw new NotFoundError(args.id, typename);
  const graph = new SubgraphBuilder();
  graph.node(row.centre, isPlan, 0);
  for (const [index, reached] of row.hops.entries()) {
    if (graph.truncated) break;
    for (const hop of reached) {
      if (graph.nodes.size >= MAX_GRAPH_NODES) {
        graph.truncated = true;
        break;
      }
      graph.node(hop.node, hop.isPlan, index + 1);
    }
  }
  // Edges only between nodes we kept (a truncated hop may name nodes we dropped).
  for (const edge of row.edges) if (graph.nodes.has(edge.start) && graph.nodes.has(edge.end)) graph.edge(edge);
  return graph.result();
}

/** What read/neighborhood returns: the centre, per hop the nodes first reached there, and each relationship once. */
type NeighborhoodRow = {
  centre: EntityRow | PlanRow;
  hops: Array<Array<{ node: EntityRow | PlanRow; isPlan: boolean }>>;
  edges: EdgeRow[];
};

interface PathsArgs {
  from: string;
  to: string;
  maxLength?: number | null;
  relationTypes?: string[] | null;
  all?: boolean | null;
  limit?: number | null;
  excludeTypes?: string[] | null;
  maxDegree?: number | null;
}

/** A fact along a hop of a found path: `out` when it starts at the hop's first node. */
interface PathFact {
  hop: [string, string];
  out: boolean;
  fact: { id: string; type: string; plan?: string | null; quote?: string | null };
}

/** What read/paths-shortest and read/path-parts return for drawing found paths (keys are element ids). */
type PathParts = {
  nodes: Array<{ key: string; node: EntityRow | PlanRow; isPlan: boolean }>;
  facts: PathFact[];
};

async function paths(context: Context, args: PathsArgs, info: GraphQLResolveInfo): Promise<Subgraph> {
  const maxLength = inRange('maxLength', args.maxLength, 1, 6, 4);
  const limit = inRange('limit', args.limit, 1, 100, 10);
  const maxDegree = args.maxDegree == null ? null : inRange('maxDegree', args.maxDegree, 1, 1_000_000, 1);
  const from = nodeIdArg('from', args.from);
  const to = nodeIdArg('to', args.to);
  const rules: PathRules = {
    types: followedTypes(args.relationTypes),
    excludeTypes: args.excludeTypes?.length ? args.excludeTypes : null,
    maxDegree: maxDegree === null ? null : int(maxDegree),
  };
  // Neo4j's own search first: one round trip. Past its time budget (a big
  // graph, hubs), the bounded BFS decides instead (`truncated` when it cannot).
  let found: Array<PathParts & { paths: string[][] }>;
  try {
    const params = {
      ...rules,
      from: from.id,
      to: to.id,
      maxLength: int(maxLength),
      all: Boolean(args.all),
      limit: int(limit),
      // Whole rows only for nodes { entity | plan }, facts' plans and quotes only for edges { plans | quote }.
      full: selects(info, 'nodes', ['entity', 'plan']),
      provenance: selects(info, 'edges', ['plans', 'quote']),
    };
    found = await context.executor.read<PathParts & { paths: string[][] }>('read/paths-shortest', params, { timeoutMs: SHORTEST_PATH_BUDGET_MS });
  } catch (error) {
    if (!(error instanceof QueryTimeoutError)) throw error;
    return boundedPaths(context, args, [from.id, to.id], rules, maxLength, args.all ? limit : 1);
  }
  if (!found[0]) return unknownEnd(context, args);
  return drawPaths(found[0].paths, found[0], false);
}

/** What a path may pass through; null: no restriction (the queries then check nothing per step). */
interface PathRules {
  types: string[] | null;
  excludeTypes: string[] | null;
  maxDegree: ReturnType<typeof int> | null;
}

/** Both ends looked up on their own, to say which one is unknown (NotFoundError). */
async function unknownEnd(context: Context, args: PathsArgs): Promise<never> {
  await Promise.all([startNode(context, 'from', args.from), startNode(context, 'to', args.to)]);
  throw new Error(`paths: the search found no end, yet both ${args.from} and ${args.to} exist`);
}

/** The bounded bidirectional BFS (path-search.ts): ~one query per level, then one for what to draw. */
async function boundedPaths(context: Context, args: PathsArgs, [fromId, toId]: [string, string], rules: PathRules, maxLength: number, limit: number): Promise<Subgraph> {
  const ends = await context.executor.read<{ id: string; key: string }>('read/path-ends', { ids: [...new Set([fromId, toId])] });
  const keyOf = (id: string) => ends.find((e) => e.id === id)?.key;
  const [fromKey, toKey] = [keyOf(fromId), keyOf(toId)];
  if (fromKey === undefined || toKey === undefined) return unknownEnd(context, args);
  const search = await searchPaths({
    from: fromKey,
    to: toKey,
    maxLength,
    limit,
    maxNodes: MAX_PATH_SEARCH_NODES,
    expand: async (frontier) => {
      const rows = await context.executor.read<{ from: string; to: string }>('read/path-expand', { ...rules, frontier, ends: [fromKey, toKey], limit: int(MAX_PATH_ROWS) });
      return { pairs: rows.map((r) => [r.from, r.to] as [string, string]), complete: rows.length < MAX_PATH_ROWS };
    },
  });
  if (search.paths.length === 0) return drawPaths([], { nodes: [], facts: [] }, search.truncated);
  const hops = new Map<string, [string, string]>();
  for (const path of search.paths) for (let i = 1; i < path.length; i++) hops.set(`${path[i - 1]}|${path[i]}`, [path[i - 1]!, path[i]!]);
  const [parts] = await context.executor.read<PathParts>('read/path-parts', { keys: [...new Set(search.paths.flat())], hops: [...hops.values()], types: rules.types });
  return drawPaths(search.paths, parts!, search.truncated);
}

/** Paths (as keys from start to end) with their nodes and facts, as a Subgraph. */
function drawPaths(keyPaths: string[][], parts: PathParts, truncated: boolean): Subgraph {
  const graph = new SubgraphBuilder();
  graph.truncated = truncated;
  const nodes = new Map(parts.nodes.map((n) => [n.key, n]));
  const facts = new Map<string, EdgeRow[]>();
  for (const { hop, out, fact } of parts.facts) {
    const [start, end] = (out ? hop : [hop[1], hop[0]]).map((key) => nodes.get(key)?.node.id);
    // An end deleted by a re-ingest since the search ran: that hop is left out below.
    if (start === undefined || end === undefined) continue;
    const key = `${hop[0]}|${hop[1]}`;
    // Fields named, not spread: keys added after a spread leave V8's fast path in Node 20 (~1.4 µs a key, 30 µs a paths answer).
    const row: EdgeRow = { id: fact.id, type: fact.type, plan: fact.plan, quote: fact.quote, start, end };
    const list = facts.get(key);
    if (list) list.push(row);
    else facts.set(key, [row]);
  }
  const found: Subgraph['paths'] = [];
  for (const path of keyPaths) {
    // A node or fact deleted by a re-ingest since the search ran: leave that path out rather than draw half of it.
    if (!path.every((key) => nodes.has(key))) continue;
    const steps = path.slice(1).map((key, i) => pickFacts(facts.get(`${path[i]}|${key}`) ?? []));
    if (steps.some((step) => step.length === 0)) continue;
    found.push({
      nodes: path.map((key, i) => graph.node(nodes.get(key)!.node, nodes.get(key)!.isPlan, i)),
      edges: steps.map((step) => step.map((fact) => graph.edge(fact))[0]!),
    });
  }
  return graph.result(found);
}

/** One drawn edge per hop: the facts of the first (type, direction) there, in the query's order. */
function pickFacts(facts: EdgeRow[]): EdgeRow[] {
  const first = facts[0];
  return first ? facts.filter((f) => f.type === first.type && f.start === first.start && f.end === first.end) : [];
}

builder.queryFields((t) => ({
  neighborhood: t.field({
    type: SubgraphRef,
    nullable: true,
    description: 'Entities and plans around one node, up to 3 hops, for drawing.',
    args: {
      id: t.arg.id({ required: true, description: 'Global or graph id of an entity or plan.' }),
      depth: t.arg.int({ required: false, defaultValue: 1, description: 'Hops, 1 to 3 (default 1).' }),
      relationTypes: t.arg({ type: [FactType], required: false, description: 'Follow only these (default: all fact types).' }),
      types: t.arg({ type: [EntityType], required: false, description: 'Only neighbours of these entity types (plans always show).' }),
      limitPerHop: t.arg.int({ required: false, defaultValue: 20, description: 'Neighbours per node and hop, 1 to 100 (default 20), by id.' }),
      plans: t.arg.stringList({ required: false, description: 'Follow only facts of these plans (plan ids; default: all plans).' }),
    },
    complexity: (args) => ({ field: 20 * inRange('depth', args.depth, 1, 3, 1) * inRange('limitPerHop', args.limitPerHop, 1, 100, 20), multiplier: 1 }),
    resolve: (_root, args, context, info) => neighborhood(context, { ...args, id: String(args.id) }, info),
  }),
  paths: t.field({
    type: SubgraphRef,
    nullable: true,
    description:
      'Shortest paths between two entities or plans (either direction), for drawing. From a node to itself: the path of length 0. No path within maxLength: no paths (truncated says whether the search had to give up first).',
    args: {
      from: t.arg.id({ required: true }),
      to: t.arg.id({ required: true }),
      maxLength: t.arg.int({ required: false, defaultValue: 4, description: 'At most this many relationships, 1 to 6 (default 4).' }),
      relationTypes: t.arg({ type: [FactType], required: false, description: 'Follow only these (default: all fact types).' }),
      all: t.arg.boolean({ required: false, defaultValue: false, description: 'Every shortest path, not just one.' }),
      limit: t.arg.int({ required: false, defaultValue: 10, description: 'With all: at most this many paths, 1 to 100 (default 10).' }),
      excludeTypes: t.arg({ type: [EntityType], required: false, description: 'Paths may not pass through entities of these types (the two ends may be of them).' }),
      maxDegree: t.arg.int({
        required: false,
        description: 'Paths may not pass through a node with more than this many facts, e.g. a province that half the graph is located in (the two ends may). Default: no limit.',
      }),
    },
    complexity: { field: 50, multiplier: 1 },
    resolve: (_root, args, context, info) => paths(context, { ...args, from: String(args.from), to: String(args.to) }, info),
  }),
}));
