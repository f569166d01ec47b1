// `paths` before and after the bounded search (src/api/path-search.ts), on
// the seed graph, over the same random pairs of entities: the old single
// shortestPath query (as it was in cypher/read/shortest-path.cypher, run with
// the API's 5 s read timeout) against the GraphQL field as it is now. Each
// answer is checked against distances computed here from the whole graph.
// Run: npx tsx bench/paths.ts  → section "paths" of bench/results/reliability.md
// (BENCH_PAIRS pairs per maxLength, default 20; a few minutes: the old query
// times out on pairs without a path). With NEO4J_URI it uses that Neo4j.
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { createPlanGraphYoga } from '../src/api/yoga.js';
import { PROJECT_ROOT, readConfig } from '../src/graph/config.js';
import { createDriver } from '../src/graph/driver.js';
import { createExecutor } from '../src/graph/executor.js';
import { startLocalNeo4j } from '../src/graph/local-neo4j.js';
import { migrate } from '../src/graph/migrate.js';
import { seedIfEmpty } from '../src/graph/seed-if-empty.js';
import { freePort } from '../tests/setup/neo4j-global-setup.js';
import { writeSection } from './section.js';
import { random as seededRandom } from '../tests/setup/random.js';

const PAIRS = Number(process.env.BENCH_PAIRS ?? 20);
const FACTS = ['LOCATED_IN', 'LED_BY', 'HOSTS', 'DEVELOPS', 'INVOLVES', 'HAS_TARGET'];

/** The query `paths` ran before (all = false). */
const OLD_SHORTEST_PATH = `
CALL () { MATCH (n:Entity {id: $from}) RETURN n UNION MATCH (n:Plan {id: $from}) RETURN n }
WITH n AS a
CALL () { MATCH (n:Entity {id: $to}) RETURN n UNION MATCH (n:Plan {id: $to}) RETURN n }
WITH a, n AS b
MATCH p = shortestPath((a)-[*..6]-(b))
WHERE length(p) <= $maxLength AND all(r IN relationships(p) WHERE type(r) IN $types)
RETURN length(p) AS length`;

/** Nearest-rank quantile. */
function quantile(sorted: number[], q: number): number {
  return sorted.length ? sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]! : NaN;
}

interface Cell {
  ms: number[];
  timeouts: number;
  wrong: number;
  noPath: number;
}

const cell = (): Cell => ({ ms: [], timeouts: 0, wrong: 0, noPath: 0 });

