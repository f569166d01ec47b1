// Builds the GraphQL server (no port: tests call yoga.fetch directly, and
// server.ts does the listening).
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Executor } from '../graph/executor.js';
import { readApiConfig } from './config.js';
import { createContext, type Context } from './context.js';
import { logger, maskError } from './errors.js';
import { defaultTabs } from './graphiql/examples.js';
import { renderGraphiQLPage } from './graphiql/page.js';
import { useExplorer, type ExplorerOptions } from './plugins/use-explorer.js';
import { useGraphiQLAssets } from './plugins/use-graphiql-assets.js';
import { useIntrospectionSwitch } from './plugins/use-introspection-switch.js';
import { useLimits, type LimitOptions } from './plugins/use-limits.js';
import { useNeo4jReadinessCheck } from './plugins/use-readiness-check.js';
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
  /** The explorer page at /explorer (see plugins/use-explorer.ts). */
  explorer?: ExplorerOptions;
}

export type PlanGraphYoga = YogaServerInstance<Record<string, unknown>, Context>;

export function createPlanGraphYoga({ executor, readinessTimeoutMs, graphiql, introspection, limits, explorer }: YogaOptions): PlanGraphYoga {
  const env = readApiConfig();
  const introspectionOn = introspection ?? env.introspection;
  return createYoga<Record<string, unknown>, Context>({
    schema,
    context: () => createContext(executor),
    graphiql: (graphiql ?? env.graphiql) ? () => ({ title: 'PlanGraph', defaultTabs: defaultTabs() }) : false,
    // Every GraphiQL asset from the installed package, none from a CDN.
    renderGraphiQL: renderGraphiQLPage,
    maskedErrors: { maskError },
    logging: logger,
    plugins: [
      useNeo4jReadinessCheck({ ping: (ms) => executor.ping(ms), timeoutMs: readinessTimeoutMs }),
      // Without introspection, suggestions would leak field names.
      useLimits({ blockFieldSuggestions: !introspectionOn, ...limits }),
      useIntrospectionSwitch({ enabled: introspectionOn }),
      useGraphiQLAssets(),
      useExplorer(explorer),
    ],
  });
}
