// The single place that runs Cypher. Callers pass a query *name* (a file under
// cypher/, see queries.ts) and params; the executor adds the timeout and
// transaction metadata, converts results to plain rows and errors to our
// named errors. DEBUG=plangraph:cypher shows every query that runs.
import createDebug from 'debug';
import { isRetryableError, type Driver, type ManagedTransaction, type QueryResult, type Session } from 'neo4j-driver';
import { createCircuit, type Circuit } from './circuit.js';
import { DEFAULT_TIMEOUTS } from './driver.js';
import { DatabaseUnavailableError, QueryTimeoutError } from './errors.js';
import { createFirstRunGate } from './first-run.js';
import { toGraphError } from './map-error.js';
import { toRow, type Row } from './plain.js';
import { query, queryFile, statements } from './queries.js';

const debug = createDebug('plangraph:cypher');

export type Params = Record<string, unknown>;
export type { Row };

export interface QueryOptions {
  /** Server-side transaction timeout. Defaults: reads 5 s, writes 30 s, inWriteTransaction 120 s. */
  timeoutMs?: number;
}

/** What the callback of `inWriteTransaction` gets: named queries, all in one transaction. */
export interface NamedTransaction {
  run<T extends Row = Row>(name: string, params?: Params): Promise<T[]>;
}

export interface Executor {
  readonly database: string;
  /** Runs a read query as an auto-commit read (one retry on a transient error). */
  read<T extends Row = Row>(name: string, params?: Params, options?: QueryOptions): Promise<T[]>;
  /** Runs one write query in its own write transaction. */
  write<T extends Row = Row>(name: string, params?: Params, options?: QueryOptions): Promise<T[]>;
  /**
   * Runs `work` in ONE write transaction: all its queries commit together or
   * not at all (the loader uses one per plan). The driver may call `work` again
   * after a transient error, so it must not have side effects outside `tx`.
   */
  inWriteTransaction<R>(work: (tx: NamedTransaction) => Promise<R>, options?: QueryOptions & { label?: string }): Promise<R>;
  /** Runs each `;`-separated statement of a script file (e.g. 'schema') in its own transaction; returns how many ran. */
  runScript(name: string, options?: QueryOptions): Promise<number>;
  /** One `RETURN 1` (or the named query, e.g. 'system/ready') without retries, abandoned after `timeoutMs`: for readiness checks. */
  ping(timeoutMs?: number, name?: string): Promise<void>;
  /** The database is back (the local Neo4j was restarted and reports it available): stop failing fast now. */
  recheck(): void;
}

export interface ExecutorOptions {
  /** Fail fast while Neo4j is unreachable (circuit.ts); `false` turns it off. Default: on, probing every 250 ms. */
  circuit?: false | { probeEveryMs?: number };
}

const DEFAULT_TIMEOUT = { read: 5_000, write: 30_000, transaction: 120_000 };

/**
 * The transaction timeout is enforced by Neo4j; a stalled Neo4j (kill -STOP,
 * a long GC pause, a dead network path) enforces nothing, and a request held
 * its pooled connection for as long as the stall lasted. So every call also
 * has a deadline of its own: the timeout plus this margin, then
 * DatabaseUnavailableError. The abandoned session finishes (or fails) when
 * Neo4j wakes up, and its connection goes back to the pool.
 */
export const DEADLINE_MARGIN_MS = 2_000;

/**
 * Reads run as auto-commit queries in a READ session, not in executeRead: a
 * managed transaction adds a COMMIT round trip to every query (Bolt
 * pipelines BEGIN with RUN, but COMMIT waits for its own answer). Measured
 * on the seed graph, driver only: a lookup 972 → 518 µs, Q3 1561 → 1183 µs.
 * Routing is the same (a READ session goes to a reader of a cluster), and so
 * is the retry executeRead gave under driver.ts's budget: one retry ~1 s
 * later, when the first try failed on a transient error within the budget.
 */
const READ_RETRY = { delayMs: 1_000, jitter: 0.2, budgetMs: DEFAULT_TIMEOUTS.maxTransactionRetryTimeMs };

