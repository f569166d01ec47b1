// neo4j-driver values → plain JSON-friendly JS, so nothing above the executor
// sees driver classes. Integers become numbers when safe (counts, offsets);
// larger ones stay exact as bigint rather than silently losing digits.
import neo4j, { type Record as Neo4jRecord } from 'neo4j-driver';

export type Row = Record<string, unknown>;

export function toRow(record: Neo4jRecord): Row {
  const row: Row = {};
  for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
  return row;
}

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Strings, numbers and booleans are most of every row: skip the driver's type tests for them.
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  // Maps next: driver classes (Integer, Node…) have prototypes of their own.
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const out: Row = {};
    for (const key in value) out[key] = toPlain((value as Row)[key]);
    return out;
  }
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toBigInt();
  if (neo4j.isNode(value)) {
    return { elementId: value.elementId, labels: value.labels, properties: toPlain(value.properties) };
  }
  if (neo4j.isRelationship(value)) {
    return {
      elementId: value.elementId,
      type: value.type,
      startNodeElementId: value.startNodeElementId,
      endNodeElementId: value.endNodeElementId,
      properties: toPlain(value.properties),
    };
  }
  if (neo4j.isPath(value)) {
    return { start: toPlain(value.start), end: toPlain(value.end), segments: value.segments.map((s) => ({ start: toPlain(s.start), relationship: toPlain(s.relationship), end: toPlain(s.end) })) };
  }
  if (neo4j.isPoint(value)) return { srid: toPlain(value.srid), x: value.x, y: value.y, z: value.z ?? null };
  if (isTemporal(value)) return String(value); // ISO 8601, as Cypher prints it
  return value;
}

function isTemporal(value: unknown): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  );
}
