// For long-running commands (serve): if the local Neo4j dies (OOM, kill -9),
// start it again on the same port and store, so the server recovers by itself
// (/ready goes 503 → 200) without a restart. Backs off 1 s, 2 s, 4 s… up to
// 30 s, and gives up when someone else holds the port or the store.
import type { LauncherConfig } from './config.js';
import { LauncherError } from './errors.js';
import { startLocalNeo4j, type LocalNeo4j } from './local-neo4j.js';

export interface KeptAlive {
  /** The launcher running now (changes after a restart). */
  current(): LocalNeo4j;
  /** Stops restarting and stops the current launcher. */
  stop(): Promise<void>;
}

export function keepAlive(first: LocalNeo4j, config: LauncherConfig, log: (line: string) => void = () => {}): KeptAlive {
  let current = first;
  let stopped = false;
  let delayMs = 1000;
  let timer: NodeJS.Timeout | undefined;

  const watch = (local: LocalNeo4j) => {
    void local.exited.then(() => {
      if (!stopped && local === current) schedule();
    });
  };
  const schedule = () => {
    log(`restarting the local Neo4j in ${delayMs / 1000} s`);
    timer = setTimeout(restart, delayMs);
    delayMs = Math.min(delayMs * 2, 30_000);
  };
  const restart = async () => {
    if (stopped) return;
    try {
      const next = await startLocalNeo4j(config, { log });
      if (stopped) {
        await next.stop();
        return;
      }
      current = next;
      delayMs = 1000;
      watch(next);
    } catch (error) {
      if (error instanceof LauncherError && (error.failure === 'port-in-use' || error.failure === 'store-locked')) {
        log(`not restarting the local Neo4j: ${error.message}`);
        return;
      }
      log(`restarting the local Neo4j failed: ${(error as Error).message}`);
      if (!stopped) schedule();
    }
  };

  watch(first);
  return {
    current: () => current,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await current.stop();
    },
  };
}
