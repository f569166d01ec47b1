// Benchmark of the public GraphQL API against the same data and questions
// served two other ways, all on loopback in one run:
//   api       our Yoga + Pothos server (src/api), as `plangraph serve` runs it
//             but with the response cache off (the comparison is made without it);
//   api-generic  the same with the traversal compiler off (read/traverse), to
//             measure what the compiler gains;
//   api-cached   the same with the response cache on (as served by default):
//             cache-hit figures, reported apart;
//   cypher    the hand-written single Cypher for the same answer, through
//             neo4j-driver, behind a bare node:http handler (the floor);
//   yoga-floor   the same Cypher behind bare Yoga (one JSON field, no plugins,
//             no Pothos): what the framework alone adds to it;
//   neo4j-gql @neo4j/graphql 7 over the same graph (typeDefs in api-operations.ts), on Yoga
//             (both comparison servers: comparison-servers.ts).
// Each server runs in a child process (this file with --serve), so the load
// generator (autocannon, here) does not share their event loop.
// Targets (issue #11): Q3 latency ≤ 0.8× @neo4j/graphql's and req/s ≥ 1.25×
// its, in the same run, cache off; every operation within 1.3× of its
// hand-written Cypher (ratio of means, 1 connection).
// Run: npx tsx bench/api.ts   → bench/results/api.md   (about 2–3 minutes)
// BENCH_OPS=neighborhood,paths, BENCH_TARGETS=api,cypher and BENCH_PASSES=latency
// measure only those (operation names by their start) and print the figures
// without writing the file.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { listen } from '../src/api/server.js';
import { createPlanGraphYoga } from '../src/api/yoga.js';
import { PROJECT_ROOT, readConfig } from '../src/graph/config.js';
import { createDriver } from '../src/graph/driver.js';
import { createExecutor } from '../src/graph/executor.js';
import { startLocalNeo4j } from '../src/graph/local-neo4j.js';
import { migrate } from '../src/graph/migrate.js';
import { seedIfEmpty } from '../src/graph/seed-if-empty.js';
import { freePort } from '../tests/setup/neo4j-global-setup.js';
import { OPERATIONS, type Operation } from './api-operations.js';
import { handCypherHandler, listenNeo4jGraphql, listenOnLoopback, listenYogaFloor, portOf } from './comparison-servers.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
/** Each cell is measured ROUNDS times, the targets interleaved within each round, so a load spike from elsewhere is shared. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WARMUP_SECONDS = 1;
/** Latency is measured with one connection (no queueing), throughput with four. */
const PASSES = [
  { name: 'latency', connections: 1 },
  { name: 'throughput', connections: 4 },
] as const;
type Pass = (typeof PASSES)[number]['name'];
type Target = 'api' | 'api-generic' | 'api-cached' | 'cypher' | 'yoga-floor' | 'neo4j-gql';
const TARGETS: Target[] = ['api', 'api-generic', 'api-cached', 'cypher', 'yoga-floor', 'neo4j-gql'];
const listed = (name: string) => process.env[name]?.split(',').map((w) => w.trim().toLowerCase()).filter(Boolean);
const ONLY_OPS = listed('BENCH_OPS');
const ONLY_TARGETS = listed('BENCH_TARGETS') as Target[] | undefined;
const ONLY_PASSES = listed('BENCH_PASSES');

// ---------------------------------------------------------------- servers (child)

async function serve(uri: string): Promise<void> {
  const config = readConfig();
  const ours = createDriver({ ...config.neo4j, uri });
  const executor = createExecutor(ours, config.neo4j.database);
  const api = await listen(createPlanGraphYoga({ executor, graphiql: false, responseCache: false, compileTraversals: true }), 0, '127.0.0.1');
  const apiGeneric = await listen(createPlanGraphYoga({ executor, graphiql: false, responseCache: false, compileTraversals: false }), 0, '127.0.0.1');
  const apiCached = await listen(createPlanGraphYoga({ executor, graphiql: false, responseCache: true, compileTraversals: true }), 0, '127.0.0.1');

  const raw = await listenOnLoopback(createServer(handCypherHandler(uri, config)));
  const floor = await listenYogaFloor(uri, config);
  const neoServer = await listenNeo4jGraphql(uri, config);

  const local = (url: string) => url.replace('localhost', '127.0.0.1');
  console.log(JSON.stringify({ api: local(api.url), 'api-generic': local(apiGeneric.url), 'api-cached': local(apiCached.url), cypher: `http://127.0.0.1:${portOf(raw)}/raw`, 'yoga-floor': `http://127.0.0.1:${portOf(floor)}/graphql`, 'neo4j-gql': `http://127.0.0.1:${portOf(neoServer)}/graphql` }));
  // Stop when the parent goes away.
  process.stdin.on('end', () => process.exit(0));
  process.stdin.resume();
}

