// The API over the five seed plans on a free port, for the explorer's
// benchmark and the README screenshot (the int test uses the test tier's
// Neo4j instead). Uses NEO4J_URI when set (seeded if empty); else starts a
// local Neo4j with a fresh store in .data/<prefix>*, deleted on close.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { listen, type RunningServer } from '../../src/api/server.js';
import { createPlanGraphYoga, type YogaOptions } from '../../src/api/yoga.js';
import { PROJECT_ROOT, readConfig } from '../../src/graph/config.js';
import { createDriver } from '../../src/graph/driver.js';
import { createExecutor, type Executor } from '../../src/graph/executor.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/graph/local-neo4j.js';
import { migrate } from '../../src/graph/migrate.js';
import { seedIfEmpty } from '../../src/graph/seed-if-empty.js';
import { freePort } from '../setup/neo4j-global-setup.js';

export interface SeededServer {
  /** http://127.0.0.1:<port>, without a trailing slash. */
  base: string;
  executor: Executor;
  /** Another server on the same graph (e.g. serving another build of the page). */
  serve(options?: Partial<YogaOptions>): Promise<string>;
  close(): Promise<void>;
}

export async function startSeededServer(prefix: string, options: Partial<YogaOptions> = {}): Promise<SeededServer> {
  let local: LocalNeo4j | undefined;
  let dataDir: string | undefined;
  let uri = process.env.NEO4J_URI;
  if (!uri) {
    await mkdir(path.join(PROJECT_ROOT, '.data'), { recursive: true });
    dataDir = await mkdtemp(path.join(PROJECT_ROOT, '.data', prefix));
    local = await startLocalNeo4j({ ...readConfig({}).launcher, dataDir, boltPort: await freePort() });
    uri = local.uri;
  }
  const driver = createDriver({ uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD, database: 'neo4j' }, { connectionTimeoutMs: 30_000, connectionAcquisitionTimeoutMs: 30_000 });
  const executor = createExecutor(driver, 'neo4j');
  const servers: RunningServer[] = [];
  const serve = async (more: Partial<YogaOptions> = {}) => {
    const server = await listen(createPlanGraphYoga({ executor, ...more }), 0, '127.0.0.1');
    servers.push(server);
    return server.url.replace(/\/graphql$/, '');
  };
  const close = async () => {
    for (const s of servers) await s.close();
    await driver.close();
    await local?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await migrate(executor);
    await seedIfEmpty(executor, { log: () => {} });
    return { base: await serve(options), executor, serve, close };
  } catch (error) {
    await close();
    throw error;
  }
}
