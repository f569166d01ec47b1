// The local Neo4j that `plangraph serve` (or any launcher) already runs for
// the same data directory. CLI commands use it instead of failing on the port
// or the store lock. While Bolt is up the launcher records {uri, pid} in the
// store directory (Launcher.java); a record is trusted only when its process
// is alive and the Neo4j at its uri reports this very store, so a stale record
// or an unrelated server on the port is never used.
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { LauncherConfig, Neo4jConfig } from './config.js';
import { createDriver } from './driver.js';
import { AuthenticationError, GraphError } from './errors.js';
import { createExecutor } from './executor.js';

/** Written by Launcher.java into `<dataDir>/neo4j` while Bolt accepts connections. */
export const RECORD_FILE = 'plangraph-launcher.json';

export interface RunningNeo4j {
  uri: string;
  pid: number;
}

/** The record, if there is one and its process is alive; nothing is checked over Bolt. */
export function readLauncherRecord(dataDir: string): RunningNeo4j | undefined {
  let record: unknown;
  try {
    record = JSON.parse(readFileSync(path.join(dataDir, 'neo4j', RECORD_FILE), 'utf8'));
  } catch {
    return undefined; // none, or being replaced
  }
  const { uri, pid } = (record ?? {}) as Partial<RunningNeo4j>;
  if (typeof uri !== 'string' || !/^bolt:\/\/127\.0\.0\.1:\d+$/.test(uri) || !Number.isInteger(pid)) return undefined;
  return isAlive(pid!) ? { uri, pid: pid! } : undefined;
}

/**
 * The Neo4j already serving `<dataDir>/neo4j`, or undefined. Throws only
 * AuthenticationError (it runs with a password NEO4J_PASSWORD does not match).
 */
export async function findRunningNeo4j(launcher: LauncherConfig, neo4j: Neo4jConfig): Promise<RunningNeo4j | undefined> {
  const record = readLauncherRecord(launcher.dataDir);
  if (!record) return undefined;
  const driver = createDriver({ ...neo4j, uri: record.uri, password: launcher.password });
  try {
    const executor = createExecutor(driver, neo4j.database);
    // As long as openGraph waits: a busy machine takes seconds for the first Bolt handshake; a dead port refuses at once.
    await executor.ping(5000);
    const [row] = await executor.read<{ directory: string }>('system/data-directory', {}, { timeoutMs: 5000 });
    return row && samePath(row.directory, path.join(launcher.dataDir, 'neo4j', 'data')) ? record : undefined;
  } catch (error) {
    if (error instanceof AuthenticationError) throw error;
    if (error instanceof GraphError) return undefined; // gone, or not ours: start our own (and fail on the port if it is taken)
    throw error;
  } finally {
    await driver.close().catch(() => {});
  }
}

function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(a) === real(b);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
