// What every resolver gets. One Context object per request: the dataloader
// plugin keys its per-request caches on it, so loaders never leak between requests.
import type { Executor } from '../graph/executor.js';

export interface Context {
  /** Runs named queries from cypher/ (see src/graph/executor.ts). */
  executor: Executor;
}

/** Called by Yoga once per request. */
export function createContext(executor: Executor): Context {
  return { executor };
}