// ---------------------------------------------------------------- load (parent)

interface Measured {
  mean: number;
  p50: number;
  p99: number;
  rps: number;
  errors: number;
  bytes: number;
}

function request(target: Target, urls: Record<Target, string>, op: Operation, index: number): { url: string; body: string } {
  if (target === 'cypher') return { url: `${urls.cypher}/${index}`, body: '{}' };
  if (target === 'yoga-floor') return { url: urls[target], body: JSON.stringify({ query: `{ raw(i: ${index}) }` }) };
  const { query, variables } = target === 'neo4j-gql' ? op.neo : op.api;
  return { url: urls[target], body: JSON.stringify({ query, variables: variables ?? {} }) };
}

async function load(url: string, body: string, seconds: number, connections = 4): Promise<Measured> {
  const result = await autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections, duration: seconds });
  return {
    // autocannon's latency histogram keeps whole milliseconds (a 0.9 ms answer counts as 0), so its average is
    // biased low, the more so the faster the target. In a closed loop the exact mean is time × connections / answers.
    mean: (result.duration * 1000 * connections) / Math.max(result.requests.total, 1),
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.average,
    errors: result.errors + result.non2xx + result.timeouts,
    bytes: result.throughput.average / Math.max(result.requests.average, 1),
  };
}

/** Rounds of one cell: means and req/s averaged, percentiles and bytes by their median round. */
function combine(rounds: Measured[]): Measured {
  const avg = (f: (m: Measured) => number) => rounds.reduce((a, m) => a + f(m), 0) / rounds.length;
  const median = (f: (m: Measured) => number) => [...rounds.map(f)].sort((a, b) => a - b)[Math.floor(rounds.length / 2)]!;
  return { mean: avg((m) => m.mean), p50: median((m) => m.p50), p99: median((m) => m.p99), rps: avg((m) => m.rps), errors: rounds.reduce((a, m) => a + m.errors, 0), bytes: median((m) => m.bytes) };
}

async function once(url: string, body: string): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = (await response.json()) as { errors?: unknown };
  if (!response.ok || json.errors) throw new Error(`${url}: ${response.status} ${JSON.stringify(json).slice(0, 500)}`);
  return json;
}

