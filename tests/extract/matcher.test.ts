import { describe, expect, it } from 'vitest';
import { buildMatcher, selectLeftmostLongest } from '../../src/extract/matcher.js';

/** Every occurrence of every pattern, the slow way. */
function naive(patterns: string[], text: string) {
  const hits: string[] = [];
  patterns.forEach((p, i) => {
    for (let at = text.indexOf(p); at !== -1; at = text.indexOf(p, at + 1)) hits.push(`${at}-${at + p.length}-${i}`);
  });
  return hits.sort();
}

describe('Aho–Corasick matcher', () => {
  it('finds exactly the occurrences a naive scan finds, overlaps included', () => {
    const patterns = ['鞍山', '鞍山市', '山市', '铁西区', '铁西', '沈阳市铁西区', '西区', 'a', 'aa'];
    const text = '沈阳市铁西区和鞍山市铁西区,鞍山高新区 aaa 山市';
    const hits = buildMatcher(patterns).findAll(text).map((h) => `${h.start}-${h.end}-${h.pattern}`).sort();
    expect(hits).toEqual(naive(patterns, text));
  });

  it('agrees with the naive scan on random texts over a small alphabet', () => {
    const alphabet = '鞍山市铁西区大连';
    const rand = (n: number, seed: number) => Array.from({ length: n }, (_, i) => alphabet[(seed * 31 + i * 17 + ((seed * i) % 7)) % alphabet.length]).join('');
    const patterns = Array.from({ length: 30 }, (_, i) => rand(1 + (i % 4), i + 1));
    for (let s = 0; s < 20; s++) {
      const text = rand(200, s + 100);
      const hits = buildMatcher(patterns).findAll(text).map((h) => `${h.start}-${h.end}-${h.pattern}`).sort();
      expect(hits).toEqual(naive(patterns, text));
    }
  });

  it('keeps the leftmost span, the longest among those starting together, and the first on ties', () => {
    const spans = [
      { start: 2, end: 4, id: 'b' },
      { start: 0, end: 3, id: 'a' },
      { start: 0, end: 6, id: 'long' },
      { start: 6, end: 8, id: 'c' },
      { start: 6, end: 8, id: 'c-later' },
    ];
    expect(selectLeftmostLongest(spans).map((s) => s.id)).toEqual(['long', 'c']);
  });
});