/** `database` goes to every session, so nothing depends on the server's default database. */
export function createExecutor(driver: Driver, database: string, options: ExecutorOptions = {}): Executor {
  const firstRuns = createFirstRunGate((error) => error instanceof QueryTimeoutError || error instanceof DatabaseUnavailableError);
  let circuit: Circuit | undefined;

  /** Every query but the readiness ping goes through the circuit, and tells it how it went. */
  async function guarded<R>(work: () => Promise<R>): Promise<R> {
    circuit?.check();
    const generation = circuit?.generation ?? 0;
    try {
      const result = await work();
      circuit?.succeeded();
      return result;
    } catch (error) {
      if (circuit && error instanceof DatabaseUnavailableError && !waitedForPool(error)) {
        if (!circuit.open && generation === circuit.generation) firstRuns.forget(); // a restarted Neo4j has an empty plan cache
        circuit.failed(error, generation);
      }
      throw error;
    }
  }

  async function withSession<R>(mode: 'READ' | 'WRITE', label: string, timeoutMs: number | undefined, fn: (session: Session) => Promise<R>): Promise<R> {
    const session = driver.session({ database, defaultAccessMode: mode === 'READ' ? 'READ' : 'WRITE' });
    const work = fn(session);
    const closed = work.then(
      () => session.close(),
      () => session.close(),
    ).catch(() => {});
    try {
      const result = await (timeoutMs === undefined ? work : withDeadline(work, timeoutMs + DEADLINE_MARGIN_MS, label));
      await closed;
      return result;
    } catch (error) {
      // Past the deadline the session is still busy: it closes when its work ends, without us waiting.
      throw toGraphError(error, label, timeoutMs);
    }
  }

  async function runNamed<T extends Row>(tx: ManagedTransaction, name: string, text: string, params: Params): Promise<T[]> {
    const started = Date.now();
    return rowsOf<T>(name, await tx.run(text, params), started);
  }

  function rowsOf<T extends Row>(name: string, result: QueryResult, started: number): T[] {
    const rows = result.records.map((record) => toRow(record) as T);
    debug('%s: %d rows in %d ms', name, rows.length, Date.now() - started);
    return rows;
  }

  /** One auto-commit read; a transient failure within the budget is retried once (see READ_RETRY). */
  async function autoCommitRead<T extends Row>(session: Session, name: string, text: string, params: Params, config: { timeout: number; metadata: Params }): Promise<T[]> {
    const started = Date.now();
    try {
      return rowsOf<T>(name, await runWithoutStack(session, text, params, config), started);
    } catch (error) {
      if (!isRetryableError(error) || Date.now() - started > READ_RETRY.budgetMs) throw error;
      debug('%s: retrying after %s', name, (error as Error).message);
      await new Promise((resolve) => setTimeout(resolve, READ_RETRY.delayMs * (1 - READ_RETRY.jitter + 2 * READ_RETRY.jitter * Math.random())));
      return rowsOf<T>(name, await runWithoutStack(session, text, params, config), Date.now());
    }
  }

  async function one<T extends Row>(mode: 'READ' | 'WRITE', name: string, params: Params, options: QueryOptions): Promise<T[]> {
    const text = query(name);
    const timeout = options.timeoutMs ?? (mode === 'READ' ? DEFAULT_TIMEOUT.read : DEFAULT_TIMEOUT.write);
    // preview() serialises the params: only when the log is on.
    if (debug.enabled) debug('%s %s %s', mode.toLowerCase(), name, preview(params));
    const run = (first = false) => {
      const config = { timeout: first ? coldTimeout(timeout) : timeout, metadata: { app: 'plangraph', query: name } };
      return withSession(mode, name, config.timeout, (session) =>
        mode === 'READ'
          ? autoCommitRead<T>(session, name, text, params, config)
          : session.executeWrite((tx) => runNamed<T>(tx, name, text, params), config),
      );
    };
    return guarded(() => (mode === 'READ' ? firstRuns.run(name, run) : run()));
  }

  const executor: Executor = {
    database,
    read: (name, params = {}, options = {}) => one('READ', name, params, options),
    write: (name, params = {}, options = {}) => one('WRITE', name, params, options),

    inWriteTransaction(work, options = {}) {
      const label = options.label ?? 'transaction';
      const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT.transaction;
      debug('begin %s', label);
      return guarded(() =>
        withSession('WRITE', label, timeout, (session) =>
          session.executeWrite(
            (tx) =>
              work({
                run: (name, params = {}) => {
                  if (debug.enabled) debug('  %s %s', name, preview(params));
                  return runNamed(tx, name, query(name), params);
                },
              }),
            { timeout, metadata: { app: 'plangraph', query: label } },
          ),
        ),
      );
    },

    async runScript(name, options = {}) {
      const list = statements(queryFile(name));
      for (const [i, text] of list.entries()) {
        const label = `${name}#${i + 1}`;
        debug('script %s: %s', label, text.split('\n')[0]);
        const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT.write;
        await guarded(() =>
          withSession('WRITE', label, timeout, (session) =>
            session.executeWrite((tx) => runNamed(tx, label, text, {}), { timeout, metadata: { app: 'plangraph', query: label } }),
          ),
        );
      }
      return list.length;
    },

    async ping(timeoutMs = 1000, name = 'system/ping') {
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`connection timed out: no answer within ${timeoutMs} ms`)), timeoutMs);
      });
      // Not through the circuit: /ready and the circuit's own probe must reach the database.
      try {
        // Auto-commit run: no retries, so a down database answers at once instead of after the retry budget.
        await Promise.race([
          withSession('READ', name, timeoutMs, async (session) => {
            await session.run(query(name), {}, { timeout: timeoutMs, metadata: { app: 'plangraph', query: name } });
          }),
          deadline,
        ]);
        circuit?.succeeded(); // a real answer: queries may go through again
      } catch (error) {
        throw toGraphError(error, name, timeoutMs);
      } finally {
        clearTimeout(timer);
      }
    },

    recheck: () => circuit?.reset(),
  };
  if (options.circuit !== false) {
    circuit = createCircuit({ probe: () => executor.ping(1000), probeEveryMs: options.circuit?.probeEveryMs });
  }
  return executor;
}

