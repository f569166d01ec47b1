// nodes.csv + relationships.csv (RFC 4180: CRLF rows, fields quoted when they
// hold a comma, quote, line break or edge spaces; quotes doubled). One column
// per property; lists are JSON arrays so `;` or `,` inside names stay unambiguous.
import type { ExtractedGraph, Properties, Scalar } from '../../extract/types.js';

export function csvField(value: Scalar | Scalar[] | undefined): string {
  if (value === undefined || value === null) return '';
  const text = Array.isArray(value) ? JSON.stringify(value) : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function table(header: string[], rows: (Scalar | Scalar[] | undefined)[][]): string {
  return [header, ...rows].map((row) => row.map((v) => csvField(v)).join(',')).join('\r\n') + '\r\n';
}

function propertyColumns(rows: Properties[], fixed: string[]): string[] {
  const names = new Set<string>();
  for (const row of rows) for (const name of Object.keys(row)) if (!fixed.includes(name)) names.add(name);
  return [...names].sort();
}

export function toCsv(graph: ExtractedGraph): { nodes: string; relationships: string } {
  const nodeFixed = ['id', 'labels', 'type', 'name', 'aliases'];
  const nodeProps = propertyColumns(graph.nodes.map((n) => n.properties), nodeFixed);
  const nodes = table(
    [...nodeFixed, ...nodeProps],
    graph.nodes.map((n) => [
      n.id,
      ['Plan', 'Section', 'Paragraph'].includes(n.type) ? n.type : `Entity;${n.type}`,
      n.type,
      n.name,
      n.aliases,
      ...nodeProps.map((p) => n.properties[p]),
    ]),
  );
  // source/target, not start/end: start and end are provenance offsets.
  const relFixed = ['id', 'type', 'source', 'target'];
  const relProps = propertyColumns(graph.relationships.map((r) => r.properties), relFixed);
  const relationships = table(
    [...relFixed, ...relProps],
    graph.relationships.map((r) => [r.properties.id, r.type, r.start, r.end, ...relProps.map((p) => r.properties[p])]),
  );
  return { nodes, relationships };
}
