// Integration tier: ONE Neo4j for the whole test run. Unless NEO4J_URI is set,
// the local launcher starts on a free port with a fresh store under
// .data/test-*, which is deleted afterwards. The schema is applied once here.
// Test files get the connection through `inject('neo4j')` (see neo4j.ts).
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { PROJECT_ROOT, readConfig, type Neo4jConfig } from '../../src/graph/config.js';
import { createDriver } from '../../src/graph/driver.js';
import { createExecutor } from '../../src/graph/executor.js';
import { startLocalNeo4j } from '../../src/graph/local-neo4j.js';
import { migrate } from '../../src/graph/migrate.js';

export type TestNeo4j = Neo4jConfig & { uri: string };

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = readConfig();
  const cleanups: Array<() => Promise<void>> = [];
  let neo4j: TestNeo4j;
  if (config.neo4j.uri !== undefined) {
    neo4j = { ...config.neo4j, uri: config.neo4j.uri };
  } else {
    await mkdir(path.join(PROJECT_ROOT, '.data'), { recursive: true });
    const dataDir = await mkdtemp(path.join(PROJECT_ROOT, '.data', 'test-'));
    const started = Date.now();
    const local = await startLocalNeo4j({ ...config.launcher, dataDir, boltPort: await freePort() }, { log: (line) => console.log(`[neo4j] ${line}`) });
    console.log(`[neo4j] test database up in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    cleanups.push(async () => {
      await local.stop();
      await rm(dataDir, { recursive: true, force: true });
    });
    neo4j = { ...config.neo4j, uri: local.uri };
  }

  // A JVM that has just started, on a loaded machine, may take longer than the server's 2 s to hand out its first connection.
  const driver = createDriver(neo4j, { connectionAcquisitionTimeoutMs: 30_000, connectionTimeoutMs: 30_000 });
  try {
    await migrate(createExecutor(driver, neo4j.database));
  } finally {
    await driver.close();
  }
  project.provide('neo4j', neo4j);
  return async () => {
    for (const cleanup of cleanups) await cleanup();
  };
}

/** A port nobody listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
