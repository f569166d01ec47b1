// Collects one plan's nodes and relationships, merging repeats by id, and
// returns them sorted so the output is byte-stable run to run.
import { factId } from './ids.js';
import type { ExtractedGraph, GraphNode, GraphRelationship, Properties, Provenance, RelationType } from './types.js';

export class GraphBuilder {
  private nodes = new Map<string, GraphNode>();
  private relationships = new Map<string, GraphRelationship>();

  addNode(node: GraphNode): void {
    const seen = this.nodes.get(node.id);
    if (!seen) {
      const { entry: _entry, ...plain } = node as GraphNode & { entry?: unknown };
      this.nodes.set(node.id, { ...plain, aliases: [...node.aliases], properties: { ...node.properties } });
      return;
    }
    mergeNode(seen, node);
  }

  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  /** Adds a fact; the same type, endpoints and place give the same id, so repeats collapse. */
  addRelationship(type: RelationType, start: string, end: string, provenance: Provenance, extra: Properties = {}): string {
    const id = factId(type, start, end, provenance.plan, provenance.start, provenance.end);
    if (!this.relationships.has(id)) {
      this.relationships.set(id, { type, start, end, properties: { ...provenance, ...extra, id } });
    }
    return id;
  }

  finish(): ExtractedGraph {
    return {
      nodes: [...this.nodes.values()].sort((a, b) => compare(a.id, b.id)),
      relationships: [...this.relationships.values()].sort((a, b) => compare(a.properties.id, b.properties.id)),
    };
  }
}

/** Union of aliases; properties already set are kept, so the first writer (ordered by id) wins. */
export function mergeNode(into: GraphNode, from: GraphNode): void {
  for (const alias of from.aliases) if (!into.aliases.includes(alias)) into.aliases.push(alias);
  into.aliases.sort(compare);
  for (const [key, value] of Object.entries(from.properties)) if (!(key in into.properties)) into.properties[key] = value;
}

export const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
