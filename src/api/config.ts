// The API's switches and limits, from the environment (README.md,
// "Configuration"). Read once when the server is built.
import { availableParallelism } from 'node:os';
import { ConfigError } from '../graph/errors.js';

export interface ApiConfig {
  /** Serve GraphiQL at /graphql for browsers. */
  graphiql: boolean;
  /** Answer introspection (__schema, __type); tools and GraphiQL need it. */
  introspection: boolean;
  /** Origins (scheme://host[:port]) that browsers may call the API from; empty: same origin only (no CORS headers). */
  corsOrigins: string[];
  /** Largest request body accepted; larger ones get 413 before they are read. */
  maxBodyBytes: number;
  /** GraphQL operations executing against Neo4j at once (admission control). */
  maxConcurrent: number;
  /** Operations that may wait for a slot; beyond it, 503 OVERLOADED at once. */
  queueSize: number;
  /** Longest wait for a slot before 503 OVERLOADED. */
  queueTimeoutMs: number;
  /** Longest expected wait for a slot; a request expected to wait longer gets 503 OVERLOADED at once. */
  queueWaitMs: number;
  /** Keep answers per request and graph version (plugins/use-response-cache.ts). */
  responseCache: boolean;
  /** Run chains of relationship fields as compiled Cypher (compile-traverse.ts). */
  compileTraversals: boolean;
}

type Env = Record<string, string | undefined>;

export const API_DEFAULTS = {
  maxBodyBytes: 1_000_000,
  /**
   * Two per core, at least 4. Neo4j's CPU is what runs out, and operations
   * beyond what its cores can run only share them out and queue inside it:
   * on 2 cores at 10x load, 4 slots served the same goodput as 16 with half
   * the admitted p99 and a quarter of the event loop's delay
   * (bench/results/reliability.md, 2026-12-06). Set it for a Neo4j on
   * another machine (its cores count, not ours).
   */
  maxConcurrent: Math.max(4, 2 * availableParallelism()),
  queueSize: 64,
  queueTimeoutMs: 1000,
  queueWaitMs: 25,
} as const;

/**
 * GraphiQL and introspection default to on, and to off when NODE_ENV=production
 * (PLANGRAPH_GRAPHIQL / PLANGRAPH_INTROSPECTION override); the response cache
 * and the traversal compiler are on unless PLANGRAPH_RESPONSE_CACHE /
 * PLANGRAPH_COMPILE_TRAVERSALS say false.
 */
export function readApiConfig(env: Env = process.env): ApiConfig {
  const development = env.NODE_ENV?.trim() !== 'production';
  return {
    graphiql: flag(env, 'PLANGRAPH_GRAPHIQL', development),
    introspection: flag(env, 'PLANGRAPH_INTROSPECTION', development),
    corsOrigins: origins(env, 'PLANGRAPH_CORS_ORIGINS'),
    maxBodyBytes: whole(env, 'PLANGRAPH_MAX_BODY_BYTES', API_DEFAULTS.maxBodyBytes, 1024),
    maxConcurrent: whole(env, 'PLANGRAPH_MAX_CONCURRENT', API_DEFAULTS.maxConcurrent, 1),
    queueSize: whole(env, 'PLANGRAPH_QUEUE_SIZE', API_DEFAULTS.queueSize, 0),
    queueTimeoutMs: whole(env, 'PLANGRAPH_QUEUE_TIMEOUT_MS', API_DEFAULTS.queueTimeoutMs, 1),
    queueWaitMs: whole(env, 'PLANGRAPH_QUEUE_WAIT_MS', API_DEFAULTS.queueWaitMs, 1),
    responseCache: flag(env, 'PLANGRAPH_RESPONSE_CACHE', true),
    compileTraversals: flag(env, 'PLANGRAPH_COMPILE_TRAVERSALS', true),
  };
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const value = env[name]?.trim().toLowerCase();
  if (!value) return fallback;
  if (['1', 'true', 'on', 'yes'].includes(value)) return true;
  if (['0', 'false', 'off', 'no'].includes(value)) return false;
  throw new ConfigError(`${name}="${env[name]}" is not a switch: use true or false (default ${fallback} here)`);
}

function whole(env: Env, name: string, fallback: number, min: number): number {
  const value = env[name]?.trim();
  if (!value) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min) {
    throw new ConfigError(`${name}="${value}" is not a whole number ≥ ${min} (default ${fallback})`);
  }
  return n;
}

/** Comma-separated origins such as https://plans.example.org,http://localhost:5173; "*" is refused (it would let any site read answers). */
function origins(env: Env, name: string): string[] {
  const list = (env[name] ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  for (const origin of list) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new ConfigError(`${name}: "${origin}" is not an origin: use scheme://host[:port] without a path, e.g. http://localhost:5173, comma-separated`);
    }
  }
  return list;
}
