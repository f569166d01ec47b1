// Where our API spends a request, and what it costs against the hand-written
// Cypher, quickly (seconds, not bench/api.ts's minutes): one child process
// serves our API (cache off, compiler on), the bare Cypher handler and
// @neo4j/graphql as bench/api.ts does; this process loads them with autocannon, 1 connection,
// interleaved, and prints mean latencies and their ratio per operation, and
// CPU time per request of the serving process and of Neo4j (node + neo4j µs),
// which a shared, loaded machine disturbs less than latency.
// With --profile the child runs under `node --cpu-prof`, only our API is
// loaded, and the heaviest frames by self time (and per package) are printed.
// Run: NEO4J_URI=bolt://… npx tsx bench/api-profile.ts [--profile] [--ops lookup,Q3] [--seconds 3] [--rounds 2]
// (without NEO4J_URI the local launcher starts on .data/bench-api, as bench/api.ts does).
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { listen } from '../src/api/server.js';
import { createPlanGraphYoga } from '../src/api/yoga.js';
import { PROJECT_ROOT, readConfig } from '../src/graph/config.js';
import { createDriver } from '../src/graph/driver.js';
import { createExecutor } from '../src/graph/executor.js';
import { startLocalNeo4j } from '../src/graph/local-neo4j.js';
import { readLauncherRecord } from '../src/graph/running-neo4j.js';
import { migrate } from '../src/graph/migrate.js';
import { seedIfEmpty } from '../src/graph/seed-if-empty.js';
import { freePort } from '../tests/setup/neo4j-global-setup.js';
import { OPERATIONS } from './api-operations.js';
import { handCypherHandler, listenNeo4jGraphql, listenOnLoopback, portOf } from './comparison-servers.js';
import { summarise } from './cpuprofile-top.js';

type Target = 'api' | 'cypher' | 'neo4j-gql';
const PROFILE_DIR = path.join(PROJECT_ROOT, '.data', 'api-profile');

async function serve(uri: string): Promise<void> {
  const config = readConfig();
  const executor = createExecutor(createDriver({ ...config.neo4j, uri }), config.neo4j.database);
  const api = await listen(createPlanGraphYoga({ executor, graphiql: false, responseCache: false, compileTraversals: true }), 0, '127.0.0.1');
  const handCypher = handCypherHandler(uri, config);
  const raw = await listenOnLoopback(createServer((req, res) => (req.url === '/cpu' ? void res.end(JSON.stringify(process.cpuUsage())) : handCypher(req, res))));
  const neoServer = await listenNeo4jGraphql(uri, config);
  console.log(JSON.stringify({ api: api.url.replace('localhost', '127.0.0.1'), cypher: `http://127.0.0.1:${portOf(raw)}/raw`, 'neo4j-gql': `http://127.0.0.1:${portOf(neoServer)}/graphql` }));
  // process.exit() still writes the --cpu-prof file.
  process.stdin.on('end', () => process.exit(0));
  process.stdin.resume();
}

interface Cell {
  /** Mean latency, ms. */
  mean: number;
  /** CPU µs per request of the serving process and of Neo4j (all its threads): what a loaded machine disturbs least. */
  cpu: number;
  neo4jCpu: number;
}

/** CPU µs a process has used (utime + stime from /proc), or 0 where /proc is missing. */
function procCpu(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1e6) / 100; // clock ticks of 10 ms
  } catch {
    return 0;
  }
}

