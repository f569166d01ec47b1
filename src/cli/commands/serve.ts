// plangraph serve: local Neo4j (unless NEO4J_URI) → driver → schema → [seed
// ingest] → GraphQL on PORT. Stops everything in reverse on SIGINT/SIGTERM.
import { createPlanGraphYoga } from '../../api/yoga.js';
import { readApiConfig } from '../../api/config.js';
import { listen } from '../../api/server.js';
import { ensureExplorerBuilt } from '../../explorer/build.js';
import { readConfig, type AppConfig } from '../../graph/config.js';
import { openGraph, type Graph } from '../../graph/connect.js';
import { GraphError } from '../../graph/errors.js';
import { InvalidExtractionError } from '../../graph/ingest/rows.js';
import { seedIfEmpty } from '../../graph/seed-if-empty.js';
import { ExitError } from '../errors.js';
import type { CommandRun } from '../types.js';

const log = (line: string) => console.error(`plangraph: ${line}`);

export const run: CommandRun = async () => {
  const started = Date.now();
  let config: AppConfig;
  let graph: Graph;
  try {
    config = readConfig();
    graph = await openGraph(config, { log, keepAlive: true });
  } catch (error) {
    // Config, Java, Maven, port, store lock, unreachable NEO4J_URI: each message already says what to do.
    if (error instanceof GraphError) throw new ExitError(error.message);
    throw error;
  }

  // ── INGEST HOOK (loader, issue #5): the seed plans when the graph has no Plan; a warm start costs one query. ──
  const seed = await seedIfEmpty(graph.executor, { log }).catch(async (error: unknown) => {
    await graph.close();
    if (error instanceof GraphError || error instanceof InvalidExtractionError) throw new ExitError(`Seeding the empty graph failed: ${error.message}`);
    throw error;
  });
  if (seed.seeded) log(`seeded ${seed.plans.length} plans in ${(seed.ms / 1000).toFixed(1)} s`);

  const api = readApiConfig();
  // The explorer page (/explorer): built here when its sources changed (seconds; nothing when fresh).
  const page = await ensureExplorerBuilt().catch((error: unknown) => ({ state: 'missing' as const, ms: 0, advice: `its build failed (${(error as Error).message}): run npm run build:explorer` }));
  if (page.state === 'built') log(`built the explorer page in ${(page.ms / 1000).toFixed(1)} s`);
  if (page.advice) log(`the explorer page is ${page.state}: ${page.advice}`);

  const yoga = createPlanGraphYoga({ executor: graph.executor });
  const server = await listen(yoga, config.port, config.host).catch(async (error: NodeJS.ErrnoException) => {
    await graph.close();
    if (error.code === 'EADDRINUSE') throw new ExitError(`Port ${config.port} is taken: set PORT to a free port (e.g. PORT=4001 npm start).`);
    throw error;
  });
  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s (Neo4j at ${graph.uri})`);
  console.log(banner(api.graphiql, server.url));
  console.log(`Explorer: ${server.url.replace(/\/graphql$/, '/explorer')}`);

  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  log(`${signal}: stopping (again to force)…`);
  process.once(signal, () => process.exit(130));
  await server.close();
  await graph.close();
  log('stopped');
  return 0;
};

/** The line that says where to point a browser or a client: no "GraphiQL" when it is off (production). */
export function banner(graphiql: boolean, url: string): string {
  return `${graphiql ? 'GraphiQL' : 'GraphQL'}: ${url}`;
}
