import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../src/graph/plain.js';

describe('toPlain', () => {
  it('turns safe Integers into numbers and keeps larger ones exact as bigint', () => {
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain(neo4j.int(-7))).toBe(-7);
    expect(toPlain(neo4j.int('9007199254740993'))).toBe(9007199254740993n);
  });

  it('converts inside lists and maps', () => {
    expect(toPlain({ counts: [neo4j.int(1), neo4j.int(2)], nested: { n: neo4j.int(3), s: 'x', none: null } })).toEqual({
      counts: [1, 2],
      nested: { n: 3, s: 'x', none: null },
    });
  });

  it('writes temporal values as ISO strings', () => {
    expect(toPlain(new neo4j.types.Date(2021, 5, 11))).toBe('2021-05-11');
  });

  it('makes nodes plain objects with labels and properties', () => {
    const node = new neo4j.types.Node(neo4j.int(1), ['Entity', 'Enterprise'], { id: 'Enterprise:鞍钢集团', n: neo4j.int(5) }, '4:x:1');
    expect(toPlain(node)).toEqual({ elementId: '4:x:1', labels: ['Entity', 'Enterprise'], properties: { id: 'Enterprise:鞍钢集团', n: 5 } });
  });

  it('turns undefined into null and leaves strings and booleans alone', () => {
    expect(toPlain(undefined)).toBeNull();
    expect(toPlain('鞍山')).toBe('鞍山');
    expect(toPlain(false)).toBe(false);
  });
});