async function main() {
  const config = readConfig();
  // NEO4J_URI: a Neo4j that already holds the seed plans (seeded below if empty); else a fresh local one.
  const dataDir = config.neo4j.uri ? undefined : await mkdtemp(path.join(PROJECT_ROOT, '.data', 'bench-paths-'));
  const local = dataDir ? await startLocalNeo4j({ ...config.launcher, dataDir, boltPort: await freePort() }) : undefined;
  const driver = createDriver({ ...config.neo4j, uri: local?.uri ?? config.neo4j.uri! });
  try {
    const executor = createExecutor(driver, config.neo4j.database);
    await migrate(executor);
    await seedIfEmpty(executor, { log: (line) => console.log(line) });
    const yoga = createPlanGraphYoga({ executor });

    // The whole fact graph, for the true distances.
    const { records } = await driver.executeQuery(
      `MATCH (a)-[r]-(b) WHERE type(r) IN $types AND (a:Entity OR a:Plan) AND (b:Entity OR b:Plan) RETURN a.id AS a, b.id AS b`,
      { types: FACTS },
      { database: config.neo4j.database },
    );
    const adjacency = new Map<string, Set<string>>();
    for (const r of records) {
      const [a, b] = [r.get('a') as string, r.get('b') as string];
      if (!adjacency.has(a)) adjacency.set(a, new Set());
      adjacency.get(a)!.add(b);
    }
    const distance = (from: string, to: string, skip?: (id: string) => boolean): number => {
      let frontier = [from];
      const seen = new Set(frontier);
      for (let d = 1; frontier.length; d++) {
        const next: string[] = [];
        for (const n of frontier) {
          for (const m of adjacency.get(n) ?? []) {
            if (m === to) return d;
            if (seen.has(m) || skip?.(m)) continue;
            seen.add(m);
            next.push(m);
          }
        }
        frontier = next;
      }
      return Infinity;
    };
    // Entities only (plan ids are not graph ids of the Entity kind).
    const entities = [...adjacency.keys()].filter((id) => id.includes(':')).sort();
    const random = seededRandom(42);
    const pick = () => entities[Math.floor(random() * entities.length)]!;

    const lengths = [2, 3, 4, 5, 6];
    const before = new Map(lengths.map((l) => [l, cell()]));
    const after = new Map(lengths.map((l) => [l, cell()]));
    const afterNoPath = cell();
    const beforeNoPath = cell();
    // Warm-up (not counted): plan and compile both versions' queries once.
    for (let i = 0; i < 3; i++) {
      const [from, to] = [entities[i]!, entities[entities.length - 1 - i]!];
      await driver.executeQuery(OLD_SHORTEST_PATH, { from, to, maxLength: 6, types: FACTS }, { database: config.neo4j.database }).catch(() => {});
      await yoga.fetch('http://yoga/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `query($f: ID!, $t: ID!) { paths(from: $f, to: $t, maxLength: 6) { paths { length } } }`, variables: { f: from, t: to } }),
      });
    }
    const load0 = loadavg()[0]!;
    const started = Date.now();
    let distinctPairs = 0;
    const distances: number[] = [];
    for (const maxLength of lengths) {
      for (let i = 0; i < PAIRS; i++) {
        const [from, to] = [pick(), pick()];
        distinctPairs++;
        const truth = distance(from, to);
        distances.push(truth);
        const expected = truth <= maxLength ? truth : null;

        // Before: the old query, with the read timeout the API used.
        const t0 = performance.now();
        const session = driver.session({ database: config.neo4j.database, defaultAccessMode: 'READ' });
        let oldLength: number | null | 'timeout' = null;
        try {
          const result = await session.executeRead((tx) => tx.run(OLD_SHORTEST_PATH, { from, to, maxLength: maxLength, types: FACTS }), { timeout: 5000 });
          oldLength = result.records[0] ? Number(result.records[0].get('length')) : null;
        } catch (error) {
          oldLength = 'timeout';
          if (!/timeout|terminated|Transaction/i.test(String(error))) console.error(String(error).slice(0, 200));
        } finally {
          await session.close();
        }
        const oldMs = performance.now() - t0;

        // After: the GraphQL field.
        const t1 = performance.now();
        const response = await yoga.fetch('http://yoga/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: `query($f: ID!, $t: ID!, $m: Int) { paths(from: $f, to: $t, maxLength: $m) { truncated paths { length } } }`, variables: { f: from, t: to, m: maxLength } }),
        });
        const body = (await response.json()) as { data?: { paths: { truncated: boolean; paths: Array<{ length: number }> } }; errors?: unknown[] };
        const newMs = performance.now() - t1;
        const newLength = body.errors ? 'error' : (body.data!.paths.paths[0]?.length ?? null);

        for (const [c, ms, got] of [
          [before.get(maxLength)!, oldMs, oldLength],
          [after.get(maxLength)!, newMs, newLength],
        ] as const) {
          c.ms.push(ms);
          if (got === 'timeout') c.timeouts++;
          else if (got !== expected) c.wrong++;
          if (expected === null) c.noPath++;
        }
        if (expected === null) {
          beforeNoPath.ms.push(oldMs);
          if (oldLength === 'timeout') beforeNoPath.timeouts++;
          afterNoPath.ms.push(newMs);
        }
        console.log(`maxLength ${maxLength} ${from} → ${to}: true ${truth}, before ${oldLength} in ${oldMs.toFixed(0)} ms, after ${newLength} in ${newMs.toFixed(1)} ms`);
      }
    }
    const load1 = loadavg()[0]!;

    // Hubs: the five nodes with the most facts; how many shortest paths pass through one, and with maxDegree below theirs.
    const { records: top } = await driver.executeQuery(
      `MATCH (n:Entity) WITH n, COUNT { (n)-[:LOCATED_IN|LED_BY|HOSTS|DEVELOPS|INVOLVES|HAS_TARGET]-() } AS degree ORDER BY degree DESC LIMIT 5 RETURN n.id AS id, degree`,
      {},
      { database: config.neo4j.database },
    );
    const hubs = top.map((r) => ({ id: r.get('id') as string, degree: Number(r.get('degree')) }));
    const hubIds = new Set(hubs.map((h) => h.id));
    const maxDegree = Math.min(...hubs.map((h) => h.degree)) - 1;
    const hubRandom = seededRandom(7);
    let viaHub = 0;
    let viaHubAfter = 0;
    let stillConnected = 0;
    let hubPairs = 0;
    const hubMs: number[] = [];
    for (let i = 0; i < 200 && hubPairs < 40; i++) {
      const from = entities[Math.floor(hubRandom() * entities.length)]!;
      const to = entities[Math.floor(hubRandom() * entities.length)]!;
      if (hubIds.has(from) || hubIds.has(to) || distance(from, to) > 6) continue;
      const query = async (extra: string) => {
        const t = performance.now();
        const response = await yoga.fetch('http://yoga/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: `query($f: ID!, $t: ID!) { paths(from: $f, to: $t, maxLength: 6, all: true, limit: 100${extra}) { nodes { graphId } } }`, variables: { f: from, t: to } }),
        });
        const body = (await response.json()) as { data: { paths: { nodes: Array<{ graphId: string }> } } };
        hubMs.push(performance.now() - t);
        return body;
      };
      hubPairs++;
      if ((await query('')).data.paths.nodes.some((n) => hubIds.has(n.graphId))) viaHub++;
      const limited = await query(`, maxDegree: ${maxDegree}`);
      if (limited.data.paths.nodes.length) stillConnected++;
      if (limited.data.paths.nodes.some((n) => hubIds.has(n.graphId))) viaHubAfter++;
    }

    const row = (label: string, c: Cell) => {
      const sorted = [...c.ms].sort((a, b) => a - b);
      return `| ${label} | ${c.ms.length} | ${c.noPath} | ${quantile(sorted, 0.5).toFixed(1)} | ${quantile(sorted, 0.95).toFixed(1)} | ${sorted.at(-1)?.toFixed(1)} | ${c.timeouts} | ${c.wrong} |`;
    };
    const p50 = (c: Cell) => quantile([...c.ms].sort((a, b) => a - b), 0.5);
    const finite = distances.filter(Number.isFinite);
    const lines = [
      '## paths',
      '',
      `\`paths\` before (one \`shortestPath\` query with the path predicate in WHERE, 5 s read timeout) and after (bounded bidirectional BFS, src/api/path-search.ts: one query per level, at most ${5000} nodes reached), over the same ${distinctPairs} random pairs of entities of the seed graph (seeded PRNG), ${PAIRS} per maxLength. "after" is the whole GraphQL request through Yoga in-process, "before" only the Cypher round trip. "wrong" counts answers whose length differs from the true distance computed here by BFS over all facts (an empty answer when the distance exceeds maxLength). Run: \`npx tsx bench/paths.ts\`.`,
      '',
      `- Date: ${new Date().toISOString()}; machine: ${cpus()[0]?.model ?? '?'}, ${cpus().length} cores (shared); load average ${load0.toFixed(2)} at start, ${load1.toFixed(2)} at end`,
      `- Graph: ${adjacency.size} entities and plans with facts; true distances of the pairs: ${finite.length} connected (median ${quantile([...finite].sort((a, b) => a - b), 0.5)}), ${distances.length - finite.length} not connected at all`,
      `- Measuring took ${((Date.now() - started) / 1000).toFixed(0)} s`,
      '',
      '| maxLength, version | pairs | of them no path ≤ maxLength | p50 ms | p95 ms | max ms | timeouts | wrong |',
      '|---|---:|---:|---:|---:|---:|---:|---:|',
      ...lengths.flatMap((l) => [row(`${l}, before`, before.get(l)!), row(`${l}, after`, after.get(l)!)]),
      row('no path, before', beforeNoPath),
      row('no path, after', afterNoPath),
      '',
      `Pairs with no path within maxLength: p50 ${p50(beforeNoPath).toFixed(0)} ms before, ${p50(afterNoPath).toFixed(1)} ms after (${(p50(beforeNoPath) / p50(afterNoPath)).toFixed(0)}× faster), ${beforeNoPath.timeouts} of ${beforeNoPath.ms.length} timed out before, none after.`,
      '',
      `Hubs: the five entities with the most facts are ${hubs.map((h) => `${h.id} (${h.degree})`).join(', ')}. Of ${hubPairs} random pairs connected within 6, ${viaHub} had a shortest path (all: true, up to 100) through one of them; with \`maxDegree: ${maxDegree}\`, ${viaHubAfter}, and ${stillConnected} of ${hubPairs} still had a path within 6. These ${hubMs.length} requests: p50 ${quantile([...hubMs].sort((a, b) => a - b), 0.5).toFixed(1)} ms, max ${Math.max(...hubMs).toFixed(1)} ms.`,
    ];
    writeSection(path.join(PROJECT_ROOT, 'bench', 'results', 'reliability.md'), 'paths', lines.join('\n'));
    console.log(lines.join('\n'));
  } finally {
    await driver.close();
    await local?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
