// Where the time goes after a kill -9 of the local Neo4j (issue #13.2): one
// launcher with the seed graph, warmed up, killed and started again at once
// (no keep-alive backoff). Prints, in ms from the moment the Bolt port accepts
// TCP again: the launcher's READY line, the first `RETURN 1` on a fresh
// driver, the first full readiness read (cypher/system/ready.cypher), and the
// bench's four GraphQL queries through Yoga on the driver that was connected
// before the crash, run one at a time, three rounds. Run: `npx tsx bench/crash-timeline.ts [--repo DIR]`.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { freePort } from '../tests/setup/neo4j-global-setup.js';

const args = process.argv.slice(2);
const repoAt = args.indexOf('--repo');
const repo = repoAt >= 0 ? path.resolve(args[repoAt + 1]!) : process.cwd();
const from = (file: string) => import(pathToFileURL(path.join(repo, file)).href);
const { readConfig } = await from('src/graph/config.ts');
const { startLocalNeo4j } = await from('src/graph/local-neo4j.ts');
const { createDriver } = await from('src/graph/driver.ts');
const { createExecutor } = await from('src/graph/executor.ts');
const { migrate } = await from('src/graph/migrate.ts');
const { seedIfEmpty } = await from('src/graph/seed-if-empty.ts');
const { createPlanGraphYoga } = await from('src/api/yoga.ts');

const QUERIES = [
  '{ search(text: "鞍钢", first: 10) { totalCount edges { node { id name } } } }',
  '{ node(id: "AdminArea:辽宁省/鞍山市") { ... on AdminArea { parks { name enterprises { name plans { planId } } } } } }',
  '{ neighborhood(id: "AdminArea:辽宁省/鞍山市", depth: 2, limitPerHop: 20) { nodes { id label } edges { source target type } } }',
  '{ crossPlan(type: Enterprise, minPlans: 2) { planCount entity { name } } }',
];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const boltUp = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

const dataDir = await mkdtemp(path.join(tmpdir(), 'plangraph-timeline-'));
const config = { ...readConfig().launcher, dataDir, boltPort: await freePort() };
let local = await startLocalNeo4j(config);
const neo4j = { ...readConfig().neo4j, uri: local.uri };
const patient = createDriver(neo4j, { connectionAcquisitionTimeoutMs: 60_000, connectionTimeoutMs: 60_000 });
await migrate(createExecutor(patient, 'neo4j'));
await seedIfEmpty(createExecutor(patient, 'neo4j'));
await patient.close();
const driver = createDriver(neo4j);
const yoga = createPlanGraphYoga({ executor: createExecutor(driver, 'neo4j'), responseCache: false, graphiql: false });
const ask = async (query: string) => {
  const started = performance.now();
  const response = await yoga.fetch('http://yoga/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
  return `${response.status}${body.errors ? ' ' + body.errors[0]?.extensions?.code : ''} in ${Math.round(performance.now() - started)} ms`;
};
for (let round = 0; round < 3; round++) for (const q of QUERIES) await ask(q);
console.log(`warm: ${(await Promise.all(QUERIES.map(ask))).join(', ')}; load ${loadavg()[0]!.toFixed(2)}`);

process.kill(local.pid, 'SIGKILL');
await local.exited;
const killed = Date.now();
let acceptingAt = 0;
const watcher = (async () => {
  while (!(await boltUp(config.boltPort))) await sleep(10);
  acceptingAt = Date.now();
})();
local = await startLocalNeo4j(config);
const readyLineAt = Date.now();
await watcher;
const t = () => Date.now() - acceptingAt;
console.log(`killed → accepting ${acceptingAt - killed} ms; READY line at ${readyLineAt - acceptingAt} ms`);
const fresh = createExecutor(createDriver(neo4j), 'neo4j');
for (const [label, probe] of [
  ['RETURN 1 (fresh driver)', () => fresh.ping(10_000, 'system/ping')],
  ['ready.cypher (fresh driver)', () => fresh.ping(10_000, 'system/ready')],
] as const) {
  const started = t();
  let error = '';
  for (;;) {
    try {
      await probe();
      break;
    } catch (e) {
      error = (e as Error).message.slice(0, 80);
      await sleep(50);
    }
  }
  console.log(`${label}: from ${started} to ${t()} ms${error ? ` (last error: ${error})` : ''}`);
}
for (let round = 0; round < 3; round++) {
  const results: string[] = [];
  for (const q of QUERIES) results.push(`${await ask(q)} (ends at ${t()})`);
  console.log(`round ${round + 1}: ${results.join('; ')}`);
}
const log = await readFile(path.join(dataDir, 'neo4j', 'logs', 'debug.log'), 'utf8');
const restart = log.slice(log.lastIndexOf('Starting'));
console.log(restart.split('\n').filter((l) => /recover|index|Index|populat|Bolt|started|Started|available/i.test(l)).slice(0, 40).join('\n'));
console.log(`load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
await driver.close();
await local.stop();
await rm(dataDir, { recursive: true, force: true });
process.exit(0);
