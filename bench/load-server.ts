// The server bench/load.ts measures, in a child process of its own (so the
// load generator does not share its event loop): the same steps as
// `plangraph serve` (local Neo4j with keep-alive, seed plans, GraphQL), taken
// from the repository given as argv[2] so that one script can measure this
// branch and a checkout of main. It reports over IPC: the URL and the JVM's
// pid when ready, and memory (after a GC) when asked.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const repo = path.resolve(process.argv[2] ?? '.');
const from = (file: string) => import(pathToFileURL(path.join(repo, file)).href);

const { readConfig } = await from('src/graph/config.ts');
const { openGraph } = await from('src/graph/connect.ts');
const { seedIfEmpty } = await from('src/graph/seed-if-empty.ts');
const { createPlanGraphYoga } = await from('src/api/yoga.ts');
const { listen } = await from('src/api/server.ts');

const log = (line: string) => console.error(`[server] ${line}`);
const config = readConfig();
// On a loaded machine a cold JVM can miss openGraph's first 5 s ping: try again rather than lose the run.
async function open(attempt = 1): Promise<any> {
  try {
    return await openGraph(config, { log, keepAlive: true });
  } catch (error) {
    if (attempt >= 3) throw error;
    log(`open failed (${(error as Error).message.split('\n')[0]}); again`);
    return open(attempt + 1);
  }
}
const graph = await open();
await seedIfEmpty(graph.executor, { log });
const server = await listen(createPlanGraphYoga({ executor: graph.executor, graphiql: false }), config.port, '127.0.0.1');

const send = (message: unknown) => process.send?.(message);
send({ type: 'ready', url: server.url, jvm: graph.local()?.pid });
process.on('message', async (message: string) => {
  if (message === 'stats') {
    (globalThis as { gc?: () => void }).gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    send({ type: 'stats', rss, heapUsed, jvm: graph.local()?.pid });
  } else if (message === 'stop') {
    await server.close();
    await graph.close();
    process.exit(0);
  }
});
