// Issue #13.2: after a kill -9 of Neo4j the server took 6-90 s to serve again.
// These are the pieces that make it quick, against a fake driver (no Neo4j):
// fail fast while the database is known down, and plan each query once after
// a restart. The whole story against a real Neo4j is in
// tests/api/readiness.int.test.ts.
import { Neo4jError } from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { createCircuit } from '../../src/graph/circuit.js';
import { DatabaseUnavailableError, QueryTimeoutError } from '../../src/graph/errors.js';
import { coldTimeout, createExecutor } from '../../src/graph/executor.js';
import { createFirstRunGate } from '../../src/graph/first-run.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const refused = () => new Neo4jError('Failed to connect to server. Caused by: connect ECONNREFUSED 127.0.0.1:7687', 'ServiceUnavailable', 'gql', 'desc');

/** A driver whose every session runs `answer` (a query text → rows, or a throw), counting the calls that reach it. */
function fakeDriver(answer: (text: string) => Promise<Array<Record<string, unknown>>>) {
  const seen = { runs: 0, inFlight: 0, maxInFlight: 0, timeouts: [] as number[] };
  const run = async (text: string) => {
    seen.runs++;
    seen.inFlight++;
    seen.maxInFlight = Math.max(seen.maxInFlight, seen.inFlight);
    try {
      const rows = await answer(text);
      return { records: rows.map((row) => ({ keys: Object.keys(row), get: (key: string) => row[key] })) };
    } finally {
      seen.inFlight--;
    }
  };
  const session = () => ({
    executeRead: (work: (tx: { run: typeof run }) => Promise<unknown>, config?: { timeout?: number }) => {
      seen.timeouts.push(config?.timeout ?? -1);
      return work({ run });
    },
    executeWrite: (work: (tx: { run: typeof run }) => Promise<unknown>) => work({ run }),
    // Reads are auto-commit queries (executor.ts): the timeout comes with the run.
    run: (text: string, _params?: unknown, config?: { timeout?: number }) => {
      seen.timeouts.push(config?.timeout ?? -1);
      return run(text);
    },
    close: async () => {},
  });
  return { driver: { session } as unknown as Driver, seen };
}

describe('the circuit', () => {
  it('opens on an unavailable database, fails at once while open, and closes when the probe answers', async () => {
    let up = false;
    const circuit = createCircuit({
      probe: async () => {
        if (!up) throw new Error('down');
      },
      probeEveryMs: 20,
    });
    expect(() => circuit.check()).not.toThrow();
    circuit.failed(new DatabaseUnavailableError('refused'), circuit.generation);
    expect(() => circuit.check()).toThrow(DatabaseUnavailableError);
    await sleep(60);
    expect(circuit.open).toBe(true); // the probe keeps failing
    up = true;
    await sleep(60);
    expect(circuit.open).toBe(false);
    circuit.stop();
  });

  // A request stuck on the dead Neo4j fails after the new one answered: that says nothing about the new one.
  it('ignores a failure of a query that started before the circuit last closed', () => {
    const circuit = createCircuit({ probe: () => Promise.reject(new Error('down')), probeEveryMs: 1000 });
    const before = circuit.generation;
    circuit.failed(new DatabaseUnavailableError('refused'), before);
    circuit.reset(); // e.g. the restarted launcher reported the database available
    circuit.failed(new DatabaseUnavailableError('deadline of an old request'), before);
    expect(circuit.open).toBe(false);
    circuit.stop();
  });
});

