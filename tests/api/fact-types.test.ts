// neighborhood and paths spell the fact types in their patterns (typed
// expansion: 905 → 711 and 955 → 548 db hits) and narrow them with $types.
// So the spelled list must be the FactType enum's, or a new fact type would
// silently never be followed.
import { describe, expect, it } from 'vitest';
import { FACT_TYPES } from '../../src/api/schema/graph.js';
import { query } from '../../src/graph/queries.js';

describe('fact types spelled in the traversal queries', () => {
  it.each(['read/neighborhood', 'read/path-expand', 'read/path-parts', 'read/paths-shortest'])('%s expands exactly the FactType enum', (name) => {
    const text = query(name);
    // Every relationship pattern, named or not, variable length or not.
    const patterns = [...text.matchAll(/-\[r?(?::([A-Z_|]+))?(?:\*[\d.]*)?\]-/g)];
    expect(patterns.length).toBeGreaterThan(0);
    for (const [, types] of patterns) expect(types).toBe(FACT_TYPES.join('|'));
    expect(text).toContain('type(r) IN $types');
  });
});
