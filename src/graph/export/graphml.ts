// GraphML that Gephi (and yEd, NetworkX) open: every attribute declared as a
// <key> with a type, node labels and types as attributes, Gephi's `label`
// for display, lists as JSON text, XML-escaped and without characters XML 1.0 forbids.
import type { ExtractedGraph, Properties, Scalar } from '../../extract/types.js';

type GraphMLType = 'boolean' | 'long' | 'double' | 'string';

// Characters XML 1.0 cannot carry, even escaped: C0 controls other than tab/LF/CR,
// lone surrogates, U+FFFE/U+FFFF.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function typeOf(value: Scalar | Scalar[]): GraphMLType | undefined {
  if (value === null) return undefined;
  if (Array.isArray(value)) return 'string';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'double';
  return 'string';
}

/** The narrowest type that holds every value a key takes. */
function merge(a: GraphMLType | undefined, b: GraphMLType | undefined): GraphMLType | undefined {
  if (a === undefined || a === b) return b ?? a;
  if (b === undefined) return a;
  if ((a === 'long' && b === 'double') || (a === 'double' && b === 'long')) return 'double';
  return 'string';
}

function text(value: Scalar | Scalar[]): string {
  return Array.isArray(value) ? JSON.stringify(value) : String(value);
}

interface Key {
  id: string;
  name: string;
  type: GraphMLType;
}

function declare(prefix: string, rows: Properties[], reserved: Set<string>): Map<string, Key> {
  const types = new Map<string, GraphMLType | undefined>();
  for (const row of rows) for (const [name, value] of Object.entries(row)) if (!reserved.has(name)) types.set(name, merge(types.get(name), typeOf(value)));
  const keys = new Map<string, Key>();
  [...types.keys()].sort().forEach((name, i) => keys.set(name, { id: `${prefix}${i}`, name, type: types.get(name) ?? 'string' }));
  return keys;
}

const data = (key: string, value: Scalar | Scalar[]) => (value === null ? '' : `<data key="${key}">${escapeXml(text(value))}</data>`);

export function toGraphML(graph: ExtractedGraph): string {
  const nodeReserved = new Set(['label', 'labels', 'type', 'aliases']);
  // `id` is the edge's own XML id already; Gephi treats an `id` column as its Id.
  const edgeReserved = new Set(['id', 'label', 'type']);
  const nodeKeys = declare('n', graph.nodes.map((n) => n.properties), nodeReserved);
  const edgeKeys = declare('e', graph.relationships.map((r) => r.properties), edgeReserved);
  const keyLine = (key: Key, domain: 'node' | 'edge') =>
    `  <key id="${key.id}" for="${domain}" attr.name="${escapeXml(key.name)}" attr.type="${key.type}"/>`;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '         xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="labels" for="node" attr.name="labels" attr.type="string"/>',
    '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
    '  <key id="aliases" for="node" attr.name="aliases" attr.type="string"/>',
    ...[...nodeKeys.values()].map((k) => keyLine(k, 'node')),
    '  <key id="edge_label" for="edge" attr.name="label" attr.type="string"/>',
    '  <key id="edge_type" for="edge" attr.name="type" attr.type="string"/>',
    ...[...edgeKeys.values()].map((k) => keyLine(k, 'edge')),
    '  <graph id="plangraph" edgedefault="directed">',
  ];
  for (const node of graph.nodes) {
    const labels = ['Plan', 'Section', 'Paragraph'].includes(node.type) ? node.type : `Entity:${node.type}`;
    const fields = [data('label', node.name), data('labels', labels), data('type', node.type), data('aliases', node.aliases)];
    for (const [name, value] of Object.entries(node.properties)) {
      const key = nodeKeys.get(name);
      if (key) fields.push(data(key.id, value));
    }
    out.push(`    <node id="${escapeXml(node.id)}">${fields.join('')}</node>`);
  }
  for (const rel of graph.relationships) {
    const fields = [data('edge_label', rel.type), data('edge_type', rel.type)];
    for (const [name, value] of Object.entries(rel.properties)) {
      const key = edgeKeys.get(name);
      if (key) fields.push(data(key.id, value));
    }
    const id = escapeXml(rel.properties.id);
    out.push(`    <edge id="${id}" source="${escapeXml(rel.start)}" target="${escapeXml(rel.end)}">${fields.join('')}</edge>`);
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
