// The server against a real Neo4j that goes away and comes back: a launcher of
// this file's own (never the shared one), killed and restarted on the same
// port and store while the same Yoga instance keeps serving.
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readApiConfig } from '../../src/api/config.js';
import { createPlanGraphYoga, type PlanGraphYoga } from '../../src/api/yoga.js';
import { PROJECT_ROOT, readConfig, type LauncherConfig } from '../../src/graph/config.js';
import { createDriver } from '../../src/graph/driver.js';
import { openGraph, type Graph } from '../../src/graph/connect.js';
import { createExecutor } from '../../src/graph/executor.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/graph/local-neo4j.js';
import { migrate } from '../../src/graph/migrate.js';
import { freePort } from '../setup/neo4j-global-setup.js';
import { useTestGraph } from '../setup/neo4j.js';

const SYSTEM = '{ system { neo4jVersion edition nodeCount relationshipCount } }';

function graphql(yoga: PlanGraphYoga, query: string) {
  return yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
}

/** Polls `probe` until it returns true; returns the elapsed ms, or throws after `limitMs`. */
async function until(probe: () => Promise<boolean>, limitMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    if (await probe()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`condition not met within ${limitMs} ms`);
}

describe('against the shared database', () => {
  const { executor } = useTestGraph();
  const yoga = createPlanGraphYoga({ executor });

  it('answers the system query with the real version and counts', async () => {
    const response = await graphql(yoga, SYSTEM);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { system: Record<string, unknown> }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    const [counts] = await executor.read<{ nodeCount: number }>('system/counts');
    expect(body.data.system.nodeCount).toBeTypeOf('number');
    // Other test files may write meanwhile, so compare loosely with a fresh read.
    expect(Math.abs((body.data.system.nodeCount as number) - counts!.nodeCount)).toBeLessThan(10_000);
    if (!process.env.NEO4J_URI) expect(body.data.system).toMatchObject({ neo4jVersion: expect.stringMatching(/^5\.26\./), edition: 'community' });
  });

  it('serves /health and /ready', async () => {
    expect((await yoga.fetch('http://yoga/health')).status).toBe(200);
    expect((await yoga.fetch('http://yoga/ready')).status).toBe(200);
  });

  it('masks unexpected errors but keeps GraphQL validation errors', async () => {
    const body = (await (await graphql(yoga, '{ system { nope } }')).json()) as { errors: Array<{ message: string }> };
    expect(body.errors[0]?.message).toMatch(/Cannot query field "nope"/);
  });
});

describe('when Neo4j dies and comes back', () => {
  let config: LauncherConfig;
  let local: LocalNeo4j;
  let yoga: PlanGraphYoga;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const dataDir = await mkdtemp(path.join(PROJECT_ROOT, '.data', 'test-ready-'));
    config = { ...readConfig({}).launcher, dataDir, boltPort: await freePort(), heap: '384m', pageCache: '32m', startTimeoutMs: 90_000 };
    local = await startLocalNeo4j(config);
    const neo4j = { uri: local.uri, user: 'neo4j', password: undefined, database: 'neo4j' };
    // As `plangraph serve` does: /ready checks the indexes and searches the full-text one. (Patient: a cold JVM.)
    const patient = createDriver(neo4j, { connectionAcquisitionTimeoutMs: 30_000, connectionTimeoutMs: 30_000 });
    await migrate(createExecutor(patient, 'neo4j')).finally(() => patient.close());
    const driver = createDriver(neo4j);
    // Cache off: these tests follow requests to a dead or stalled database,
    // and an answer the cache still holds would (rightly) be served instead.
    yoga = createPlanGraphYoga({ executor: createExecutor(driver, 'neo4j'), responseCache: false });
    close = async () => {
      await driver.close();
      await local.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
  });
  afterAll(async () => close?.());

  it('turns /ready to 503 within 2 s, answers DATABASE_UNAVAILABLE fast, and recovers without a new server', async () => {
    // The first probe of a cold JVM may exceed the 1 s budget; after that it answers in milliseconds.
    await until(async () => (await yoga.fetch('http://yoga/ready')).status === 200, 10_000);
    expect((await graphql(yoga, SYSTEM)).status).toBe(200);

    process.kill(local.pid, 'SIGKILL'); // a crash, not a polite stop
    await local.exited;
    const toUnready = await until(async () => (await yoga.fetch('http://yoga/ready')).status === 503, 2000);
    expect(toUnready).toBeLessThan(2000);
    const ready = await yoga.fetch('http://yoga/ready');
    expect(await ready.json()).toEqual({ ready: false, reason: 'DATABASE_UNAVAILABLE' });

    const started = Date.now();
    const response = await graphql(yoga, SYSTEM);
    const elapsed = Date.now() - started;
    const body = (await response.json()) as { data: unknown; errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(body.errors[0]?.message).not.toMatch(/Unexpected error/);
    expect(body.data).toBeNull();
    expect(elapsed).toBeLessThan(2500);

    local = await startLocalNeo4j(config); // same port, same store
    await until(async () => (await yoga.fetch('http://yoga/ready')).status === 200, 10_000);
    const after = (await (await graphql(yoga, SYSTEM)).json()) as { data: { system: { edition: string } }; errors?: unknown };
    expect(after.errors).toBeUndefined();
    expect(after.data.system.edition).toBe('community');
  });

  it('when Neo4j stalls (SIGSTOP), requests end at their deadline with DATABASE_UNAVAILABLE and /ready is 503; SIGCONT recovers', async () => {
    await until(async () => (await graphql(yoga, SYSTEM)).status === 200, 10_000);
    const STALL_MS = 14_000;
    process.kill(local.pid, 'SIGSTOP');
    try {
      const started = Date.now();
      const responses = await Promise.all(Array.from({ length: 3 }, () => graphql(yoga, SYSTEM)));
      const elapsed = Date.now() - started;
      // Read timeout 5 s + 2 s margin; before, they hung for the whole stall.
      expect(elapsed).toBeLessThan(STALL_MS - 3000);
      for (const response of responses) {
        expect(response.status).toBe(503);
        const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
        expect(body.errors[0]?.extensions.code).toBe('DATABASE_UNAVAILABLE');
      }
      const readyStarted = Date.now();
      expect((await yoga.fetch('http://yoga/ready')).status).toBe(503);
      expect(Date.now() - readyStarted).toBeLessThan(2500);
      await new Promise((r) => setTimeout(r, Math.max(0, STALL_MS - (Date.now() - started))));
    } finally {
      process.kill(local.pid, 'SIGCONT');
    }
    // Same driver, same server: the abandoned sessions finish and their connections return to the pool.
    const recovered = await until(async () => (await graphql(yoga, SYSTEM)).status === 200, 15_000);
    expect(recovered).toBeLessThan(15_000);
    expect((await yoga.fetch('http://yoga/ready')).status).toBe(200);
  });
});

