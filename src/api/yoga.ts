// Builds the GraphQL server (no port: tests call yoga.fetch directly, and
// server.ts does the listening).
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Executor } from '../graph/executor.js';
import { createContext, type Context } from './context.js';
import { logger, maskError } from './errors.js';
import { useNeo4jReadinessCheck } from './plugins/use-readiness-check.js';
import { schema } from './schema/index.js';

export interface YogaOptions {
  executor: Executor;
  /** Readiness probe budget in ms (default 1000). */
  readinessTimeoutMs?: number;
}

export type PlanGraphYoga = YogaServerInstance<Record<string, unknown>, Context>;

export function createPlanGraphYoga({ executor, readinessTimeoutMs }: YogaOptions): PlanGraphYoga {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    context: () => createContext(executor),
    graphiql: { title: 'PlanGraph' },
    maskedErrors: { maskError },
    logging: logger,
    plugins: [useNeo4jReadinessCheck({ ping: (ms) => executor.ping(ms), timeoutMs: readinessTimeoutMs })],
  });
}
