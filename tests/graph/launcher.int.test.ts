// The local launcher and the connection layer against a real Neo4j: the shared
// one from the global setup, plus launchers of this file's own (never the
// shared one) for stop/start, taken ports and locked stores.
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, readConfig, type LauncherConfig } from '../../src/graph/config.js';
import { createDriver } from '../../src/graph/driver.js';
import { AuthenticationError, DatabaseUnavailableError, LauncherError, UnknownQueryError } from '../../src/graph/errors.js';
import { createExecutor } from '../../src/graph/executor.js';
import { migrate } from '../../src/graph/migrate.js';
import { queryFile, statements } from '../../src/graph/queries.js';
import { keepAlive } from '../../src/graph/keep-alive.js';
import { checkJava } from '../../src/graph/launcher-build.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/graph/local-neo4j.js';
import { freePort } from '../setup/neo4j-global-setup.js';
import { uniqueId, useTestGraph } from '../setup/neo4j.js';

const { driver, executor } = useTestGraph();
const dirs: string[] = [];
const launched: LocalNeo4j[] = [];

async function ownLauncherConfig(dataDir?: string): Promise<LauncherConfig> {
  const dir = dataDir ?? (await mkdtemp(path.join(PROJECT_ROOT, '.data', 'test-own-')));
  if (!dirs.includes(dir)) dirs.push(dir);
  return { ...readConfig({}).launcher, dataDir: dir, boltPort: await freePort(), heap: '384m', pageCache: '32m', startTimeoutMs: 90_000 };
}

async function launch(config: LauncherConfig): Promise<LocalNeo4j> {
  const local = await startLocalNeo4j(config);
  launched.push(local);
  return local;
}

