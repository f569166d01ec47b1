// `paths` as a bounded bidirectional breadth-first search. Neo4j's
// shortestPath with a WHERE on the whole path falls back to enumerating every
// path when there is none within the bound, which took the full 5 s timeout
// on the seed graph even at maxLength 2. Here each level is one small query
// (read/path-expand, `expand`), the side with the smaller frontier grows
// first, and the search stops at `maxLength`, when a side runs out of nodes
// (no path), or at `maxNodes` reached nodes (`truncated`): so a miss costs
// at most ~maxLength round trips over a bounded number of nodes.
// Keys are whatever `expand` speaks (element ids); this file knows no Neo4j.

export interface PathSearch {
  from: string;
  to: string;
  /** Longest path, in relationships. */
  maxLength: number;
  /** How many shortest paths to return (1 for one shortest path). */
  limit: number;
  /** Stop (truncated) once both sides together have reached more nodes than this. */
  maxNodes: number;
  /** The neighbours a path may step to from each key of `frontier`, as [key, neighbour] pairs; `complete` false if it stopped early. */
  expand(frontier: string[]): Promise<{ pairs: Array<[string, string]>; complete: boolean }>;
}

export interface PathSearchResult {
  /** Each path as keys from `from` to `to`; all of the same (shortest) length. */
  paths: string[][];
  /** The budget ran out before the search could decide: a path may exist. */
  truncated: boolean;
  /** Nodes reached, both sides together (for benchmarks). */
  reached: number;
  /** Levels expanded = queries run. */
  levels: number;
}

interface Side {
  depth: number;
  frontier: string[];
  /** Every node reached, with the nodes one level closer to this side's root that lead to it. */
  parents: Map<string, string[]>;
}

export async function searchPaths(search: PathSearch): Promise<PathSearchResult> {
  if (search.from === search.to) return { paths: [[search.from]], truncated: false, reached: 1, levels: 0 };
  const a: Side = { depth: 0, frontier: [search.from], parents: new Map([[search.from, []]]) };
  const b: Side = { depth: 0, frontier: [search.to], parents: new Map([[search.to, []]]) };
  let levels = 0;
  const reached = () => a.parents.size + b.parents.size;
  while (a.depth + b.depth < search.maxLength) {
    const [side, other] = a.frontier.length <= b.frontier.length ? [a, b] : [b, a];
    if (side.frontier.length === 0) break; // one end's whole component is explored: no path at all
    const { pairs, complete } = await search.expand(side.frontier);
    levels++;
    const next = new Map<string, string[]>();
    for (const [from, to] of pairs) {
      if (side.parents.has(to)) continue;
      const list = next.get(to);
      if (list) list.push(from);
      else next.set(to, [from]);
    }
    side.depth++;
    for (const [key, from] of next) side.parents.set(key, from);
    side.frontier = [...next.keys()].sort();
    // Level by level, the first nodes both sides reached all lie on shortest paths (and only they do).
    const meets = side.frontier.filter((key) => other.parents.has(key));
    if (meets.length > 0) {
      const paths = joinPaths(meets, a, b, search.limit);
      return { paths, truncated: false, reached: reached(), levels };
    }
    if (!complete || reached() > search.maxNodes) return { paths: [], truncated: true, reached: reached(), levels };
  }
  return { paths: [], truncated: false, reached: reached(), levels };
}

/** Up to `limit` paths from a's root to b's root through the meeting nodes, in a stable order. */
function joinPaths(meets: string[], a: Side, b: Side, limit: number): string[][] {
  const paths: string[][] = [];
  for (const meet of meets) {
    for (const back of walk(meet, a.parents)) {
      const head = [...back].reverse();
      for (const tail of walk(meet, b.parents)) {
        paths.push([...head, ...tail.slice(1)]);
        if (paths.length >= limit) return paths;
      }
    }
  }
  return paths;
}

/** Every path from `key` back to its side's root, `key` first. */
function* walk(key: string, parents: Map<string, string[]>): Generator<string[]> {
  const from = parents.get(key) ?? [];
  if (from.length === 0) {
    yield [key];
    return;
  }
  for (const parent of [...from].sort()) for (const rest of walk(parent, parents)) yield [key, ...rest];
}
