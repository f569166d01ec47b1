// Builds the GraphQL server (no port: tests call yoga.fetch directly, and
// server.ts does the listening).
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Executor } from '../graph/executor.js';
import { readApiConfig } from './config.js';
import { createContext, type Context } from './context.js';
import { logger, maskError } from './errors.js';
import { useIntrospectionSwitch } from './plugins/use-introspection-switch.js';
import { useLimits, type LimitOptions } from './plugins/use-limits.js';
import { useNeo4jReadinessCheck } from './plugins/use-readiness-check.js';
import { useResponseCache, type ResponseCache, type ResponseCacheOptions } from './plugins/use-response-cache.js';
import { schema } from './schema/index.js';

export interface YogaOptions {
  executor: Executor;
  /** Readiness probe budget in ms (default 1000). */
  readinessTimeoutMs?: number;
  /** GraphiQL at /graphql (default: PLANGRAPH_GRAPHIQL, else on unless NODE_ENV=production). */
  graphiql?: boolean;
  /** Introspection (default: PLANGRAPH_INTROSPECTION, else on unless NODE_ENV=production). */
  introspection?: boolean;
  /** Depth, alias, token and directive limits (see plugins/use-limits.ts for the defaults). */
  limits?: LimitOptions;
  /** Response cache keyed on the graph version (default: PLANGRAPH_RESPONSE_CACHE, else on); options other than `version`. */
  responseCache?: boolean | Omit<ResponseCacheOptions, 'version'>;
  /** Compiled Cypher for chains of relationship fields (default: PLANGRAPH_COMPILE_TRAVERSALS, else on). */
  compileTraversals?: boolean;
}

export type PlanGraphYoga = YogaServerInstance<Record<string, unknown>, Context> & {
  /** Hit and miss counts of the response cache; undefined when it is off. */
  responseCache?: ResponseCache;
};

export function createPlanGraphYoga({ executor, readinessTimeoutMs, graphiql, introspection, limits, responseCache, compileTraversals }: YogaOptions): PlanGraphYoga {
  const env = readApiConfig();
  const introspectionOn = introspection ?? env.introspection;
  const compile = compileTraversals ?? env.compileTraversals;
  const cacheOn = responseCache ?? env.responseCache;
  const cache = cacheOn
    ? useResponseCache({
        version: async () => (await executor.read<{ version: string }>('read/graph-version', {}, { timeoutMs: 1000 }))[0]?.version ?? '',
        ...(typeof cacheOn === 'object' ? cacheOn : {}),
      })
    : undefined;
  const yoga = createYoga<Record<string, unknown>, Context>({
    schema,
    context: () => createContext(executor, compile),
    graphiql: (graphiql ?? env.graphiql) ? { title: 'PlanGraph' } : false,
    maskedErrors: { maskError },
    logging: logger,
    plugins: [
      useNeo4jReadinessCheck({ ping: (ms) => executor.ping(ms), timeoutMs: readinessTimeoutMs }),
      // Without introspection, suggestions would leak field names.
      useLimits({ blockFieldSuggestions: !introspectionOn, ...limits }),
      useIntrospectionSwitch({ enabled: introspectionOn }),
      // Last: a cached answer is one that already passed the limits above.
      ...(cache ? [cache.plugin] : []),
    ],
  });
  return Object.assign(yoga, { responseCache: cache });
}
