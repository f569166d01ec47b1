// Builds the GraphQL server (no port: tests call yoga.fetch directly, and
// server.ts does the listening).
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Executor } from '../graph/executor.js';
import { readApiConfig } from './config.js';
import { createContext, type Context } from './context.js';
import { logger, maskError } from './errors.js';
import { useAdmission, type AdmissionOptions, type Door } from './plugins/use-admission.js';
import { useCompiledExecution } from './plugins/use-compiled-execution.js';
import { useCsrfPrevention } from './plugins/use-csrf-prevention.js';
import { useInputBounds, type InputBoundsOptions } from './plugins/use-input-bounds.js';
import { defaultTabs } from './graphiql/examples.js';
import { renderGraphiQLPage } from './graphiql/page.js';
import { useExplorer, type ExplorerOptions } from './plugins/use-explorer.js';
import { useGraphiQLAssets } from './plugins/use-graphiql-assets.js';
import { useIntrospectionSwitch } from './plugins/use-introspection-switch.js';
import { useLimits, type LimitOptions } from './plugins/use-limits.js';
import { usePartialDataStatus } from './plugins/use-partial-data-status.js';
import { useNeo4jReadinessCheck } from './plugins/use-readiness-check.js';
import { useRequestBody } from './plugins/use-request-body.js';
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
  /** Query length, bracket nesting and variable size, checked before parsing (plugins/use-input-bounds.ts). */
  inputBounds?: InputBoundsOptions;
  /** Largest request body in bytes (default: PLANGRAPH_MAX_BODY_BYTES, else 1 MB). */
  maxBodyBytes?: number;
  /** Concurrency limit and queue (default: PLANGRAPH_MAX_CONCURRENT, PLANGRAPH_QUEUE_SIZE, PLANGRAPH_QUEUE_TIMEOUT_MS, PLANGRAPH_QUEUE_WAIT_MS). */
  admission?: AdmissionOptions;
  /** Origins browsers may call from (default: PLANGRAPH_CORS_ORIGINS, else none: same origin only). */
  corsOrigins?: string[];
  /** Response cache keyed on the graph version (default: PLANGRAPH_RESPONSE_CACHE, else on); options other than `version`. */
  responseCache?: boolean | Omit<ResponseCacheOptions, 'version'>;
  /** Compiled Cypher for chains of relationship fields (default: PLANGRAPH_COMPILE_TRAVERSALS, else on). */
  compileTraversals?: boolean;
  /** Run repeated documents through graphql-jit (default on; plugins/use-compiled-execution.ts). Off only to compare. */
  compileQueries?: boolean;
  /** The explorer page at /explorer (see plugins/use-explorer.ts). */
  explorer?: ExplorerOptions;
}

export type PlanGraphYoga = YogaServerInstance<Record<string, unknown>, Context> & {
  /** Hit and miss counts of the response cache; undefined when it is off. */
  responseCache?: ResponseCache;
  /** The admission check server.ts runs on each raw request before Yoga (plugins/use-admission.ts). */
  admission: { door: Door };
};

export function createPlanGraphYoga(options: YogaOptions): PlanGraphYoga {
  const { executor, readinessTimeoutMs, limits, inputBounds } = options;
  const env = readApiConfig();
  const introspectionOn = options.introspection ?? env.introspection;
  const origins = options.corsOrigins ?? env.corsOrigins;
  const compile = options.compileTraversals ?? env.compileTraversals;
  const cacheOn = options.responseCache ?? env.responseCache;
  const cache = cacheOn
    ? useResponseCache({
        version: async () => (await executor.read<{ version: string }>('read/graph-version', {}, { timeoutMs: 1000 }))[0]?.version ?? '',
        ...(typeof cacheOn === 'object' ? cacheOn : {}),
      })
    : undefined;
  const admission = useAdmission({
    maxConcurrent: env.maxConcurrent,
    queueSize: env.queueSize,
    queueTimeoutMs: env.queueTimeoutMs,
    queueWaitMs: env.queueWaitMs,
    ...options.admission,
  });
  const yoga = createYoga<Record<string, unknown>, Context>({
    schema,
    context: () => createContext(executor, compile),
    graphiql: (options.graphiql ?? env.graphiql) ? () => ({ title: 'PlanGraph', defaultTabs: defaultTabs() }) : false,
    // Every GraphiQL asset from the installed package, none from a CDN.
    renderGraphiQL: renderGraphiQLPage,
    maskedErrors: { maskError },
    logging: logger,
    // No CORS headers unless origins are listed: the explorer and GraphiQL are same-origin.
    // Never credentials: the API has no cookies or sessions to share.
    cors: origins.length > 0 ? { origin: origins, credentials: false, methods: ['GET', 'POST'] } : false,
    // File uploads are not part of the API; refusing multipart removes one more body parser.
    multipart: false,
    // The order is the order requests meet them. Another plugin that replaces
    // the execute function (a compiled executor, a response cache) goes before
    // useAdmission, which must stay last so it wraps them (see its header).
    plugins: [
      // A real read (indexes online, one full-text search), not only RETURN 1: see cypher/system/ready.cypher.
      useNeo4jReadinessCheck({ ping: (ms) => executor.ping(ms, 'system/ready'), timeoutMs: readinessTimeoutMs }),
      // Static pages answer in onRequest, ahead of every GraphQL check and the admission queue.
      useGraphiQLAssets(),
      useExplorer(options.explorer),
      // GET, form and text/plain POSTs need x-graphql-yoga-csrf; JSON POSTs (explorer, GraphiQL) pass.
      useCsrfPrevention(),
      useRequestBody({ maxBytes: options.maxBodyBytes ?? env.maxBodyBytes }),
      useInputBounds(inputBounds),
      // Without introspection, suggestions would leak field names.
      useLimits({ blockFieldSuggestions: !introspectionOn, ...limits }),
      useIntrospectionSwitch({ enabled: introspectionOn }),
      usePartialDataStatus(),
      // Picks the executor: graphql-js for a document's first runs, compiled JavaScript (graphql-jit)
      // once it repeats. Before the cache and admission that wrap execution.
      useCompiledExecution(options.compileQueries === false ? { runsBeforeCompile: Infinity } : {}),
      // A cached answer is one that already passed the limits above; it comes
      // before admission, which must stay last so it wraps every execution.
      ...(cache ? [cache.plugin] : []),
      admission,
    ],
  });
  return Object.assign(yoga, { responseCache: cache, admission });
}
