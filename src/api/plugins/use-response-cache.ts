// Response cache for this read-only graph. An answer depends only on the
// request (query, variables, operation name: there are no users or
// mutations) and on the graph, so it is kept under that request and the
// graph's version, which every ingest and removal changes in Neo4j in the
// same transaction as its writes (cypher/load/bump-graph-version.cypher).
// The version is read at most once per `versionTtlMs` (one tiny query shared
// by every request of that interval), so an ingest from another process (the
// CLI while the server runs) is seen within that interval. Only answers
// without errors are kept (a DATABASE_UNAVAILABLE is never replayed).
// Why not @envelop/response-cache: it needs a newer graphql-yoga than ours,
// rewrites every document to add __typename and walks every result to
// collect entity ids for invalidation we do not need (one version for all).
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export interface ResponseCacheOptions {
  /** The graph's current version (read/graph-version). */
  version: () => Promise<string>;
  /**
   * How long a version read is trusted, in ms: the longest an answer can
   * outlive the ingest that changed it.
   * @default 1000
   */
  versionTtlMs?: number;
  /**
   * Answers kept, least recently used dropped first.
   * @default 1000
   */
  maxEntries?: number;
  /**
   * Answers larger than this (characters of JSON) are not kept.
   * @default 1_000_000
   */
  maxEntryChars?: number;
}

export interface ResponseCacheStats {
  hits: number;
  misses: number;
  entries: number;
  versionReads: number;
}

export interface ResponseCache {
  plugin: Plugin;
  stats(): ResponseCacheStats;
}

/** Header that says whether an answer came from the cache (`hit`) or was computed (`miss`). */
export const CACHE_HEADER = 'x-plangraph-cache';

export function useResponseCache({ version, versionTtlMs = 1000, maxEntries = 1000, maxEntryChars = 1_000_000 }: ResponseCacheOptions): ResponseCache {
  const entries = new Map<string, ExecutionResult>();
  const pending = new WeakMap<Request, string>();
  const served = new WeakSet<Request>();
  const stats = { hits: 0, misses: 0, versionReads: 0 };
  let current: { value: Promise<string | null>; until: number } | undefined;

  /** The version, shared by every request of one interval; null when it cannot be read (the cache steps aside). */
  function graphVersion(): Promise<string | null> {
    const now = Date.now();
    if (!current || now >= current.until) {
      stats.versionReads++;
      current = { value: version().catch(() => null), until: now + versionTtlMs };
    }
    return current.value;
  }

  const plugin: Plugin = {
    // On execute, not on params: a request the limits reject never reads the
    // version, and a hit skips only execution (Yoga caches parse and validate).
    // It stops the chain, so a hit never waits for an admission slot either.
    async onExecute({ args, setResultAndStopExecution }) {
      const { params, request } = args.contextValue as { params?: { query?: unknown; operationName?: string; variables?: unknown }; request?: Request };
      if (!request || typeof params?.query !== 'string') return;
      const v = await graphVersion();
      if (v === null) return;
      const key = JSON.stringify([v, params.operationName ?? null, params.query, params.variables ?? null]);
      const cached = entries.get(key);
      if (cached) {
        // Most recently used last, so the first key is the one to drop.
        entries.delete(key);
        entries.set(key, cached);
        stats.hits++;
        served.add(request);
        setResultAndStopExecution(cached);
        return;
      }
      stats.misses++;
      pending.set(request, key);
    },
    onResultProcess({ request, result }) {
      if (served.has(request)) return;
      const key = pending.get(request);
      if (key === undefined || Array.isArray(result) || isAsyncIterable(result)) return;
      const single = result as ExecutionResult;
      if (single.errors?.length || !single.data) return;
      if (JSON.stringify(single).length > maxEntryChars) return;
      entries.set(key, single);
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    },
    onResponse({ request, response }) {
      if (served.has(request)) response.headers.set(CACHE_HEADER, 'hit');
      else if (pending.has(request)) response.headers.set(CACHE_HEADER, 'miss');
    },
  };
  return { plugin, stats: () => ({ ...stats, entries: entries.size }) };
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}