describe('the first-run gate', () => {
  // Neo4j plans each concurrent cold run of the same query again; one plan is enough.
  it('runs the first execution of a name alone; the others wait for it, then run', async () => {
    const gate = createFirstRunGate(() => true);
    const events: string[] = [];
    let n = 0;
    const work = async () => {
      const id = n++;
      events.push(`start ${id}`);
      await sleep(20);
      events.push(`end ${id}`);
      return 'rows';
    };
    expect(await Promise.all(Array.from({ length: 5 }, () => gate.run('read/search', work)))).toEqual(Array(5).fill('rows'));
    expect(events.slice(0, 2)).toEqual(['start 0', 'end 0']); // nobody else while the plan is made
    expect(events.slice(2, 6).every((e) => e.startsWith('start'))).toBe(true); // then all the others together
    // Warm now: concurrent runs go together from the start.
    events.length = 0;
    await Promise.all(Array.from({ length: 3 }, () => gate.run('read/search', work)));
    expect(events.slice(0, 3).every((e) => e.startsWith('start'))).toBe(true);
    // A new database (after a crash) is cold again.
    gate.forget();
    events.length = 0;
    await Promise.all(Array.from({ length: 3 }, () => gate.run('read/search', work)));
    expect(events[1]).toMatch(/^end/);
  });

  // A timeout of the leader means the database is struggling: trying again at once only adds to it.
  it('fails the waiting runs with the leader when its error is about the database, not its parameters', async () => {
    const gate = createFirstRunGate((error) => error instanceof QueryTimeoutError);
    let runs = 0;
    const timeout = async () => {
      runs++;
      await sleep(10);
      throw new QueryTimeoutError('read/search', 5000);
    };
    const results = await Promise.allSettled(Array.from({ length: 4 }, () => gate.run('read/search', timeout)));
    expect(results.every((r) => r.status === 'rejected' && r.reason instanceof QueryTimeoutError)).toBe(true);
    expect(runs).toBe(1);
    runs = 0;
    const bad = async () => {
      runs++;
      throw new Error('bad parameter');
    };
    await Promise.allSettled(Array.from({ length: 3 }, () => gate.run('read/other', bad)));
    expect(runs).toBe(3);
  });
});

describe('the executor after Neo4j dies', () => {
  it('sends no query to a database known to be down until it answers again (fails in milliseconds, not after the driver retry)', async () => {
    let down = true;
    const { driver, seen } = fakeDriver(async () => {
      if (down) throw refused();
      return [{ one: 1 }];
    });
    const executor = createExecutor(driver, 'neo4j', { circuit: { probeEveryMs: 30 } });
    await expect(executor.read('system/ping')).rejects.toThrow(DatabaseUnavailableError);
    const reached = seen.runs;
    const started = Date.now();
    const failures = await Promise.allSettled(Array.from({ length: 20 }, () => executor.read('read/graph-version')));
    expect(failures.every((f) => f.status === 'rejected' && f.reason instanceof DatabaseUnavailableError)).toBe(true);
    expect(Date.now() - started).toBeLessThan(100);
    expect(seen.runs - reached).toBeLessThanOrEqual(1); // at most the probe
    down = false;
    await sleep(100);
    expect(await executor.read('system/ping')).toEqual([{ one: 1 }]);
  });

  it('lets queries through at once when told the database is back (keep-alive restarted it)', async () => {
    let down = true;
    const { driver } = fakeDriver(async () => {
      if (down) throw refused();
      return [{ one: 1 }];
    });
    const executor = createExecutor(driver, 'neo4j', { circuit: { probeEveryMs: 60_000 } });
    await expect(executor.read('system/ping')).rejects.toThrow(DatabaseUnavailableError);
    down = false;
    await expect(executor.read('system/ping')).rejects.toThrow(/not sent/);
    executor.recheck();
    expect(await executor.read('system/ping')).toEqual([{ one: 1 }]);
  });

  it('plans a cold query once: concurrent first reads of the same query reach Neo4j one at a time', async () => {
    const { driver, seen } = fakeDriver(async () => {
      await sleep(20);
      return [{ one: 1 }];
    });
    const executor = createExecutor(driver, 'neo4j');
    const first = executor.read('system/ping');
    const others = Array.from({ length: 7 }, () => executor.read('system/ping'));
    await sleep(10);
    expect(seen.inFlight).toBe(1); // the first alone, the others wait for its plan
    await Promise.all([first, ...others]);
    expect(seen.runs).toBe(8);
    expect(seen.maxInFlight).toBe(7); // then the others together
  });

  // Cut off while planning, a first run leaves no plan behind and the next one plans again:
  // on a loaded machine no query answered for 20-60 s after a restart.
  it('gives the leading first run of a query 3× its timeout (up to 15 s), the others the usual one', async () => {
    const { driver, seen } = fakeDriver(async () => [{ one: 1 }]);
    const executor = createExecutor(driver, 'neo4j');
    await Promise.all([executor.read('system/ping'), executor.read('system/ping')]);
    await executor.read('system/ping');
    expect(seen.timeouts).toEqual([15_000, 5_000, 5_000]);
    expect([coldTimeout(1000), coldTimeout(5000), coldTimeout(30_000)]).toEqual([3000, 15_000, 30_000]);
  });
});
