// searchPaths against brute force on small random graphs: the same shortest
// length, every shortest path (up to the limit) and only those, and a search
// that stops at its node budget says so.
import { describe, expect, it } from 'vitest';
import { searchPaths } from '../../src/api/path-search.js';

function randomGraph(seed: number, nodes: number, edges: number): Map<string, Set<string>> {
  let s = seed;
  const random = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const graph = new Map<string, Set<string>>();
  for (let i = 0; i < nodes; i++) graph.set(`n${i}`, new Set());
  for (let i = 0; i < edges; i++) {
    const [a, b] = [`n${Math.floor(random() * nodes)}`, `n${Math.floor(random() * nodes)}`];
    if (a === b) continue;
    graph.get(a)!.add(b);
    graph.get(b)!.add(a);
  }
  return graph;
}

/** Every simple path from `from` to `to` of exactly the shortest length, by brute force. */
function allShortest(graph: Map<string, Set<string>>, from: string, to: string, maxLength: number): string[][] {
  for (let length = 1; length <= maxLength; length++) {
    const found: string[][] = [];
    const extend = (path: string[]) => {
      if (path.length === length + 1) {
        if (path.at(-1) === to) found.push(path);
        return;
      }
      for (const next of graph.get(path.at(-1)!)!) if (!path.includes(next)) extend([...path, next]);
    };
    extend([from]);
    if (found.length) return found.sort();
  }
  return [];
}

function search(graph: Map<string, Set<string>>, from: string, to: string, maxLength: number, limit = 1000, maxNodes = 10_000) {
  let queries = 0;
  return {
    result: searchPaths({
      from,
      to,
      maxLength,
      limit,
      maxNodes,
      expand: async (frontier) => {
        queries++;
        return { pairs: frontier.flatMap((key) => [...graph.get(key)!].map((next) => [key, next] as [string, string])), complete: true };
      },
    }),
    queries: () => queries,
  };
}

describe('searchPaths', () => {
  it('finds exactly the shortest paths brute force finds, within maxLength, on 200 random pairs', async () => {
    for (let seed = 1; seed <= 20; seed++) {
      const graph = randomGraph(seed, 30, 35 + seed);
      for (let pair = 0; pair < 10; pair++) {
        const [from, to] = [`n${(seed * 7 + pair) % 30}`, `n${(seed * 13 + pair * 3) % 30}`];
        const maxLength = 1 + ((seed + pair) % 6);
        const expected = from === to ? [[from]] : allShortest(graph, from, to, maxLength);
        const { result } = search(graph, from, to, maxLength);
        const got = await result;
        expect(got.truncated).toBe(false);
        expect([...got.paths].sort()).toEqual(expected);
      }
    }
  });

  it('answers a node to itself with the path of length 0, without a query', async () => {
    const { result, queries } = search(randomGraph(3, 10, 12), 'n1', 'n1', 4);
    expect(await result).toMatchObject({ paths: [['n1']], truncated: false });
    expect(queries()).toBe(0);
  });

  it('stops after at most maxLength levels when there is no path, and at once when a side is cut off', async () => {
    // Two long chains: a0…a9 and b0…b9, unconnected.
    const graph = new Map<string, Set<string>>();
    for (const side of ['a', 'b']) for (let i = 0; i < 10; i++) graph.set(`${side}${i}`, new Set([...(i > 0 ? [`${side}${i - 1}`] : []), ...(i < 9 ? [`${side}${i + 1}`] : [])]));
    const far = search(graph, 'a0', 'b0', 4);
    expect(await far.result).toMatchObject({ paths: [], truncated: false });
    expect(far.queries()).toBe(4);
    graph.set('c', new Set());
    const alone = search(graph, 'c', 'a0', 6);
    expect(await alone.result).toMatchObject({ paths: [], truncated: false });
    expect(alone.queries()).toBe(1);
  });

  it('gives up with truncated once the budget is spent, and keeps to the limit', async () => {
    // Two unconnected stars of 100 leaves: a budget of 50 nodes is spent by the first level.
    const graph = new Map<string, Set<string>>();
    for (const hub of ['h1', 'h2']) {
      const leaves = Array.from({ length: 100 }, (_, i) => `${hub}-${i}`);
      graph.set(hub, new Set(leaves));
      for (const leaf of leaves) graph.set(leaf, new Set([hub]));
    }
    const capped = search(graph, 'h1', 'h2', 6, 1, 50);
    expect(await capped.result).toMatchObject({ paths: [], truncated: true, reached: 102 });
    expect(capped.queries()).toBe(1);
    expect(await search(graph, 'h1', 'h2', 6, 1, 1000).result).toMatchObject({ paths: [], truncated: false });
    // h1 and h3 share all 100 leaves: 100 shortest paths of length 2, of which the limit keeps 3.
    for (const leaf of graph.get('h1')!) graph.get(leaf)!.add('h3');
    graph.set('h3', new Set(graph.get('h1')));
    const some = await search(graph, 'h1', 'h3', 6, 3).result;
    expect(some.paths).toHaveLength(3);
    expect(some.paths.every((p) => p.length === 3 && p[0] === 'h1' && p[2] === 'h3')).toBe(true);
  });
});
