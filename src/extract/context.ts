// What every relation rule reads: the document, the resolved mentions with
// their provenance, and the graph being built.
import type { Message, PlanDocument } from '../text/types.js';
import type { Entity } from './entity.js';
import type { GazetteerIndex } from './gazetteer-index.js';
import type { Mention } from './mentions/mention.js';
import type { RegionContext } from './region.js';
import type { Resolver } from './resolve.js';
import type { GraphNode, Properties, Provenance, RelationType } from './types.js';
import type { DocumentWalk, TextUnit } from './units.js';

/** A mention with the entity it names and where it is in the original file. */
export interface Found {
  mention: Mention;
  entity: Entity;
  provenance: Provenance;
}

/** Where a relation rule states nodes and facts: its own Facts (relations/facts.ts), replayed into the plan's graph. */
export interface GraphSink {
  addNode(node: GraphNode): void;
  addRelationship(type: RelationType, start: string, end: string, provenance: Provenance, extra?: Properties): string;
}

export interface ExtractionContext {
  doc: PlanDocument;
  index: GazetteerIndex;
  region: RegionContext;
  resolver: Resolver;
  /** The rule's own sink (relations/rules.ts gives each rule a fresh one). */
  graph: GraphSink;
  /** The rule's own messages (likewise fresh per rule). */
  messages: Message[];
  walk: DocumentWalk;
  /** Resolved mentions in document order. */
  found: Found[];
  /** Resolved mentions per unit id, in text order. */
  byUnit: Map<string, Found[]>;
  /** The area an `area` section is about (000 chapter 12: `海城市。`), per section id. */
  areaOfSection: Map<string, Entity>;
  /** The entity for the plan's own region, when the gazetteer has it. */
  regionEntity?: Entity;
  unitOf(id: string): TextUnit | undefined;
}

export const EXTRACT_SOURCE = 'plangraph:extract';

/** The area of the innermost area sub-section a unit sits in (000 chapter 12: `海城市。…`), if any. */
export function areaOf(unit: { sections: readonly { id: string }[] }, areaOfSection: ReadonlyMap<string, Entity>): Entity | undefined {
  return unit.sections.map((s) => areaOfSection.get(s.id)).filter((e): e is Entity => e !== undefined).pop();
}

/** What a relation rule reads: everything but the sinks it writes to. */
export type RelateContext = Readonly<Omit<ExtractionContext, 'graph' | 'messages'>>;