async function main(): Promise<void> {
  const config = readConfig();
  let stopNeo4j = async () => {};
  let uri = config.neo4j.uri;
  if (uri === undefined) {
    // A store of its own, kept between runs so only the first run pays for seeding.
    const dataDir = path.join(PROJECT_ROOT, '.data', 'bench-api');
    await mkdir(dataDir, { recursive: true });
    const local = await startLocalNeo4j({ ...config.launcher, dataDir, boltPort: await freePort(), heap: '768m' });
    uri = local.uri;
    stopNeo4j = async () => void (await local.stop());
  }
  const driver = createDriver({ ...config.neo4j, uri });
  const executor = createExecutor(driver, config.neo4j.database);
  await migrate(executor);
  const seeded = await seedIfEmpty(executor, { log: (line) => console.log(line) });
  const [counts] = await executor.read<{ nodeCount: number; relationshipCount: number }>('system/counts');
  const [component] = await executor.read<{ version: string; edition: string }>('system/components');
  await driver.close();

  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--serve', uri], { stdio: ['pipe', 'pipe', 'inherit'] });
  const urls = await new Promise<Record<Target, string>>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', (line) => resolve(JSON.parse(line)));
    child.once('exit', (code) => reject(new Error(`server process exited with ${code}`)));
  });

  const targets = TARGETS.filter((t) => !ONLY_TARGETS || ONLY_TARGETS.includes(t));
  // `index` stays the operation's place in OPERATIONS: the hand-written Cypher server is addressed by it.
  const selected = OPERATIONS.map((op, index) => ({ op, index })).filter(({ op }) => !ONLY_OPS || ONLY_OPS.some((w) => op.name.toLowerCase().startsWith(w)));
  const rows: Row[] = OPERATIONS.map((op) => ({ op, results: { latency: {}, throughput: {} } as Row['results'], latencyRounds: {} as Row['latencyRounds'] }));
  const started = Date.now();
  const load0 = loadavg()[0]!;
  // Warm every server, query and Neo4j plan first, so no cell pays for a cold start.
  for (const { op, index } of selected) {
    for (const target of targets) {
      const { url, body } = request(target, urls, op, index);
      // Fails loudly on a wrong query; a first plan on a loaded machine may pass the 5 s timeout, so up to three tries.
      for (let attempt = 1; ; attempt++) {
        try {
          await once(url, body);
          break;
        } catch (error) {
          if (attempt === 3 || !String(error).includes('QUERY_TIMEOUT')) throw error;
        }
      }
      await load(url, body, WARMUP_SECONDS);
    }
  }
  const loads: number[] = [load0];
  for (const pass of PASSES.filter((p) => !ONLY_PASSES || ONLY_PASSES.includes(p.name))) {
    for (const { op, index } of selected) {
      const rounds = new Map<Target, Measured[]>(targets.map((t) => [t, []]));
      for (let round = 0; round < ROUNDS; round++) {
        // Rotate who goes first, so a load spike from elsewhere does not always hit the same target.
        const turn = (index + round) % targets.length;
        for (const target of [...targets.slice(turn), ...targets.slice(0, turn)]) {
          const { url, body } = request(target, urls, op, index);
          rounds.get(target)!.push(await load(url, body, SECONDS, pass.connections));
        }
        loads.push(loadavg()[0]!);
      }
      for (const target of targets) {
        const m = (rows[index]!.results[pass.name][target] = combine(rounds.get(target)!));
        if (pass.name === 'latency') rows[index]!.latencyRounds[target] = rounds.get(target)!.map((r) => r.mean);
        console.log(`${pass.name.padEnd(10)} ${op.name.padEnd(40)} ${target.padEnd(11)} p50 ${m.p50} ms  mean ${m.mean.toFixed(2)} ms  ${m.rps.toFixed(0)} req/s`);
      }
    }
  }
  const load1 = loadavg()[0]!;
  child.stdin!.end();
  await stopNeo4j();

  if (ONLY_OPS || ONLY_TARGETS || ONLY_PASSES) {
    for (const { op, index } of selected) {
      const { api, cypher } = rows[index]!.results.latency;
      if (api && cypher) console.log(`${op.name}: api / cypher mean latency = ${api.mean.toFixed(2)} / ${cypher.mean.toFixed(2)} ms = ${(api.mean / cypher.mean).toFixed(2)}×`);
    }
    console.log(`load average ${load0.toFixed(2)} at start, ${load1.toFixed(2)} at end, at most ${Math.max(...loads, load1).toFixed(2)}; part of the bench only: no results file written`);
    return;
  }
  writeFileSync(path.join(PROJECT_ROOT, 'bench', 'results', 'api.md'), report(rows, { seeded: seeded.seeded, counts, component, seconds: (Date.now() - started) / 1000, load0, load1, loadMax: Math.max(...loads, load1) }));
  console.log('wrote bench/results/api.md');
}

interface Row {
  op: Operation;
  results: Record<Pass, Record<Target, Measured>>;
  /** Mean latency (ms) of each round of the latency pass (one round runs every target once, within seconds). */
  latencyRounds: Record<Target, number[]>;
}

/** `a` / `b` round by round (rounds interleave the targets, so each pair shared the machine's state): "lowest–highest". */
function roundRatios(a: number[], b: number[]): string {
  const ratios = a.map((x, i) => x / b[i]!);
  return `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}×`;
}

