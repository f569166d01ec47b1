// For long-running commands (serve): if the local Neo4j dies (OOM, kill -9),
// start it again on the same port and store, so the server recovers by itself
// (/ready goes 503 → 200) without a restart. The first restart starts at
// once (after kill -9 the port and the store are free at once; waiting a
// second only lengthened the outage), later ones back off 1 s, 2 s, 4 s… up
// to 30 s until one has stayed up for a minute; it gives up when someone else
// holds the port or the store.
import type { LauncherConfig } from './config.js';
import { LauncherError } from './errors.js';
import { startLocalNeo4j, type LocalNeo4j } from './local-neo4j.js';

export interface KeptAlive {
  /** The launcher running now (changes after a restart). */
  current(): LocalNeo4j;
  /** Stops restarting and stops the current launcher. */
  stop(): Promise<void>;
}

export interface KeepAliveOptions {
  /** Called with each restarted launcher once it is ready (e.g. to tell the executor to stop failing fast). */
  onRestart?: (local: LocalNeo4j) => void;
}

/** A launcher that stayed up this long before it died counts as a new crash, not a crash loop: no backoff. */
const STABLE_MS = 60_000;

export function keepAlive(first: LocalNeo4j, config: LauncherConfig, log: (line: string) => void = () => {}, options: KeepAliveOptions = {}): KeptAlive {
  let current = first;
  let stopped = false;
  let delayMs = 0;
  let startedAt = Date.now();
  let timer: NodeJS.Timeout | undefined;

  const watch = (local: LocalNeo4j) => {
    void local.exited.then(() => {
      if (!stopped && local === current) {
        if (Date.now() - startedAt >= STABLE_MS) delayMs = 0;
        schedule();
      }
    });
  };
  const schedule = () => {
    log(delayMs ? `restarting the local Neo4j in ${delayMs / 1000} s` : 'restarting the local Neo4j now');
    timer = setTimeout(restart, delayMs);
    delayMs = Math.min(Math.max(delayMs * 2, 1000), 30_000);
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
      startedAt = Date.now();
      watch(next);
      options.onRestart?.(next);
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
