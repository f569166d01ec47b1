// Applies cypher/schema.cypher at every start. Each statement is idempotent
// (IF NOT EXISTS), so this is safe on a fresh store and on an existing one;
// other stages add their constraints and indexes to that same file.
import type { Executor } from './executor.js';

/** Runs the schema script and waits (up to `awaitSeconds`) for new indexes to come online. */
export async function migrate(executor: Executor, awaitSeconds = 60): Promise<{ statements: number }> {
  const count = await executor.runScript('schema');
  await executor.write('system/await-indexes', { timeoutSeconds: awaitSeconds }, { timeoutMs: (awaitSeconds + 5) * 1000 });
  // Graphs loaded before the loader stored planCount get it once (a no-op afterwards).
  await executor.write('load/backfill-plan-counts', {}, { timeoutMs: 300_000 });
  return { statements: count };
}