afterAll(async () => {
  for (const local of launched) await local.stop();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('shared test database', () => {
  it('is Neo4j 5.26 Community (or the server NEO4J_URI names) and answers through the executor', async () => {
    const [row] = await executor.read<{ version: string; edition: string }>('system/components');
    expect(row?.version).toMatch(/^\d+\.\d+/);
    if (!process.env.NEO4J_URI) expect(row).toEqual({ version: expect.stringMatching(/^5\.26\./), edition: 'community' });
  });

  it('round-trips a write through neo4j-driver; the executor returns counts as plain numbers', async () => {
    const id = uniqueId('launcher');
    await driver.executeQuery('CREATE (:LauncherTest {id: $id, big: $big})', { id, big: neo4j.int('9007199254740993') }, { database: executor.database });
    const { records } = await driver.executeQuery('MATCH (t:LauncherTest {id: $id}) RETURN t.big AS big', { id }, { database: executor.database });
    expect(String(records[0]?.get('big'))).toBe('9007199254740993'); // exact, beyond 2^53
    const [counts] = await executor.read<{ nodeCount: number; relationshipCount: number }>('system/counts');
    expect(counts?.nodeCount).toBeTypeOf('number');
    expect(counts!.nodeCount).toBeGreaterThan(0);
    await driver.executeQuery('MATCH (t:LauncherTest {id: $id}) DELETE t', { id }, { database: executor.database });
  });

  it('tags every transaction with {app, query} metadata, in reads, writes and inWriteTransaction', async () => {
    expect(await executor.read('system/tx-metadata')).toEqual([{ metadata: { app: 'plangraph', query: 'system/tx-metadata' } }]);
    expect(await executor.write('system/tx-metadata')).toEqual([{ metadata: { app: 'plangraph', query: 'system/tx-metadata' } }]);
    const rows = await executor.inWriteTransaction((tx) => tx.run('system/tx-metadata'), { label: 'load plan x' });
    expect(rows).toEqual([{ metadata: { app: 'plangraph', query: 'load plan x' } }]);
  });

  it('applied the schema: the entity_id constraint exists', async () => {
    const { records } = await driver.executeQuery("SHOW CONSTRAINTS YIELD name WHERE name = 'entity_id' RETURN name", {}, { database: executor.database });
    expect(records.map((r) => r.get('name'))).toEqual(['entity_id']);
  });

  it('migrates idempotently: running schema.cypher again changes no constraint or index', async () => {
    const names = async (show: string) =>
      (await driver.executeQuery(`${show} YIELD name RETURN name`, {}, { database: executor.database })).records.map((r) => r.get('name') as string);
    const schema = async () => [...(await names('SHOW CONSTRAINTS')), ...(await names('SHOW INDEXES'))].sort();
    const before = await schema();
    expect(await migrate(executor)).toEqual({ statements: statements(queryFile('schema')).length });
    expect(await schema()).toEqual(before);
  });

  it('rejects an unknown query name before touching the database', async () => {
    await expect(executor.read('system/nope')).rejects.toThrow(UnknownQueryError);
    await expect(executor.read('system/nope')).rejects.toThrow(/system\/counts/); // lists the neighbours
  });

  it('passes errors thrown inside inWriteTransaction through unchanged', async () => {
    class Mine extends Error {}
    await expect(
      executor.inWriteTransaction(async (tx) => {
        await tx.run('system/ping');
        throw new Mine('stop here');
      }),
    ).rejects.toThrow(Mine);
  });
});

describe('an unreachable database', () => {
  it('fails fast with DatabaseUnavailableError, for reads and for ping', async () => {
    const port = await freePort(); // nothing listens there
    const down = createDriver({ uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: undefined, database: 'neo4j' });
    const downExecutor = createExecutor(down, 'neo4j');
    try {
      let started = Date.now();
      await expect(downExecutor.read('system/counts')).rejects.toThrow(DatabaseUnavailableError);
      expect(Date.now() - started).toBeLessThan(2500); // one retry after ~1 s, not the driver default 30 s of retries
      started = Date.now();
      await expect(downExecutor.ping(1000)).rejects.toThrow(DatabaseUnavailableError);
      expect(Date.now() - started).toBeLessThan(1500);
    } finally {
      await down.close();
    }
  });
});

describe('own launcher', () => {
  it('keeps data across SIGTERM and a restart on the same store', async () => {
    const config = await ownLauncherConfig();
    const first = await launch(config);
    const id = uniqueId('persist');
    const d1 = createDriver({ uri: first.uri, user: 'neo4j', password: undefined, database: 'neo4j' });
    await d1.executeQuery('CREATE (:Persisted {id: $id})', { id }, { database: 'neo4j' });
    await d1.close();
    expect(await first.stop()).toEqual({ code: 143, clean: true }); // the shutdown hook ran (JVM: 128 + SIGTERM), no SIGKILL

    const second = await launch({ ...config, boltPort: await freePort() });
    const d2 = createDriver({ uri: second.uri, user: 'neo4j', password: undefined, database: 'neo4j' });
    try {
      const { records } = await d2.executeQuery('MATCH (p:Persisted {id: $id}) RETURN p.id AS id', { id }, { database: 'neo4j' });
      expect(records.map((r) => r.get('id'))).toEqual([id]);
    } finally {
      await d2.close();
    }

    // While it runs, the same store cannot be opened twice: a clear error, not a corrupted store.
    const clash = await startLocalNeo4j({ ...config, boltPort: await freePort() }).catch((e: unknown) => e);
    expect(clash).toBeInstanceOf(LauncherError);
    expect((clash as LauncherError).failure).toBe('store-locked');
    expect((clash as LauncherError).message).toMatch(/PLANGRAPH_DATA_DIR/);
    await second.stop();
  });

  it('refuses a taken port at once, naming the port and the fix', async () => {
    const server = net.createServer();
    const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)));
    try {
      const started = Date.now();
      const error = await startLocalNeo4j({ ...(await ownLauncherConfig()), boltPort: port }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LauncherError);
      expect((error as LauncherError).failure).toBe('port-in-use');
      expect((error as LauncherError).message).toContain(`Port ${port}`);
      expect((error as LauncherError).message).toContain('NEO4J_BOLT_PORT');
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      server.close();
    }
  });

  it('keepAlive restarts a killed launcher on the same port and store', async () => {
    const config = await ownLauncherConfig();
    const first = await launch(config);
    const lines: string[] = [];
    const kept = keepAlive(first, config, (line) => lines.push(line));
    try {
      process.kill(first.pid, 'SIGKILL');
      const started = Date.now();
      while (kept.current() === first && Date.now() - started < 60_000) await new Promise((r) => setTimeout(r, 200));
      const second = kept.current();
      expect(second).not.toBe(first);
      expect(second.uri).toBe(first.uri);
      const driver = createDriver({ uri: second.uri, user: 'neo4j', password: undefined, database: 'neo4j' });
      await createExecutor(driver, 'neo4j').ping(5000).finally(() => driver.close());
      expect(lines[0]).toMatch(/restarting the local Neo4j now/);
    } finally {
      await kept.stop();
    }
    expect(await kept.current().exited).toMatchObject({ clean: true });
  });

  it('turns auth on when a password is set: the right one connects, a wrong one is AuthenticationError', async () => {
    const local = await launch({ ...(await ownLauncherConfig()), password: 'correct-horse' });
    const good = createDriver({ uri: local.uri, user: 'neo4j', password: 'correct-horse', database: 'neo4j' });
    const bad = createDriver({ uri: local.uri, user: 'neo4j', password: 'wrong-horse', database: 'neo4j' });
    try {
      await createExecutor(good, 'neo4j').ping(5000);
      await expect(createExecutor(bad, 'neo4j').read('system/ping')).rejects.toThrow(AuthenticationError);
    } finally {
      await good.close();
      await bad.close();
      await local.stop();
    }
  });

  it('gives up after NEO4J_START_TIMEOUT with a message pointing at the log, and kills the JVM', async () => {
    const started = Date.now();
    const error = await startLocalNeo4j({ ...(await ownLauncherConfig()), startTimeoutMs: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LauncherError);
    expect((error as LauncherError).failure).toBe('not-ready');
    expect((error as LauncherError).message).toMatch(/debug\.log.*NEO4J_START_TIMEOUT/s);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('names Java as the missing piece when there is none', () => {
    expect(() => checkJava('/nonexistent/bin/java')).toThrow(LauncherError);
    expect(() => checkJava('/nonexistent/bin/java')).toThrow(/Java 17 or newer.*NEO4J_URI/s);
  });
});
