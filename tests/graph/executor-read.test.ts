// Reads are auto-commit queries in a READ session (one round trip; executeRead
// spent a second one on COMMIT), so the executor itself keeps executeRead's
// retry: one more try ~1 s after a transient failure, none for other errors.
import { Neo4jError, type Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { createExecutor } from '../../src/graph/executor.js';
import { CypherError } from '../../src/graph/errors.js';

/** A driver whose sessions answer `run` from `answers`, in turn; records the calls. */
function fakeDriver(answers: Array<() => Promise<unknown>>) {
  const calls: Array<{ mode: string; text: string; config: unknown }> = [];
  const driver = {
    session: ({ defaultAccessMode }: { defaultAccessMode: string }) => ({
      run: (text: string, _params: unknown, config: unknown) => {
        calls.push({ mode: defaultAccessMode, text, config });
        return answers.shift()!();
      },
      executeRead: () => Promise.reject(new Error('reads must not use executeRead')),
      close: async () => {},
    }),
  } as unknown as Driver;
  return { driver, calls };
}

const ok = () => Promise.resolve({ records: [{ keys: ['n'], get: () => 1 }] });

describe('executor reads', () => {
  it('run as one auto-commit query in a READ session, with the timeout and metadata', async () => {
    const { driver, calls } = fakeDriver([ok, ok]);
    const executor = createExecutor(driver, 'neo4j');
    expect(await executor.read('system/ping')).toEqual([{ n: 1 }]);
    expect(await executor.read('system/ping')).toEqual([{ n: 1 }]);
    expect(calls).toHaveLength(2);
    // The first run of a query plans it, with the cold timeout (recovery.test.ts); later runs the usual 5 s.
    expect(calls[0]).toMatchObject({ mode: 'READ', config: { timeout: 15_000 } });
    expect(calls[1]).toMatchObject({ mode: 'READ', config: { timeout: 5000, metadata: { app: 'plangraph', query: 'system/ping' } } });
  });

  it('retry once after a transient error, as executeRead did', async () => {
    const transient = new Neo4jError('leader switch', 'Neo.TransientError.Transaction.LockClientStopped', 'gql', 'desc');
    const { driver, calls } = fakeDriver([() => Promise.reject(transient), ok]);
    const started = Date.now();
    expect(await createExecutor(driver, 'neo4j').read('system/ping')).toEqual([{ n: 1 }]);
    expect(calls).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(750);
  });

  it('skip the stack trace the driver captures per result (with source maps on it cost more than the query)', async () => {
    const limits: number[] = [];
    const { driver } = fakeDriver([
      () => {
        limits.push(Error.stackTraceLimit);
        return ok();
      },
    ]);
    const before = Error.stackTraceLimit;
    await createExecutor(driver, 'neo4j').read('system/ping');
    expect(limits).toEqual([0]);
    expect(Error.stackTraceLimit).toBe(before);
  });

  it('do not retry an error that would fail again (a Cypher error)', async () => {
    const syntax = new Neo4jError('bad', 'Neo.ClientError.Statement.SyntaxError', 'gql', 'desc');
    const { driver, calls } = fakeDriver([() => Promise.reject(syntax), ok]);
    await expect(createExecutor(driver, 'neo4j').read('system/ping')).rejects.toThrow(CypherError);
    expect(calls).toHaveLength(1);
  });
});
