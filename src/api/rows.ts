// The shapes resolvers receive: rows of the read queries in cypher/read/, as
// the executor returns them (plain values, Neo4j properties as stored; see
// cypher/README.md for the model). Types only.
import type { EntityType } from '../extract/types.js';

/** An entity node's properties: `id` is the graph id, e.g. `Enterprise:鞍钢集团有限公司`. */
export interface EntityRow {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
}

export interface PlanRow {
  id: string; // the plan id, e.g. anshan-14fyp
  name: string; // full title
  shortTitle?: string;
  issuer?: string;
  regionName?: string;
  regionLevel?: string;
  regionParents?: string[];
  period?: string;
  issued?: string;
  docNumber?: string;
  kind?: string;
  file?: string;
  ingestedAt?: string;
}

export interface SectionRow {
  id: string;
  plan: string;
  name: string;
  kind: string;
  number?: string;
  heading: string;
  path: string[];
  line: number;
  start: number;
  end: number;
}

export interface ParagraphRow {
  id: string;
  plan: string;
  text: string;
  section: string;
  line: number;
  start: number;
  end: number;
}

/** Provenance every fact relationship carries (flat, as stored). */
export interface FactRow {
  id: string;
  plan: string;
  section: string;
  paragraph?: string;
  quote: string;
  start: number;
  end: number;
  line: number;
  rule: string;
}

/** A MENTIONED_IN fact plus its section's path and heading (read/entity-mentions). */
export interface MentionRow extends FactRow {
  sectionPath: string[];
  sectionHeading: string;
}

/** A node of `neighborhood`/`paths` results: an entity or a plan. */
export type GraphNodeRow = { kind: 'entity'; row: EntityRow } | { kind: 'plan'; row: PlanRow };

/** One relationship as `neighborhood`/`paths` read it (neighborhood sends id, plan and quote only when selected). */
export interface EdgeRow {
  id?: string;
  type: string;
  start: string; // graph id of the start node
  end: string;
  plan?: string | null;
  quote?: string | null;
}

/** A stored property the row type does not name (type-specific ones: level, unit, lead…). */
export function prop(row: object, name: string): unknown {
  return (row as Record<string, unknown>)[name] ?? null;
}
