// Where our API spends a request, and what it costs against the hand-written
// Cypher, quickly (seconds, not bench/api.ts's minutes): one child process
// serves our API (cache off, compiler on) and the bare Cypher handler of
// bench/api.ts; this process loads them with autocannon, 1 connection,
// interleaved, and prints mean latencies and their ratio per operation.
// With --profile the child runs under `node --cpu-prof`, only our API is
// loaded, and the heaviest frames by self time (and per package) are printed.
// Run: NEO4J_URI=bolt://… npx tsx bench/api-profile.ts [--profile] [--ops lookup,Q3] [--seconds 3] [--rounds 2]
// (without NEO4J_URI the local launcher starts on .data/bench-api, as bench/api.ts does).
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import { loadavg } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import neo4j from 'neo4j-driver';
import { listen } from '../src/api/server.js';
import { createPlanGraphYoga } from '../src/api/yoga.js';
import { PROJECT_ROOT, readConfig } from '../src/graph/config.js';
import { createDriver } from '../src/graph/driver.js';
import { createExecutor } from '../src/graph/executor.js';
import { startLocalNeo4j } from '../src/graph/local-neo4j.js';
import { migrate } from '../src/graph/migrate.js';
import { seedIfEmpty } from '../src/graph/seed-if-empty.js';
import { freePort } from '../tests/setup/neo4j-global-setup.js';
import { OPERATIONS } from './api-operations.js';
import { summarise } from './cpuprofile-top.js';

const PROFILE_DIR = path.join(PROJECT_ROOT, '.data', 'api-profile');

async function serve(uri: string): Promise<void> {
  const config = readConfig();
  const executor = createExecutor(createDriver({ ...config.neo4j, uri }), config.neo4j.database);
  const api = await listen(createPlanGraphYoga({ executor, graphiql: false, responseCache: false, compileTraversals: true }), 0, '127.0.0.1');
  const rawDriver = neo4j.driver(uri, neo4j.auth.basic(config.neo4j.user, config.neo4j.password ?? ''), { disableLosslessIntegers: true });
  const raw = createServer(async (req, res) => {
    const cypher = OPERATIONS[Number((req.url ?? '').split('/').pop())]?.cypher;
    await body(req);
    if (!cypher) return void res.writeHead(404).end();
    const session = rawDriver.session({ database: config.neo4j.database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.executeRead((tx) => tx.run(cypher.text, cypher.params), { timeout: 5000 });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result.records.map((r) => r.toObject())));
    } catch (error) {
      res.writeHead(500).end(String(error));
    } finally {
      await session.close();
    }
  });
  await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
  console.log(JSON.stringify({ api: api.url.replace('localhost', '127.0.0.1'), cypher: `http://127.0.0.1:${(raw.address() as { port: number }).port}/raw` }));
  // process.exit() still writes the --cpu-prof file.
  process.stdin.on('end', () => process.exit(0));
  process.stdin.resume();
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = '';
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => resolve(data));
  });
}

async function mean(url: string, payload: string, seconds: number): Promise<number> {
  const result = await autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json' }, body: payload, connections: 1, duration: seconds });
  if (result.errors + result.non2xx > 0) throw new Error(`${url}: ${result.errors} errors, ${result.non2xx} non-2xx`);
  return result.latency.average;
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
  if (uri === undefined) {
    const dataDir = path.join(PROJECT_ROOT, '.data', 'bench-api');
    mkdirSync(dataDir, { recursive: true });
    const local = await startLocalNeo4j({ ...config.launcher, dataDir, boltPort: await freePort(), heap: '768m' });
    uri = local.uri;
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
  const urls = await new Promise<{ api: string; cypher: string }>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', (line) => resolve(JSON.parse(line)));
    child.once('exit', (code) => reject(new Error(`server process exited with ${code}`)));
  });
  const targets = values.profile ? (['api'] as const) : (['api', 'cypher'] as const);
  const request = (target: 'api' | 'cypher', index: number) => {
    const op = OPERATIONS[index]!;
    return target === 'cypher' ? { url: `${urls.cypher}/${index}`, payload: '{}' } : { url: urls.api, payload: JSON.stringify({ query: op.api.query, variables: op.api.variables ?? {} }) };
  };
  const load0 = loadavg()[0]!;
  for (const { op, index } of ops) {
    for (const target of targets) {
      const { url, payload } = request(target, index);
      await mean(url, payload, 1); // warm-up
    }
    const sums = { api: 0, cypher: 0 };
    for (let round = 0; round < rounds; round++) {
      for (const target of round % 2 === 0 ? targets : [...targets].reverse()) {
        const { url, payload } = request(target, index);
        sums[target] += (await mean(url, payload, seconds)) / rounds;
      }
    }
    const ratio = values.profile ? '' : `  cypher ${sums.cypher.toFixed(3)} ms  ratio ${(sums.api / sums.cypher).toFixed(2)}×`;
    console.log(`${op.name.padEnd(40)} api ${sums.api.toFixed(3)} ms${ratio}`);
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
