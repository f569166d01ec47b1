// The API's production switches, from the environment (README.md,
// "Configuration"). Read once when the server is built.
import { ConfigError } from '../graph/errors.js';

export interface ApiConfig {
  /** Serve GraphiQL at /graphql for browsers. */
  graphiql: boolean;
  /** Answer introspection (__schema, __type); tools and GraphiQL need it. */
  introspection: boolean;
  /** Keep answers per request and graph version (plugins/use-response-cache.ts). */
  responseCache: boolean;
  /** Run chains of relationship fields as compiled Cypher (compile-traverse.ts). */
  compileTraversals: boolean;
}

type Env = Record<string, string | undefined>;

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
