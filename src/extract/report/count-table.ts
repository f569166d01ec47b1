// Plain-text tables for people: rows × columns of counts, aligned.
import { ENTITY_TYPES, RELATION_TYPES, type PlanExtraction } from '../types.js';

export function textTable(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const width = header.map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? '')].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0))));
  const pad = (s: string, w: number, right: boolean) => {
    const len = [...s].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
    return right ? ' '.repeat(w - len) + s : s + ' '.repeat(w - len);
  };
  const line = (r: string[]) => r.map((c, i) => pad(c, width[i]!, i > 0)).join('  ');
  return [line(header), width.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** Entities per type and relationships per type, one row per plan. */
export function countTable(extractions: PlanExtraction[]): string {
  const entityRows = extractions.map((e) => [e.planId, ...ENTITY_TYPES.map((t) => e.nodes.filter((n) => n.type === t).length)]);
  const relationRows = extractions.map((e) => [e.planId, ...RELATION_TYPES.map((t) => e.relationships.filter((r) => r.type === t).length)]);
  return [
    'Entities per plan',
    textTable(['plan', ...ENTITY_TYPES], entityRows),
    '',
    'Relationships per plan',
    textTable(['plan', ...RELATION_TYPES], relationRows),
  ].join('\n');
}