/** The pool had no free connection in time: Neo4j is busy, not down (admission control keeps this rare). */
function waitedForPool(error: DatabaseUnavailableError): boolean {
  return /acquisition timed out/i.test(error.message) || /acquisition timed out/i.test(String((error.cause as Error | undefined)?.message));
}

/**
 * The timeout of a query's first run on a cold database, which includes its
 * planning: 3× the usual, up to 15 s. With the usual 5 s, on a loaded 2-core
 * machine a restarted Neo4j timed every first run out, the next run started
 * planning over, and no query answered for 20-60 s (issue #13.2). Only one
 * such run per query at a time (first-run.ts).
 */
export function coldTimeout(timeoutMs: number): number {
  return Math.max(timeoutMs, Math.min(timeoutMs * 3, 15_000));
}

/**
 * session.run, minus the stack trace the driver captures for every result
 * (new Error().stack in its Result constructor, kept to decorate a later
 * error). With source maps on (tsx turns them on) that costs more than the
 * rest of the driver's work: RETURN 1, CPU per query, 318 → 180 µs. Our
 * errors name the query and keep the driver's error as their cause; the
 * caller's frames there were always this file's.
 */
function runWithoutStack(session: Session, text: string, params: Params, config: { timeout: number; metadata: Params }): Promise<QueryResult> {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return session.run(text, params, config);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** `work`, or DatabaseUnavailableError once `ms` have passed without an answer. */
async function withDeadline<R>(work: Promise<R>, ms: number, label: string): Promise<R> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new DatabaseUnavailableError(`Neo4j did not answer "${label}" within ${ms} ms (stalled or overloaded?); the query was abandoned.`)),
      ms,
    );
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
    work.catch(() => {}); // the abandoned work may still fail later: not an unhandled rejection
  }
}

/** Params for the debug log, cut short: loader batches can be megabytes. */
function preview(params: Params): string {
  const json = JSON.stringify(params, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  return json.length > 300 ? `${json.slice(0, 300)}… (${json.length} chars)` : json;
}
