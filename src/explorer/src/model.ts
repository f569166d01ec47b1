// What is on the canvas: a graphology multigraph of entities and plans, and
// for every node the reasons it is there (origins: a search pick, an
// expansion, a path), so an expansion can be collapsed again without losing
// nodes that something else put there.
import { MultiDirectedGraph } from 'graphology';
import { colorOf, sizeFor } from './types.js';

export interface NodeAttrs {
  label: string;
  kind: string; // entity type or Plan (sigma reserves `type` for its node programs)
  graphId: string;
  x: number;
  y: number;
  size: number;
  color: string;
  fixed?: boolean;
  origins: string[];
}

export interface EdgeAttrs {
  label: string;
  relation: string;
  plans: string[];
  factIds: string[];
  count: number;
  size: number;
  color: string;
  type: 'arrow';
}

export type Graph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

export interface ApiNode {
  id: string;
  graphId: string;
  label: string;
  type: string;
}

export interface ApiEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  count: number;
  plans: string[];
  factIds: string[];
}

export function createGraph(): Graph {
  return new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
}

/** Adds (or tags) nodes and edges from an API subgraph; new nodes start near `near` (or the centre). */
export function addSubgraph(graph: Graph, nodes: ApiNode[], edges: ApiEdge[], origin: string, near?: string): string[] {
  const added: string[] = [];
  const anchor = near && graph.hasNode(near) ? graph.getNodeAttributes(near) : { x: 0, y: 0 };
  const spread = Math.max(1, Math.sqrt(graph.order + nodes.length)) * 2;
  for (const n of nodes) {
    if (graph.hasNode(n.id)) {
      const origins = graph.getNodeAttribute(n.id, 'origins');
      if (!origins.includes(origin)) graph.setNodeAttribute(n.id, 'origins', [...origins, origin]);
      continue;
    }
    const angle = Math.random() * 2 * Math.PI;
    graph.addNode(n.id, {
      label: n.label,
      kind: n.type,
      graphId: n.graphId,
      x: anchor.x + Math.cos(angle) * spread * Math.random(),
      y: anchor.y + Math.sin(angle) * spread * Math.random(),
      size: sizeFor(n.type),
      color: colorOf(n.type),
      origins: [origin],
    });
    added.push(n.id);
  }
  for (const e of edges) addEdge(graph, e);
  return added;
}

export function addEdge(graph: Graph, e: ApiEdge): void {
  if (graph.hasEdge(e.id) || !graph.hasNode(e.source) || !graph.hasNode(e.target)) return;
  graph.addDirectedEdgeWithKey(e.id, e.source, e.target, {
    label: e.count > 1 ? `${e.type} ×${e.count}` : e.type,
    relation: e.type,
    plans: e.plans,
    factIds: e.factIds,
    count: e.count,
    size: Math.min(1.5 + Math.log2(e.count), 5),
    color: '#b8c0cc',
    type: 'arrow',
  });
}

/** Removes `origin` from every node; nodes left with no reason to be there go. Returns the removed ids. */
export function collapse(graph: Graph, origin: string, keep: string): string[] {
  const removed: string[] = [];
  graph.forEachNode((id, attrs) => {
    if (!attrs.origins.includes(origin)) return;
    const origins = attrs.origins.filter((o) => o !== origin);
    if (origins.length === 0 && id !== keep) removed.push(id);
    else graph.setNodeAttribute(id, 'origins', origins);
  });
  for (const id of removed) graph.dropNode(id);
  return removed;
}

/** { nodes, edges } of the current view, for JSON export and tests. */
export function toJSON(graph: Graph) {
  return {
    nodes: graph.mapNodes((id, a) => ({ id, graphId: a.graphId, label: a.label, type: a.kind, x: a.x, y: a.y, pinned: Boolean(a.fixed) })),
    edges: graph.mapEdges((id, a, source, target) => ({ id, source, target, type: a.relation, count: a.count, plans: a.plans, factIds: a.factIds })),
  };
}
