// Graph records → the extract format (src/extract/types.ts), the one shape
// every export starts from. Undoes what the loader changed: the Plan goes
// back to its extraction id `Plan:<id>`, renamed Plan properties get their
// extraction names, and the loader's bookkeeping (contentHash, ingestedAt on a
// Plan, planCount on an entity: a count over the whole graph) stays out.
import { ENTITY_TYPES, type GraphNode, type GraphRelationship, type NodeType, type RelationType } from '../../extract/types.js';
import { planNodeId } from '../../extract/ids.js';
import { PLAN_PROPERTY_NAMES } from '../ingest/rows.js';
import { readProperties } from '../ingest/properties.js';
import type { NodeRecord, RelationshipRecord } from './types.js';

const TOP_LEVEL = ['id', 'type', 'name', 'aliases'];
const BOOKKEEPING = ['contentHash', 'ingestedAt'];

function nodeType(labels: string[]): NodeType {
  for (const label of ['Plan', 'Section', 'Paragraph', ...ENTITY_TYPES] as const) if (labels.includes(label)) return label;
  throw new Error(`A node with labels [${labels.join(', ')}] is not part of the PlanGraph model`);
}

export function toGraphNode(record: NodeRecord): GraphNode {
  const type = nodeType(record.labels);
  const properties = readProperties(record.properties);
  const name = String(properties.name ?? record.id);
  const aliases = Array.isArray(properties.aliases) ? properties.aliases.map(String) : [];
  for (const key of TOP_LEVEL) delete properties[key];
  delete properties.planCount;
  if (type === 'Plan') {
    for (const key of BOOKKEEPING) delete properties[key];
    for (const [extracted, stored] of Object.entries(PLAN_PROPERTY_NAMES)) {
      if (stored in properties) {
        properties[extracted] = properties[stored] ?? null;
        delete properties[stored];
      }
    }
  }
  const id = type === 'Plan' ? planNodeId(record.id) : record.id;
  return { id, type, name, aliases, properties };
}

export function toGraphRelationship(record: RelationshipRecord): GraphRelationship {
  const properties = readProperties(record.properties);
  return {
    type: record.type as RelationType,
    start: record.startIsPlan ? planNodeId(record.start) : record.start,
    end: record.endIsPlan ? planNodeId(record.end) : record.end,
    properties: { ...properties, id: record.id },
  };
}
