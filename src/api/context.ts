// What every resolver gets. One Context object per request: the dataloader
// plugin keys its per-request caches on it, so loaders never leak between requests.
import type { Executor } from '../graph/executor.js';

export interface Context {
  /** Runs named queries from cypher/ (see src/graph/executor.ts). */
  executor: Executor;
  /** Loaders made by hand (see `perRequest`), for batches the dataloader plugin's fields don't cover. */
  loaders: Map<string, unknown>;
  /** Chains of relationship fields run as compiled Cypher (compile-traverse.ts); off: the generic read/traverse. */
  compile: boolean;
}

/** Called by Yoga once per request. */
export function createContext(executor: Executor, compile = true): Context {
  return { executor, loaders: new Map(), compile };
}

/** The request's instance of `key`, made by `create` on first use. */
export function perRequest<T>(context: Context, key: string, create: () => T): T {
  let value = context.loaders.get(key) as T | undefined;
  if (value === undefined) {
    value = create();
    context.loaders.set(key, value);
  }
  return value;
}
