// What other local users and processes can do with the local Neo4j: LOAD CSV
// must not read local files (auth is off), and a CLI command started while
// `plangraph serve` runs uses that Neo4j instead of failing on its port.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, readConfig, type AppConfig } from '../../src/graph/config.js';
import { openGraph } from '../../src/graph/connect.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/graph/local-neo4j.js';
import { findRunningNeo4j, RECORD_FILE } from '../../src/graph/running-neo4j.js';
import { freePort } from '../setup/neo4j-global-setup.js';
import { useTestGraph } from '../setup/neo4j.js';

const { driver, executor } = useTestGraph();
const ownLauncher = !process.env.NEO4J_URI; // against a server of NEO4J_URI there is no launcher to test
const dirs: string[] = [];
const launched: LocalNeo4j[] = [];

afterAll(async () => {
  for (const local of launched) await local.stop();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function serveLike(): Promise<{ config: AppConfig; local: LocalNeo4j }> {
  const dataDir = await mkdtemp(path.join(PROJECT_ROOT, '.data', 'test-share-'));
  dirs.push(dataDir);
  const base = readConfig({});
  const config: AppConfig = { ...base, launcher: { ...base.launcher, dataDir, boltPort: await freePort(), heap: '384m', pageCache: '32m' } };
  const local = await startLocalNeo4j(config.launcher);
  launched.push(local);
  return { config, local };
}

/** Runs the real CLI with only PLANGRAPH_DATA_DIR and NEO4J_BOLT_PORT set, as a user would next to `npm start`. */
function plangraph(env: Record<string, string>, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { NEO4J_URI: _unset, ...rest } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'src/cli/index.ts'), ...args], { env: { ...rest, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe.runIf(ownLauncher)('LOAD CSV', () => {
  it('cannot read local files through the local Neo4j (file:// URLs are refused)', async () => {
    const error = await driver
      .executeQuery("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row LIMIT 1", {}, { database: executor.database })
      .then(() => undefined, (e: unknown) => e as Error);
    expect(error?.message).toMatch(/file URLs are disabled|allow_csv_import_from_file_urls|file:\/\/\/etc\/passwd/i);
  });
});

describe.runIf(ownLauncher)('a CLI command while the local Neo4j of its data directory runs', () => {
  it('finds it from the record the launcher keeps in the store directory, and the record goes with it', async () => {
    const { config, local } = await serveLike();
    const record = JSON.parse(readFileSync(path.join(local.home, RECORD_FILE), 'utf8')) as { uri: string; pid: number };
    expect(record).toEqual({ uri: local.uri, pid: local.pid });
    expect(await findRunningNeo4j(config.launcher, config.neo4j)).toEqual(record);

    // openGraph for a CLI command uses it and leaves it running.
    const graph = await openGraph(config, { attach: true, migrate: false });
    expect(graph.uri).toBe(local.uri);
    expect(graph.local()).toBeUndefined();
    await graph.close();
    const again = await openGraph(config, { attach: true, migrate: false });
    await again.executor.ping(2000);
    await again.close();

    await local.stop();
    expect(existsSync(path.join(local.home, RECORD_FILE))).toBe(false);
  });

  it('plangraph stats answers from the running Neo4j instead of "Port … is taken"', async () => {
    const { config, local } = await serveLike();
    const env = { PLANGRAPH_DATA_DIR: config.launcher.dataDir, NEO4J_BOLT_PORT: String(config.launcher.boltPort) };
    const { code, stderr, stdout } = await plangraph(env, 'stats', '--json', '-');
    expect(stderr).toContain(`Using the Neo4j already running for ${config.launcher.dataDir} at ${local.uri}`);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toHaveProperty('plans');
    // Still running: the command left it alone.
    await expect(Promise.race([local.exited, new Promise((r) => setTimeout(() => r('running'), 500))])).resolves.toBe('running');
  });

  it('still fails on the port when it belongs to something else, even with a (stale) record naming it', async () => {
    const dataDir = await mkdtemp(path.join(PROJECT_ROOT, '.data', 'test-share-'));
    dirs.push(dataDir);
    const server = net.createServer((socket) => socket.end());
    const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)));
    try {
      mkdirSync(path.join(dataDir, 'neo4j'), { recursive: true });
      // A live pid (ours) and a port that is taken, but no Neo4j of this store behind it.
      writeFileSync(path.join(dataDir, 'neo4j', RECORD_FILE), JSON.stringify({ uri: `bolt://127.0.0.1:${port}`, pid: process.pid }));
      const base = readConfig({});
      expect(await findRunningNeo4j({ ...base.launcher, dataDir, boltPort: port }, base.neo4j)).toBeUndefined();
      const { code, stderr } = await plangraph({ PLANGRAPH_DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(port) }, 'stats');
      expect(stderr).toContain(`Port ${port} on 127.0.0.1 is taken`);
      expect(code).toBe(1);
    } finally {
      server.close();
    }
  });

  it('does not take another data directory’s Neo4j for its own', async () => {
    const { config: theirs, local } = await serveLike();
    const base = readConfig({});
    const dataDir = await mkdtemp(path.join(PROJECT_ROOT, '.data', 'test-share-'));
    dirs.push(dataDir);
    mkdirSync(path.join(dataDir, 'neo4j'), { recursive: true });
    copyFileSync(path.join(local.home, RECORD_FILE), path.join(dataDir, 'neo4j', RECORD_FILE)); // a record copied along with a store
    expect(await findRunningNeo4j({ ...base.launcher, dataDir, boltPort: theirs.launcher.boltPort }, base.neo4j)).toBeUndefined();
  });
});
