// What the loader writes for one plan, grouped the way Cypher needs it: one
// named query per label and per relationship shape (labels cannot be
// parameters), each fed batches of `UNWIND $rows`.
import type { EntityType } from '../../extract/types.js';
import type { StoredProperties } from './properties.js';

/** A node row: every property, `id` included (`SET n = row`). */
export type NodeRow = StoredProperties & { id: string };

/** Entities are shared: properties merge (`+=`) and aliases accumulate. */
export interface EntityRow {
  id: string;
  props: StoredProperties & { id: string; type: string; name: string };
  aliases: string[];
}

export interface RelationshipRow {
  start: string;
  end: string;
  props: StoredProperties & { id: string; plan: string };
}

/** Named queries under cypher/load/ that merge relationships, by endpoint shape. */
export const RELATIONSHIP_QUERIES = [
  'load/create-rel-part-of-section-plan',
  'load/create-rel-part-of-section-section',
  'load/create-rel-part-of-paragraph-section',
  'load/create-rel-located-in',
  'load/create-rel-led-by',
  'load/create-rel-hosts',
  'load/create-rel-develops',
  'load/create-rel-involves',
  'load/create-rel-mentioned-in',
  'load/create-rel-has-target',
] as const;
export type RelationshipQuery = (typeof RELATIONSHIP_QUERIES)[number];

export interface PlanRows {
  planId: string;
  /** Plan node properties without contentHash and ingestedAt (set when written). */
  plan: NodeRow;
  sections: NodeRow[];
  paragraphs: NodeRow[];
  entities: Map<EntityType, EntityRow[]>;
  relationships: Map<RelationshipQuery, RelationshipRow[]>;
  /** Entity ids of the extraction that no relationship touches: not written. */
  unlinked: string[];
}

/** One named query run inside a plan's transaction. */
export interface LoadStep {
  query: string;
  params: Record<string, unknown>;
  /** Rows the query must report as `written` (0: a clearing step, not checked). */
  expect: number;
  /** What the step writes, for counts: `Section`, `Enterprise`, `MENTIONED_IN`… */
  kind: string;
}