function report(
  rows: Row[],
  run: { seeded: boolean; counts?: { nodeCount: number; relationshipCount: number }; component?: { version: string; edition: string }; seconds: number; load0: number; load1: number; loadMax: number },
): string {
  const q3 = rows.find((r) => r.op.name.startsWith('Q3'))!.results;
  const latencyRatio = q3.latency.api.mean / q3.latency['neo4j-gql'].mean;
  const rpsRatio = q3.throughput.api.rps / q3.throughput['neo4j-gql'].rps;
  const lines = [
    '# API benchmark',
    '',
    `Our GraphQL API (src/api) against the single hand-written Cypher for the same answer (neo4j-driver behind a bare node:http handler) and against @neo4j/graphql 7 (on Yoga), same Neo4j, same data, loopback only; \`yoga-floor\` is that same Cypher behind bare Yoga (one JSON field, no plugins, no Pothos), to show what the framework alone adds. Our API runs three ways: \`api\` (the traversal compiler on, the response cache **off**: the comparison), \`api-generic\` (compiler off: the generic read/traverse) and \`api-cached\` (the response cache on, as served by default: cache hits, reported apart). autocannon, ${ROUNDS} rounds of ${SECONDS} s per cell, the ${TARGETS.length} targets interleaved in every round (the first target rotates), after 1 s of warm-up per cell; two passes: **latency** with 1 connection (no queueing) and **throughput** with 4 connections. The servers run in a child process. Run: \`npx tsx bench/api.ts\`.`,
    '',
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GB memory; load average ${run.load0.toFixed(2)} at start, ${run.load1.toFixed(2)} at end, at most ${run.loadMax.toFixed(2)} (the machine is shared: other processes ran meanwhile)`,
    `- Node: ${process.version}; Neo4j ${run.component?.version ?? '?'} ${run.component?.edition ?? ''} (local launcher, same machine)`,
    `- Graph: the five seed plans, ${run.counts?.nodeCount ?? '?'} nodes, ${run.counts?.relationshipCount ?? '?'} relationships${run.seeded ? ' (seeded by this run)' : ''}`,
    `- Measuring took ${run.seconds.toFixed(0)} s`,
    '',
    '| operation | target | latency p50 / mean (ms), 1 conn. | p99 (ms), 1 conn. | p50 / mean (ms), 4 conn. | req/s, 4 conn. | errors |',
    '|---|---|---:|---:|---:|---:|---:|',
  ];
  for (const { op, results } of rows) {
    for (const target of TARGETS) {
      const [l, t] = [results.latency[target], results.throughput[target]];
      const note = target === 'neo4j-gql' && op.neo.note ? ` (${op.neo.note})` : '';
      lines.push(`| ${op.name} | ${target}${note} | ${l.p50} / ${l.mean.toFixed(2)} | ${l.p99} | ${t.p50} / ${t.mean.toFixed(2)} | ${t.rps.toFixed(0)} | ${l.errors + t.errors} |`);
    }
  }
  lines.push('', '## Goals (cache off)', '');
  lines.push(`- Q3 latency ≤ 0.8× @neo4j/graphql's: ours ${q3.latency.api.mean.toFixed(2)} ms vs ${q3.latency['neo4j-gql'].mean.toFixed(2)} ms (means, 1 connection) = ${latencyRatio.toFixed(2)}× — ${latencyRatio <= 0.8 ? 'met' : `missed by ${(latencyRatio - 0.8).toFixed(2)}×`}.`);
  lines.push(`- Q3 req/s ≥ 1.25× @neo4j/graphql's (4 connections): ${q3.throughput.api.rps.toFixed(0)} vs ${q3.throughput['neo4j-gql'].rps.toFixed(0)} = ${rpsRatio.toFixed(2)}× — ${rpsRatio >= 1.25 ? 'met' : `missed by ${(1.25 - rpsRatio).toFixed(2)}×`}.`);
  for (const { op, results } of rows) {
    const ratio = results.latency.api.mean / results.latency.cypher.mean;
    lines.push(`- ${op.name}: our mean latency / the hand-written Cypher's = ${results.latency.api.mean.toFixed(2)} / ${results.latency.cypher.mean.toFixed(2)} ms = ${ratio.toFixed(2)}× (goal ≤ 1.3×) — ${ratio <= 1.3 ? 'met' : `missed by ${(ratio - 1.3).toFixed(2)}×`}; at 4 connections ${(results.throughput.api.rps / results.throughput.cypher.rps).toFixed(2)}× its req/s.`);
  }
  lines.push(
    '',
    '## The framework floor (cache off, 1 connection, mean latency)',
    '',
    'How much of the 1.3× allowance bare Yoga leaves: `yoga-floor` runs the hand-written Cypher behind Yoga with nothing of ours; what is between it and `api` is our schema (Pothos), resolvers, loaders, executor and plugins.',
    '',
    '| operation | hand-written (ms) | yoga-floor (ms) | api (ms) | floor / hand | floor / hand, per round | api / hand | api / hand, per round | api / floor |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const { op, results, latencyRounds } of rows) {
    const [hand, floor, api] = [results.latency.cypher.mean, results.latency['yoga-floor'].mean, results.latency.api.mean];
    const perRound = (target: Target) => roundRatios(latencyRounds[target], latencyRounds.cypher);
    lines.push(`| ${op.name} | ${hand.toFixed(2)} | ${floor.toFixed(2)} | ${api.toFixed(2)} | ${(floor / hand).toFixed(2)}× | ${perRound('yoga-floor')} | ${(api / hand).toFixed(2)}× | ${perRound('api')} | ${(api / floor).toFixed(2)}× |`);
  }
  const lookup = rows.find((r) => r.op.name === 'lookup by id');
  if (lookup) {
    const [same, twin] = [lookup.latencyRounds.api, lookup.latencyRounds['api-generic']];
    const ratio = lookup.results.latency.api.mean / lookup.results.latency['api-generic'].mean;
    lines.push(
      '',
      `Noise control: for lookup, \`api\` and \`api-generic\` run the same code (lookup selects no relationship field to compile), on two servers of the same process. Their ratio in this run is ${ratio.toFixed(2)}× (${roundRatios(same, twin)} round by round); a ratio to the hand-written Cypher is only as sure as that.`,
    );
  }
  lines.push('', '## The traversal compiler (api vs api-generic, same run)', '', '| operation | mean latency generic → compiled (ms), 1 conn. | req/s generic → compiled, 4 conn. |', '|---|---:|---:|');
  for (const { op, results } of rows) {
    lines.push(`| ${op.name} | ${results.latency['api-generic'].mean.toFixed(2)} → ${results.latency.api.mean.toFixed(2)} | ${results.throughput['api-generic'].rps.toFixed(0)} → ${results.throughput.api.rps.toFixed(0)} |`);
  }
  lines.push('', '## Cache hits (api-cached; every request after the first is a hit)', '', '| operation | mean latency cache off → hit (ms), 1 conn. | req/s cache off → hit, 4 conn. | hit / hand-written Cypher, mean latency |', '|---|---:|---:|---:|');
  for (const { op, results } of rows) {
    lines.push(`| ${op.name} | ${results.latency.api.mean.toFixed(2)} → ${results.latency['api-cached'].mean.toFixed(2)} | ${results.throughput.api.rps.toFixed(0)} → ${results.throughput['api-cached'].rps.toFixed(0)} | ${(results.latency['api-cached'].mean / results.latency.cypher.mean).toFixed(2)}× |`);
  }
  lines.push('', `## Before and after (our API; before = ${BEFORE.run})`, '', '| operation | mean latency before → now (ms), 1 conn. | req/s before → now, 4 conn. | / raw Cypher before → now |', '|---|---:|---:|---:|');
  for (const { op, results } of rows) {
    const before = BEFORE.ops[op.name];
    if (!before) continue;
    lines.push(`| ${op.name} | ${before.mean.toFixed(2)} → ${results.latency.api.mean.toFixed(2)} | ${before.rps} → ${results.throughput.api.rps.toFixed(0)} | ${before.ratio.toFixed(2)}× → ${(results.latency.api.mean / results.latency.cypher.mean).toFixed(2)}× |`);
  }
  lines.push('', '## Notes', '', ...NOTES, '');
  return lines.join('\n');
}

/** Our API's numbers in the previous results file (commit 8c09c3f: compiler, stored planCount and response cache, before the per-request work of issue 11's x-apispeed). */
const BEFORE: { run: string; ops: Record<string, { mean: number; rps: number; ratio: number }> } = {
  run: 'commit 8c09c3f, 2026-12-05T21:17Z, load average 1.69 → 2.31; @neo4j/graphql Q3 then 1.24 ms, 882 req/s',
  ops: {
    'lookup by id': { mean: 1.21, rps: 1429, ratio: 1.21 / 0.45 },
    search: { mean: 1.2, rps: 985, ratio: 1.2 / 1.14 },
    'Q3 area → parks → enterprises → plans': { mean: 1.53, rps: 800, ratio: 1.53 / 1.07 },
    'neighborhood (depth 2)': { mean: 2.3, rps: 557, ratio: 2.3 / 1.14 },
    'paths (shortest, ≤ 6)': { mean: 7.22, rps: 244, ratio: 7.22 / 1.09 },
    'crossPlan (enterprises in ≥ 2 plans)': { mean: 2.47, rps: 575, ratio: 2.47 / 1.26 },
  },
};

/** Why the numbers are what they are; kept beside the code that produces them. */
const NOTES = [
  '- **Compiled traversals** (src/api/compile-traverse.ts): Q3 runs one Cypher text with literal relationship types, labels and directions from the field table, compiled once per selection shape (every text in cypher/compiled/traversals.md). The generic `read/traverse` (types and labels as parameters) made 1020 db hits for Q3 against 441 for the same query with literal types; `api-generic` measures it in the same run.',
  '- **Per request** (issue 11, found with `bench/api-profile.ts --profile` and `bench/api-stack.ts`): reads run as auto-commit queries in a READ session, one round trip where `executeRead` spent a second on COMMIT (since x-graphspeed the hand-written Cypher runs the same way, auto-commit and without the driver\'s stack capture, as a hand-writer would run it best: before, its `executeRead` and the stack capture under tsx cost it ~0.9 ms a query, so the ratios of earlier runs flatter us); reads skip neo4j-driver\'s per-result stack capture, which source maps (on under tsx) made dearer than the rest of the driver\'s work; compiled traversals fetch slim rows unless more is selected: below the root a node whose id is `Label:name` comes as its name alone, any other as id and name, the type being the level\'s label (Q3 from Neo4j: 6.5 KB whole, 2.9 KB with id, type and name, 1.4 KB so; the hand-written Cypher\'s answer is 1.2 KB); neighborhood and paths expand only the fact types (typed pattern); neighborhood\'s facts carry plan and quote only when selected; paths is one query (Neo4j\'s `shortestPath` with universal predicates, src/api/schema/graph.ts), the bounded BFS only past a 1 s budget; the readiness check no longer tests a URLPattern per request and declared bodies are read whole.',
  '- **The framework floor** (`yoga-floor`, comparison-servers.ts): bare Yoga answering the hand-written Cypher\'s rows as one JSON value, with no schema types, resolvers, loaders or plugins. It sets a lower bound for any Yoga server: where floor / hand is near or above 1.3×, the 1.3× goal is out of reach on Yoga whatever the rest costs. Measured in one process without Neo4j (canned rows), Yoga alone spent ~99 µs of CPU per lookup and our whole stack ~200 µs; a fifth of the stack\'s profile is @whatwg-node/promise-helpers\' `fakePromise`, which Yoga and envelop call around every hook.',
  '- **crossPlan** reads the stored `planCount` (kept exact by the loader, index on `(type, planCount)`) instead of counting every enterprise\'s plans per request; the hand-written Cypher and @neo4j/graphql\'s `@cypher` field were given the same property, so the comparison stays like for like.',
  '- **Response cache**: `api-cached` answers every request after the first from the cache (key: request and graph version, the version read at most once a second); its rows measure a hit, and the goals are read from `api` (cache off), as the issue asks.',
  '- **@neo4j/graphql** answers lookup and Q3 with its generated Cypher (Q3\'s relationship lists are `@cypher` fields so they return distinct neighbours, as ours do); search, neighborhood, paths and crossPlan are `@cypher` Query fields there (it has no traversal API), and the rows marked "nodes only" / "entities only" return less data than ours.',
  '- **autocannon reports latency percentiles in whole milliseconds** (its histogram truncates: a 0.9 ms answer counts as 0), so p50 differences below 1 ms show as 0 or 1. Its average is therefore biased low, more for faster targets (lookup: 0.25 ms by the histogram where 1,039 answers a second on one connection mean 0.96 ms); since x-apispeed the mean column is measured time × connections / answers instead (exact for autocannon\'s closed loop, client time included for every target alike). The before column of the table above still has histogram means, so compare its ratios with care. Latency goals are read from the 1-connection pass (means); the 4-connection pass includes queueing on 2 shared cores. The machine is shared with other work: compare rows of one run, and read the load average above before comparing runs.',
];

if (process.argv[2] === '--serve') await serve(process.argv[3]!);
else await main();
