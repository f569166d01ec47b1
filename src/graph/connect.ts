// Opening the graph, the same way for every command: the local Neo4j when
// NEO4J_URI is unset, the driver, the executor, the schema. `close()` undoes it
// all in reverse order, so callers have exactly one thing to clean up.
import type { Driver } from 'neo4j-driver';
import type { AppConfig } from './config.js';
import { createDriver } from './driver.js';
import { createExecutor, type Executor } from './executor.js';
import { keepAlive } from './keep-alive.js';
import { startLocalNeo4j, type LocalNeo4j } from './local-neo4j.js';
import { migrate } from './migrate.js';
import { findRunningNeo4j } from './running-neo4j.js';

export interface Graph {
  driver: Driver;
  executor: Executor;
  /** The local Neo4j this process started (the current one, after restarts), if any. */
  local(): LocalNeo4j | undefined;
  uri: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Apply cypher/schema.cypher (default true). */
  migrate?: boolean;
  /** Restart the local Neo4j when it dies (for servers; default false). */
  keepAlive?: boolean;
  /**
   * Use the local Neo4j already running for the same data directory (e.g.
   * under `npm start`) instead of starting one (for one-shot CLI commands;
   * default false). It is left running on close.
   */
  attach?: boolean;
  log?: (line: string) => void;
}

/** Throws LauncherError, DatabaseUnavailableError, AuthenticationError… (all GraphError) on failure, after cleaning up. */
export async function openGraph(config: AppConfig, options: OpenOptions = {}): Promise<Graph> {
  const running = config.neo4j.uri === undefined && options.attach ? await findRunningNeo4j(config.launcher, config.neo4j) : undefined;
  if (running) options.log?.(`Using the Neo4j already running for ${config.launcher.dataDir} at ${running.uri} (pid ${running.pid})`);
  const first = config.neo4j.uri === undefined && !running ? await startLocalNeo4j(config.launcher, { log: options.log }) : undefined;
  let executor: Executor | undefined;
  // A restarted Neo4j: stop failing fast at once rather than at the circuit's next probe.
  const kept = first && options.keepAlive ? keepAlive(first, config.launcher, options.log, { onRestart: () => executor?.recheck() }) : undefined;
  const local = () => kept?.current() ?? first;
  const uri = running?.uri ?? first?.uri ?? config.neo4j.uri!;
  const driver = createDriver({ ...config.neo4j, uri });
  const close = async () => {
    await driver.close().catch(() => {});
    await (kept ? kept.stop() : first?.stop());
  };
  try {
    executor = createExecutor(driver, config.neo4j.database);
    await executor.ping(5000);
    if (options.migrate ?? true) await migrate(executor);
    return { driver, executor, local, uri, close };
  } catch (error) {
    await close();
    throw error;
  }
}
