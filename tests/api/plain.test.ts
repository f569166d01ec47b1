// Rows the API reads go through toPlain (src/graph/plain.ts): maps and lists
// are walked first for speed, so check that driver values inside them still
// become plain JS, exactly.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../src/graph/plain.js';

describe('toPlain', () => {
  it('converts driver values nested in maps and lists, and keeps plain ones', () => {
    const node = new neo4j.types.Node(neo4j.int(1), ['Entity', 'Enterprise'], { id: 'Enterprise:鞍钢', count: neo4j.int(3) }, 'e1');
    const row = {
      name: '鞍钢',
      ok: true,
      score: 1.5,
      none: null,
      safe: neo4j.int(42),
      huge: neo4j.int('9007199254740993'),
      list: [neo4j.int(1), 'a', [neo4j.int(2)], { deep: neo4j.int(3) }],
      node,
      date: new neo4j.types.Date(2026, 11, 21),
    };
    expect(toPlain(row)).toEqual({
      name: '鞍钢',
      ok: true,
      score: 1.5,
      none: null,
      safe: 42,
      huge: 9007199254740993n,
      list: [1, 'a', [2], { deep: 3 }],
      node: { elementId: 'e1', labels: ['Entity', 'Enterprise'], properties: { id: 'Enterprise:鞍钢', count: 3 } },
      date: '2026-11-21',
    });
  });

  it('turns undefined into null', () => {
    expect(toPlain(undefined)).toBeNull();
    expect(toPlain({ a: undefined })).toEqual({ a: null });
  });
});
