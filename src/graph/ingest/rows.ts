// PlanExtraction → the rows the load queries take. Pure, so the shape of
// what reaches Neo4j is unit-tested without a database. Bad input (a
// relationship to a node the extraction lacks, a shape the model has no query
// for) fails here with the offending ids instead of silently writing less.
import { ENTITY_TYPES, type EntityType, type GraphNode, type PlanExtraction } from '../../extract/types.js';
import { storeProperties } from './properties.js';
import type { EntityRow, NodeRow, PlanRows, RelationshipQuery, RelationshipRow } from './types.js';

export class InvalidExtractionError extends Error {
  constructor(planId: string, problem: string) {
    super(`Extraction of plan "${planId}" cannot be loaded: ${problem}`);
    this.name = 'InvalidExtractionError';
  }
}

type Group = 'Plan' | 'Section' | 'Paragraph' | 'Entity';

/** The relationship shapes of the model, each with the query that merges it. */
const SHAPES: Record<string, RelationshipQuery> = {
  'PART_OF Section→Plan': 'load/create-rel-part-of-section-plan',
  'PART_OF Section→Section': 'load/create-rel-part-of-section-section',
  'PART_OF Paragraph→Section': 'load/create-rel-part-of-paragraph-section',
  'LOCATED_IN Entity→Entity': 'load/create-rel-located-in',
  'LED_BY Entity→Entity': 'load/create-rel-led-by',
  'HOSTS Entity→Entity': 'load/create-rel-hosts',
  'DEVELOPS Entity→Entity': 'load/create-rel-develops',
  'INVOLVES Entity→Entity': 'load/create-rel-involves',
  'MENTIONED_IN Entity→Section': 'load/create-rel-mentioned-in',
  'HAS_TARGET Plan→Entity': 'load/create-rel-has-target',
};

const isEntityType = (type: string): type is EntityType => (ENTITY_TYPES as readonly string[]).includes(type);

function groupOf(node: GraphNode): Group {
  if (node.type === 'Plan' || node.type === 'Section' || node.type === 'Paragraph') return node.type;
  return 'Entity';
}

/** Keys the loader sets itself; an extraction property of that name is ignored. */
const RESERVED = new Set(['id', 'plan', 'type', 'name', 'aliases', 'contentHash', 'ingestedAt']);

/** Plan properties the graph model names differently from the extraction (export maps back). */
export const PLAN_PROPERTY_NAMES: Record<string, string> = { region: 'regionName' };

function documentRow(node: GraphNode, id: string, planId: string): NodeRow {
  const row: NodeRow = { ...storeProperties(node.properties, RESERVED), id, name: node.name };
  if (node.type === 'Plan') {
    for (const [from, to] of Object.entries(PLAN_PROPERTY_NAMES)) {
      const value = row[from];
      delete row[from];
      if (value !== undefined && row[to] === undefined) row[to] = value;
    }
  } else row.plan = planId;
  if (node.aliases.length > 0) row.aliases = [...node.aliases];
  if (node.type === 'Section' && row.heading === undefined) row.heading = node.name;
  if (node.type === 'Paragraph' && row.text === undefined) row.text = node.name;
  return row;
}

/** Entities keep a `plan` the extraction gives them (Tasks: each belongs to one plan). */
const ENTITY_RESERVED = new Set([...RESERVED].filter((key) => key !== 'plan'));

function entityRow(node: GraphNode & { type: EntityType }): EntityRow {
  const props = { ...storeProperties(node.properties, ENTITY_RESERVED), id: node.id, type: node.type, name: node.name };
  return { id: node.id, props, aliases: [...new Set(node.aliases)] };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function planRows(extraction: PlanExtraction): PlanRows {
  const { planId } = extraction;
  const fail = (problem: string): never => {
    throw new InvalidExtractionError(planId, problem);
  };

  const plans = extraction.nodes.filter((n) => n.type === 'Plan');
  if (plans.length !== 1) fail(`expected one Plan node, found ${plans.length}`);
  const planNode = plans[0]!;
  // The Plan node is stored under the plan id itself, so `r.plan` and
  // `Section.plan` join it directly; relationships naming its extraction id follow.
  const storedId = (id: string) => (id === planNode.id ? planId : id);

  const nodes = new Map<string, GraphNode>();
  const sections: NodeRow[] = [];
  const paragraphs: NodeRow[] = [];
  const entityNodes: (GraphNode & { type: EntityType })[] = [];
  for (const node of extraction.nodes) {
    const known = nodes.get(node.id);
    if (known) {
      if (known.type !== node.type) fail(`node id "${node.id}" is both ${known.type} and ${node.type}`);
      continue; // the same node listed twice: the first one wins
    }
    nodes.set(node.id, node);
    if (node.type === 'Section') sections.push(documentRow(node, node.id, planId));
    else if (node.type === 'Paragraph') paragraphs.push(documentRow(node, node.id, planId));
    else if (isEntityType(node.type)) entityNodes.push(node as GraphNode & { type: EntityType });
    else if (node.type !== 'Plan') fail(`node "${node.id}" has unknown type "${String(node.type)}"`);
  }

  const relationships = new Map<RelationshipQuery, RelationshipRow[]>();
  const seen = new Map<string, string>();
  for (const rel of extraction.relationships) {
    const start = nodes.get(rel.start) ?? fail(`${rel.type} ${rel.properties.id} starts at "${rel.start}", which is not a node of the extraction`);
    const end = nodes.get(rel.end) ?? fail(`${rel.type} ${rel.properties.id} ends at "${rel.end}", which is not a node of the extraction`);
    const shape = `${rel.type} ${groupOf(start)}→${groupOf(end)}`;
    const query = SHAPES[shape] ?? fail(`${rel.properties.id}: no load query for ${shape} (see cypher/README.md for the model)`);
    const { id } = rel.properties;
    if (typeof id !== 'string' || id === '') fail(`a ${rel.type} relationship from "${rel.start}" has no id`);
    if (rel.properties.plan != null && rel.properties.plan !== planId) {
      fail(`${id} says it belongs to plan "${String(rel.properties.plan)}"`);
    }
    const key = `${rel.type} ${rel.start} ${rel.end}`;
    const before = seen.get(id);
    if (before !== undefined) {
      if (before !== key) fail(`relationship id "${id}" is used for two different facts (${before} / ${key})`);
      continue;
    }
    seen.set(id, key);
    const props = { ...storeProperties(rel.properties, new Set(['id', 'plan'])), id, plan: planId };
    push(relationships, query, { start: storedId(rel.start), end: storedId(rel.end), props });
  }

  // An entity exists in the graph through facts: one no relationship touches
  // would be an orphan that no plan owns and no re-ingest could clear.
  const linked = new Set(extraction.relationships.flatMap((r) => [r.start, r.end]));
  const entities = new Map<EntityType, EntityRow[]>();
  const unlinked: string[] = [];
  for (const node of entityNodes) {
    if (linked.has(node.id)) push(entities, node.type, entityRow(node));
    else unlinked.push(node.id);
  }
  const plan = documentRow(planNode, planId, planId);
  return { planId, plan, sections, paragraphs, entities, relationships, unlinked };
}
