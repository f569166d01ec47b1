// Aho–Corasick over UTF-16 code units: one pass over a text finds every
// occurrence of every pattern, so matching cost does not grow with the
// gazetteer. Choosing among overlapping hits (leftmost-longest) is
// `selectLeftmostLongest`, separate because discovered names compete too.

export interface Hit {
  start: number;
  end: number;
  /** Index into the patterns the matcher was built from. */
  pattern: number;
}

export interface Matcher {
  readonly patterns: readonly string[];
  findAll(text: string): Hit[];
}

export function buildMatcher(patterns: readonly string[]): Matcher {
  const next: Map<number, number>[] = [new Map()];
  const fail: number[] = [0];
  const out: number[][] = [[]];
  patterns.forEach((pattern, index) => {
    if (pattern.length === 0) return;
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      let to = next[state]!.get(c);
      if (to === undefined) {
        to = next.length;
        next.push(new Map());
        fail.push(0);
        out.push([]);
        next[state]!.set(c, to);
      }
      state = to;
    }
    out[state]!.push(index);
  });
  // Breadth-first failure links; outputs inherit the failure target's outputs.
  const queue: number[] = [...next[0]!.values()];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    for (const [c, to] of next[state]!) {
      let f = fail[state]!;
      while (f !== 0 && !next[f]!.has(c)) f = fail[f]!;
      const target = next[f]!.get(c);
      fail[to] = target !== undefined && target !== to ? target : 0;
      out[to] = [...out[to]!, ...out[fail[to]!]!];
      queue.push(to);
    }
  }
  return {
    patterns,
    findAll(text: string): Hit[] {
      const hits: Hit[] = [];
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        while (state !== 0 && !next[state]!.has(c)) state = fail[state]!;
        state = next[state]!.get(c) ?? 0;
        for (const p of out[state]!) hits.push({ start: i + 1 - patterns[p]!.length, end: i + 1, pattern: p });
      }
      return hits;
    },
  };
}

/**
 * Keeps non-overlapping spans, leftmost first and longest among those
 * starting together (`中科院沈阳分院` beats the `沈阳` inside it). Ties on
 * the same span keep the earlier item, so callers order by priority.
 */
export function selectLeftmostLongest<T extends { start: number; end: number }>(spans: readonly T[]): T[] {
  const order = spans
    .map((span, index) => ({ span, index }))
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end || a.index - b.index);
  const kept: T[] = [];
  let reach = -1;
  for (const { span } of order) {
    if (span.start >= reach) {
      kept.push(span);
      reach = span.end;
    }
  }
  return kept;
}
