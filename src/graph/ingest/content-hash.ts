// A plan's content hash: sha256 of its extraction in canonical form (nodes
// and relationships sorted by id, object keys sorted, messages left out) and
// of the loader version. Unchanged hash ⇒ the graph already holds exactly
// this plan, so a re-ingest can skip the write.
import { createHash } from 'node:crypto';
import type { PlanExtraction } from '../../extract/types.js';

/** Bump when the loader writes the same extraction differently. */
export const LOADER_VERSION = 1;

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

const byKey = <T>(key: (item: T) => string) => (a: T, b: T) => {
  const ka = key(a);
  const kb = key(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

export function extractionHash(extraction: PlanExtraction): string {
  const nodes = [...extraction.nodes].sort(byKey((n) => n.id));
  const relationships = [...extraction.relationships].sort(byKey((r) => `${r.properties.id}\u0000${r.type}`));
  const body = JSON.stringify(canonical({ loader: LOADER_VERSION, planId: extraction.planId, nodes, relationships }));
  return createHash('sha256').update(body).digest('hex');
}
