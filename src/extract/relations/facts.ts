// What a relation rule returns: the nodes and facts it states and the
// messages it has for the analyst, in the order it stated them. The runner
// (extract/index.ts) adds them to the plan's graph rule by rule, so a rule
// reads the mentions, never what another rule wrote.
import type { Message } from '../../text/types.js';
import type { GraphSink } from '../context.js';
import { factId } from '../ids.js';
import type { GraphNode, Properties, Provenance, RelationType } from '../types.js';

type Stated = { node: GraphNode } | { type: RelationType; start: string; end: string; provenance: Provenance; extra: Properties };

export class Facts implements GraphSink {
  readonly stated: Stated[] = [];
  readonly messages: Message[] = [];
  /** Set when the rule threw: what it stated before still counts, as it did when rules wrote to the graph. */
  failure?: { what: string; error: unknown };

  addNode(node: GraphNode): void {
    this.stated.push({ node });
  }

  /** The fact's id, as the graph will give it (ids.ts factId). */
  addRelationship(type: RelationType, start: string, end: string, provenance: Provenance, extra: Properties = {}): string {
    this.stated.push({ type, start, end, provenance, extra });
    return factId(type, start, end, provenance.plan, provenance.start, provenance.end);
  }

  /** Replays what was stated, in order, into `graph`. */
  applyTo(graph: GraphSink, onFact?: (type: RelationType, start: string, end: string, provenance: Provenance) => void): void {
    for (const s of this.stated) {
      if ('node' in s) graph.addNode(s.node);
      else {
        graph.addRelationship(s.type, s.start, s.end, s.provenance, s.extra);
        onFact?.(s.type, s.start, s.end, s.provenance);
      }
    }
  }
}
