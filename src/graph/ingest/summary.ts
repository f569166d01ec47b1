// The ingest report: one row per plan, then rows written per type with how
// many entities were already in the graph (new = written − existing).
import { ENTITY_TYPES } from '../../extract/types.js';
import { textTable } from '../text-table.js';
import type { PlanLoadResult } from './load-plan.js';

export interface IngestReportRow {
  result: PlanLoadResult;
  extractMs: number;
}

const DOCUMENT_KINDS = ['Plan', 'Section', 'Paragraph'];
const isEntity = (kind: string) => (ENTITY_TYPES as readonly string[]).includes(kind);
const seconds = (ms: number) => (ms / 1000).toFixed(2);

export function facts(result: PlanLoadResult): number {
  return Object.entries(result.written)
    .filter(([kind]) => !DOCUMENT_KINDS.includes(kind) && !isEntity(kind) && kind !== 'PART_OF')
    .reduce((sum, [, n]) => sum + n, 0);
}

function entities(result: PlanLoadResult): { written: number; existing: number } {
  const written = Object.entries(result.written).filter(([k]) => isEntity(k)).reduce((s, [, n]) => s + n, 0);
  const existing = Object.values(result.existing).reduce((s, n) => s + n, 0);
  return { written, existing };
}

export function formatIngestReport(rows: IngestReportRow[], totalMs: number): string {
  const plans = textTable(
    ['plan', 'status', 'sections', 'paragraphs', 'entities', 'new', 'existing', 'facts', 'extract s', 'write s'],
    rows.map(({ result, extractMs }) => {
      const e = entities(result);
      return [
        result.planId,
        result.status,
        result.written.Section ?? 0,
        result.written.Paragraph ?? 0,
        e.written,
        e.written - e.existing,
        e.existing,
        facts(result),
        seconds(extractMs),
        seconds(result.ms),
      ];
    }),
  );
  const kinds = new Map<string, { written: number; existing: number }>();
  for (const { result } of rows) {
    for (const [kind, n] of Object.entries(result.written)) {
      const entry = kinds.get(kind) ?? { written: 0, existing: 0 };
      entry.written += n;
      entry.existing += result.existing[kind] ?? 0;
      kinds.set(kind, entry);
    }
  }
  const order = (k: string) => (DOCUMENT_KINDS.includes(k) ? 0 : isEntity(k) ? 1 : 2);
  const types = textTable(
    ['type', 'written', 'new', 'existing'],
    [...kinds]
      .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
      .map(([kind, { written, existing }]) => (isEntity(kind) ? [kind, written, written - existing, existing] : [kind, written, '', ''])),
  );
  const unchanged = rows.filter((r) => r.result.status === 'unchanged').length;
  const footer =
    `${rows.length} plan(s) in ${seconds(totalMs)} s` +
    (unchanged ? `, ${unchanged} unchanged (skipped; --force rewrites them)` : '') +
    '. existing = entities already in the graph through other plans; new = the rest.';
  return kinds.size > 0 ? `${plans}\n\n${types}\n\n${footer}` : `${plans}\n\n${footer}`;
}
