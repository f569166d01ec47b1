// What our GraphQL stack (Yoga, envelop plugins, Pothos, resolvers, result
// conversion) costs per request without Neo4j: the executor answers from rows
// recorded once from the real database, and requests go through yoga.fetch
// one at a time. CPU time per request (process.cpuUsage, user + system) is
// what a shared machine disturbs least; wall time is printed beside it.
// Two stacks are measured side by side, in alternating batches of 100
// requests, so that a noisy machine disturbs both alike and their ratio holds:
// by default ours with and without compiled execution (graphql-jit,
// plugins/use-compiled-execution.ts); with --bare, ours against Yoga running
// the same schema without any of our plugins (what they cost together); with
// --floor, ours against bench/api.ts's yoga-floor (bare Yoga answering the
// hand-written Cypher's recorded rows as one JSON value): api.md's api /
// yoga-floor without HTTP and Neo4j.
// Run: NEO4J_URI=bolt://… npx tsx bench/api-stack.ts [--requests 3000] [--ops lookup,Q3] [--bare | --floor]
// → a section of bench/results/api-stack.md (one per comparison; a run of some --ops only prints).
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createYoga } from 'graphql-yoga';
import { createContext } from '../src/api/context.js';
import { schema } from '../src/api/schema/index.js';
import { createPlanGraphYoga } from '../src/api/yoga.js';
import { PROJECT_ROOT, readConfig } from '../src/graph/config.js';
import { createDriver } from '../src/graph/driver.js';
import { createExecutor, type Executor } from '../src/graph/executor.js';
import { OPERATIONS } from './api-operations.js';
import { handCypherRunner, yogaFloor, type HandRunner } from './comparison-servers.js';
import { writeSection } from './section.js';

/** The real executor's answers, recorded per query and params, then replayed. */
function canned(real: Executor): Executor {
  const rows = new Map<string, unknown[]>();
  const key = (name: string, params: unknown) => `${name} ${JSON.stringify(params, (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v))}`;
  return {
    ...real,
    async read(name, params = {}, options) {
      const k = key(name, params);
      let found = rows.get(k);
      if (!found) rows.set(k, (found = await real.read(name, params, options)));
      return structuredClone(found) as never;
    },
  };
}

const { values } = parseArgs({ options: { requests: { type: 'string' }, ops: { type: 'string' }, bare: { type: 'boolean' }, floor: { type: 'boolean' } } });
const requests = Number(values.requests ?? 3000);
const wanted = values.ops?.split(',').map((s) => s.trim().toLowerCase());
const config = readConfig();
if (!config.neo4j.uri) throw new Error('set NEO4J_URI to a seeded Neo4j');
const driver = createDriver({ ...config.neo4j, uri: config.neo4j.uri });
const executor = canned(createExecutor(driver, config.neo4j.database));
const ours = createPlanGraphYoga({ executor, graphiql: false, responseCache: false, compileTraversals: true });
// Only the floor runs the hand-written Cypher.
const hand = values.floor ? handCypherRunner(config.neo4j.uri, config) : undefined;
const [baseName, base] = hand
  ? ['yoga-floor', yogaFloor(cannedHand(hand))]
  : values.bare
    ? ['bare Yoga', createYoga({ schema, context: () => createContext(executor, true), graphiql: false, logging: false })]
    : ['without jit', createPlanGraphYoga({ executor, graphiql: false, responseCache: false, compileTraversals: true, compileQueries: false })];
/** The base's request for operation `index`: the floor answers the hand-written Cypher's rows. */
const baseBody = (ours: string, index: number) => (values.floor ? JSON.stringify({ query: `{ raw(i: ${index}) }` }) : ours);

/** The hand-written Cypher's rows, recorded once per operation, then replayed like canned() above. */
function cannedHand(run: HandRunner): HandRunner {
  const rows = new Map<number, unknown[]>();
  return async (index, answer) => {
    let found = rows.get(index);
    if (!found) await run(index, (r) => rows.set(index, (found = r)));
    answer(structuredClone(found!));
  };
}

