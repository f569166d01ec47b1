// Readiness (/ready): 200 while Neo4j answers a real read (yoga.ts passes
// cypher/system/ready.cypher), 503 while it does not, re-checked on every request so it recovers by itself. Liveness is
// Yoga's built-in /health, which never touches the database.
import createDebug from 'debug';
import { useReadinessCheck, type Plugin } from 'graphql-yoga';

const debug = createDebug('plangraph:api');

export interface Neo4jReadinessOptions {
  /** The probe; must reject when the database cannot answer (see Executor.ping). */
  ping: (timeoutMs: number) => Promise<void>;
  /**
   * How long the probe may take before the answer is 503, so load balancers get an answer fast.
   * @default 1000
   */
  timeoutMs?: number;
  /**
   * Path of the readiness endpoint.
   * @default '/ready'
   */
  endpoint?: string;
}

export function useNeo4jReadinessCheck({ ping, timeoutMs = 1000, endpoint = '/ready' }: Neo4jReadinessOptions): Plugin {
  const check = useReadinessCheck({
    endpoint,
    async check({ fetchAPI }) {
      try {
        await ping(timeoutMs);
        return true;
      } catch (error) {
        debug('not ready: %s', (error as Error).message);
        // A fixed body: the error text would name hosts and ports.
        return new fetchAPI.Response(JSON.stringify({ ready: false, reason: 'DATABASE_UNAVAILABLE' }), {
          status: 503,
          headers: { 'content-type': 'application/json' },
        });
      }
    },
  });
  // Yoga's plugin also tests every request's URL against a URLPattern (~10 µs
  // per GraphQL request, bench/api-stack.ts); the path alone decides here.
  return {
    ...check,
    onRequest(payload) {
      if (payload.url.pathname === endpoint) return check.onRequest!(payload);
    },
  };
}