/** True once 127.0.0.1:port accepts a TCP connection. */
function accepting(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

// Issue #13.2, as `plangraph serve` runs it (openGraph with keep-alive): after a
// kill -9 the server restarted Neo4j by itself, but while it was down every
// query waited for a refused connection and the driver's retry (~1 s), so 30
// requests clogged the (then) 16 admission slots and half came back OVERLOADED; after
// it was back, the first queries met a cold plan cache all at once.
describe('when Neo4j is killed under plangraph serve (keep-alive)', () => {
  let graph: Graph;
  let yoga: PlanGraphYoga;
  let dataDir: string;
  let boltPort: number;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(PROJECT_ROOT, '.data', 'test-crash-'));
    boltPort = await freePort();
    const base = readConfig({});
    const config = { ...base, neo4j: { ...base.neo4j, uri: undefined }, launcher: { ...base.launcher, dataDir, boltPort, heap: '384m', pageCache: '32m', startTimeoutMs: 90_000 } };
    // openGraph gives a cold JVM 5 s for its first answer; a loaded machine sometimes needs another try.
    for (let attempt = 1; ; attempt++) {
      try {
        graph = await openGraph(config, { keepAlive: true });
        break;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
    yoga = createPlanGraphYoga({ executor: graph.executor, responseCache: false });
  });
  afterAll(async () => {
    await graph?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('fails fast while Neo4j is down (no clogged queue), restarts it, and serves again once it accepts connections', async () => {
    await until(async () => (await graphql(yoga, SYSTEM)).status === 200, 30_000);
    const killed = graph.local()!;
    process.kill(killed.pid, 'SIGKILL');
    await killed.exited;

    // The first request meets the dead database (refused, one driver retry); the rest know it is down.
    const first = (await (await graphql(yoga, SYSTEM)).json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(first.errors[0]?.extensions.code).toBe('DATABASE_UNAVAILABLE');
    const started = Date.now();
    const burst = await Promise.all(
      Array.from({ length: 30 }, async () => {
        const response = await graphql(yoga, SYSTEM);
        const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
        return { status: response.status, code: body.errors[0]?.extensions.code, ms: Date.now() - started };
      }),
    );
    // Before: each took ~1 s, 16 at a time, and 14 waited out the queue into OVERLOADED.
    // Now the slots answer DATABASE_UNAVAILABLE at once; the queue may shed some as OVERLOADED
    // at once too (the first request's 1 s hold raised the expected wait), but none waits.
    const codes = burst.map((b) => b.code);
    const slots = readApiConfig().maxConcurrent;
    expect(codes.filter((c) => c === 'DATABASE_UNAVAILABLE').length).toBeGreaterThanOrEqual(Math.min(slots, burst.length));
    expect(codes.filter((c) => c !== 'DATABASE_UNAVAILABLE' && c !== 'OVERLOADED')).toEqual([]);
    expect(burst.every((b) => b.status === 503)).toBe(true);
    expect(Math.max(...burst.map((b) => b.ms))).toBeLessThan(500);
    expect((await yoga.fetch('http://yoga/ready')).status).toBe(503);

    // Keep-alive starts it again at once; from the moment Bolt accepts, service must be back within 5 s
    // (10 here: the int tier runs on a shared 2-core machine; bench/load.ts crash measures the 5 s goal).
    await until(async () => !(await accepting(boltPort)), 5_000).catch(() => {});
    await until(() => accepting(boltPort), 120_000);
    const acceptingAt = Date.now();
    await until(async () => (await graphql(yoga, SYSTEM)).status === 200, 10_000);
    const back = Date.now() - acceptingAt;
    expect(graph.local()).not.toBe(killed);
    const ready = await until(async () => (await yoga.fetch('http://yoga/ready')).status === 200, 10_000);
    expect(ready).toBeLessThan(10_000);
    console.log(`[crash] service back ${back} ms after Bolt accepted again`);
  });
});