type Stack = { fetch(url: string, init: RequestInit): Promise<Response> | Response };

async function ask(yoga: Stack, body: string): Promise<void> {
  const response = await yoga.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await response.text();
  if (response.status !== 200 || text.includes('"errors"')) throw new Error(text.slice(0, 300));
}

/** CPU and wall µs of `count` requests. */
async function batch(yoga: Stack, body: string, count: number): Promise<{ cpu: number; wall: number }> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < count; i++) await ask(yoga, body);
  const cpu = process.cpuUsage(cpu0);
  return { cpu: cpu.user + cpu.system, wall: (performance.now() - t0) * 1000 };
}

const BATCH = 100;
const load0 = loadavg()[0]!;
const rows: string[] = [];
console.log(`load average ${load0.toFixed(2)}; µs per request, ours vs ${baseName}`);
for (const [index, op] of OPERATIONS.entries()) {
  if (wanted && !wanted.some((w) => op.name.toLowerCase().startsWith(w))) continue;
  const body = JSON.stringify({ query: op.api.query, variables: op.api.variables ?? {} });
  const bodies = { ours: body, base: baseBody(body, index) };
  // Record the rows, then warm V8 and the compiled documents.
  await batch(ours, bodies.ours, Math.min(500, requests));
  await batch(base, bodies.base, Math.min(500, requests));
  const sum = { ours: { cpu: 0, wall: 0 }, base: { cpu: 0, wall: 0 } };
  for (let b = 0; b < requests / BATCH; b++) {
    for (const which of b % 2 === 0 ? (['ours', 'base'] as const) : (['base', 'ours'] as const)) {
      const taken = await batch(which === 'ours' ? ours : base, bodies[which], BATCH);
      sum[which].cpu += taken.cpu;
      sum[which].wall += taken.wall;
    }
  }
  const per = (us: number) => (us / requests).toFixed(0).padStart(4);
  const ratio = (sum.ours.cpu / sum.base.cpu).toFixed(2);
  const gap = per(sum.ours.cpu - sum.base.cpu);
  console.log(`${op.name.padEnd(40)} cpu ${per(sum.ours.cpu)} vs ${per(sum.base.cpu)} (×${ratio}, difference ${gap.trim()})  wall ${per(sum.ours.wall)} vs ${per(sum.base.wall)}`);
  rows.push(`| ${op.name} | ${per(sum.ours.cpu).trim()} | ${per(sum.base.cpu).trim()} | ${ratio}× | ${gap.trim()} | ${per(sum.ours.wall).trim()} | ${per(sum.base.wall).trim()} |`);
}
await driver.close();
await hand?.close();

if (!wanted) {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  writeSection(
    path.join(PROJECT_ROOT, 'bench', 'results', 'api-stack.md'),
    values.floor ? 'floor' : values.bare ? 'bare' : 'jit',
    [
      `## Ours against ${baseName}`,
      '',
      `- Date: ${new Date().toISOString()}; machine: ${cpu}, ${cpus().length} cores; load average ${load0.toFixed(2)} at start, ${loadavg()[0]!.toFixed(2)} at end`,
      `- ${requests} requests per operation and stack, in alternating batches of ${BATCH}, after 500 to warm up; Neo4j's rows recorded once and replayed (no database time).`,
      '',
      `| operation | ours, CPU µs/request | ${baseName}, CPU µs/request | ratio | ours − ${baseName}, CPU µs | ours, wall µs | ${baseName}, wall µs |`,
      '|---|---:|---:|---:|---:|---:|---:|',
      ...rows,
    ].join('\n'),
    '# Our GraphQL stack per request, without Neo4j (bench/api-stack.ts)',
  );
  console.log('wrote bench/results/api-stack.md');
}
