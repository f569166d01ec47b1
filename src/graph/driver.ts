// The one neo4j-driver instance per process. Timeouts are short on purpose:
// against a local or nearby database an unreachable Neo4j should fail in
// seconds (DatabaseUnavailableError, /ready 503), not after the driver's
// default 60 s pool wait and 30 s of retries.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from './config.js';

export interface DriverTimeouts {
  /** Waiting for a pooled connection (driver default 60 s). */
  connectionAcquisitionTimeoutMs: number;
  /** Opening a TCP connection (driver default 30 s). */
  connectionTimeoutMs: number;
  /**
   * How long executeRead/executeWrite keep retrying transient errors (driver default 30 s).
   * The driver waits ~1 s (±20 %) before the first retry and retries only while
   * under this budget: 500 ms means exactly one retry, so a dead database fails in ~1 s.
   */
  maxTransactionRetryTimeMs: number;
}

export const DEFAULT_TIMEOUTS: DriverTimeouts = {
  connectionAcquisitionTimeoutMs: 2000,
  connectionTimeoutMs: 2000,
  maxTransactionRetryTimeMs: 500,
};

/** Creates the driver for `config.uri` (which must be set: start the local Neo4j first). Connects lazily. */
export function createDriver(config: Neo4jConfig & { uri: string }, timeouts: Partial<DriverTimeouts> = {}): Driver {
  const t = { ...DEFAULT_TIMEOUTS, ...timeouts };
  // With auth off (local launcher by default) any credentials are accepted, so basic auth is always safe to send.
  return neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password ?? ''), {
    connectionAcquisitionTimeout: t.connectionAcquisitionTimeoutMs,
    connectionTimeout: t.connectionTimeoutMs,
    maxTransactionRetryTime: t.maxTransactionRetryTimeMs,
    userAgent: 'plangraph/0.1',
  });
}