async function measure(url: string, payload: string, seconds: number, cpuUrl: string, neo4jPid?: number): Promise<Cell> {
  const cpuOf = async () => {
    const { user, system } = (await (await fetch(cpuUrl)).json()) as { user: number; system: number };
    return user + system;
  };
  const [c0, n0] = [await cpuOf(), procCpu(neo4jPid)];
  const result = await autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json' }, body: payload, connections: 1, duration: seconds });
  const [c1, n1] = [await cpuOf(), procCpu(neo4jPid)];
  if (result.errors + result.non2xx > 0) throw new Error(`${url}: ${result.errors} errors, ${result.non2xx} non-2xx`);
  // autocannon's latency histogram keeps whole ms: the exact mean of one connection's closed loop is time / answers.
  return { mean: (result.duration * 1000) / Math.max(result.requests.total, 1), cpu: (c1 - c0) / result.requests.total, neo4jCpu: (n1 - n0) / result.requests.total };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { profile: { type: 'boolean' }, ops: { type: 'string' }, seconds: { type: 'string' }, rounds: { type: 'string' }, top: { type: 'string' } } });
  const seconds = Number(values.seconds ?? 3);
  const rounds = Number(values.rounds ?? 2);
  const wanted = values.ops?.split(',').map((s) => s.trim().toLowerCase());
  const ops = OPERATIONS.map((op, index) => ({ op, index })).filter(({ op }) => !wanted || wanted.some((w) => op.name.toLowerCase().startsWith(w)));

  const config = readConfig();
  let uri = config.neo4j.uri;
  let stop = async () => {};
  let neo4jPid = process.env.NEO4J_PID ? Number(process.env.NEO4J_PID) : readLauncherRecord(config.launcher.dataDir)?.pid;
  if (uri === undefined) {
    const dataDir = path.join(PROJECT_ROOT, '.data', 'bench-api');
    mkdirSync(dataDir, { recursive: true });
    const local = await startLocalNeo4j({ ...config.launcher, dataDir, boltPort: await freePort(), heap: '768m' });
    uri = local.uri;
    neo4jPid = readLauncherRecord(dataDir)?.pid;
    stop = async () => void (await local.stop());
  }
  const driver = createDriver({ ...config.neo4j, uri });
  const executor = createExecutor(driver, config.neo4j.database);
  await migrate(executor);
  await seedIfEmpty(executor, { log: (line) => console.log(line) });
  await driver.close();

  if (values.profile) {
    rmSync(PROFILE_DIR, { recursive: true, force: true });
    mkdirSync(PROFILE_DIR, { recursive: true });
  }
  const profileArgs = values.profile ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : [];
  const child = spawn(process.execPath, [...process.execArgv, ...profileArgs, fileURLToPath(import.meta.url), '--serve', uri], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const urls = await new Promise<Record<Target, string>>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', (line) => resolve(JSON.parse(line)));
    child.once('exit', (code) => reject(new Error(`server process exited with ${code}`)));
  });
  const targets: Target[] = values.profile ? ['api'] : ['api', 'cypher', 'neo4j-gql'];
  const request = (target: Target, index: number) => {
    const op = OPERATIONS[index]!;
    if (target === 'cypher') return { url: `${urls.cypher}/${index}`, payload: '{}' };
    const { query, variables } = target === 'api' ? op.api : op.neo;
    return { url: urls[target], payload: JSON.stringify({ query, variables: variables ?? {} }) };
  };
  const cpuUrl = urls.cypher.replace(/\/raw$/, '/cpu');
  const load0 = loadavg()[0]!;
  for (const { op, index } of ops) {
    for (const target of targets) {
      const { url, payload } = request(target, index);
      await measure(url, payload, 1, cpuUrl, neo4jPid); // warm-up
    }
    const sums = Object.fromEntries(targets.map((t) => [t, { mean: 0, cpu: 0, neo4jCpu: 0 }])) as Record<Target, Cell>;
    for (let round = 0; round < rounds; round++) {
      for (const target of round % 2 === 0 ? targets : [...targets].reverse()) {
        const { url, payload } = request(target, index);
        const cell = await measure(url, payload, seconds, cpuUrl, neo4jPid);
        for (const k of ['mean', 'cpu', 'neo4jCpu'] as const) sums[target][k] += cell[k] / rounds;
      }
    }
    const show = (t: Target) => `${t} ${sums[t].mean.toFixed(2)} ms, cpu ${sums[t].cpu.toFixed(0)}+${sums[t].neo4jCpu.toFixed(0)} µs`;
    const vs = (t: Target) => ` (${(sums.api.mean / sums[t].mean).toFixed(2)}×, cpu ${((sums.api.cpu + sums.api.neo4jCpu) / (sums[t].cpu + sums[t].neo4jCpu)).toFixed(2)}×)`;
    console.log(`${op.name.slice(0, 14).padEnd(14)} ${show('api')}${values.profile ? '' : ` | ${show('cypher')}${vs('cypher')} | ${show('neo4j-gql')}${vs('neo4j-gql')}`}`);
  }
  console.log(`load average ${load0.toFixed(2)} → ${loadavg()[0]!.toFixed(2)}`);
  child.stdin!.end();
  await exited;
  await stop();
  if (values.profile) {
    const file = readdirSync(PROFILE_DIR).find((f) => f.endsWith('.cpuprofile'));
    if (file) summarise(path.join(PROFILE_DIR, file), Number(values.top ?? 40));
  }
}

if (process.argv[2] === '--serve') await serve(process.argv[3]!);
else await main();
