// The server bench/load.ts measures, in a child process of its own (so the
// load generator does not share its event loop): the same steps as
// `plangraph serve` (local Neo4j with keep-alive, seed plans, GraphQL), taken
// from the repository given as argv[2] so that one script can measure this
// branch and a checkout of main. It reports over IPC: the URL and the JVM's
// pid when ready, and memory (after a GC) when asked.
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const repo = path.resolve(process.argv[2] ?? '.');
const from = (file: string) => import(pathToFileURL(path.join(repo, file)).href);

const { readConfig } = await from('src/graph/config.ts');
const { startLocalNeo4j } = await from('src/graph/local-neo4j.ts');
const { keepAlive } = await from('src/graph/keep-alive.ts');
const { createDriver } = await from('src/graph/driver.ts');
const { createExecutor } = await from('src/graph/executor.ts');
const { migrate } = await from('src/graph/migrate.ts');
const { seedIfEmpty } = await from('src/graph/seed-if-empty.ts');
const { createPlanGraphYoga } = await from('src/api/yoga.ts');
const { listen } = await from('src/api/server.ts');

const log = (line: string) => console.error(`[server] ${line}`);
const config = readConfig();
// What openGraph does, except that the first ping may take as long as it
// needs: on a loaded machine a cold JVM misses openGraph's 5 s, and the run is lost.
const first = await startLocalNeo4j(config.launcher, { log });
// onRestart as openGraph wires it (a checkout without it ignores the argument and `recheck`).
const kept = keepAlive(first, config.launcher, log, { onRestart: () => executor.recheck?.() });
const driver = createDriver({ ...config.neo4j, uri: first.uri });
const executor = createExecutor(driver, config.neo4j.database);
for (let started = Date.now(); ; ) {
  try {
    await executor.ping(5000);
    break;
  } catch (error) {
    if (Date.now() - started > 120_000) throw error;
  }
}
await migrate(executor);
const graph = {
  executor,
  local: () => kept.current(),
  close: async () => {
    await driver.close();
    await kept.stop();
  },
};
// The same patience for seeding: a 5 s query timeout is tight on a machine with a load average of 30.
for (let attempt = 1; ; attempt++) {
  try {
    await seedIfEmpty(graph.executor, { log });
    break;
  } catch (error) {
    if (attempt >= 5) throw error;
    log(`seeding failed (${(error as Error).message.split('\n')[0]}); again in 1 s`);
    // A second: after a deadline the executor fails fast until its probe sees Neo4j answer.
    await new Promise((r) => setTimeout(r, 1000));
  }
}
const yoga = createPlanGraphYoga({ executor: graph.executor, graphiql: false });
const server = await listen(yoga, config.port, '127.0.0.1');

const send = (message: unknown) => process.send?.(message);
// How late the event loop ran its callbacks (a shed 503 waits that long), reset by each 'loop' message.
const loop = monitorEventLoopDelay({ resolution: 1 });
loop.enable();
send({ type: 'ready', url: server.url, jvm: graph.local()?.pid });
process.on('message', async (message: string | { maxConcurrent: number }) => {
  if (typeof message === 'object') {
    // A checkout without Gate.resize keeps its limit; the answer says which limit is in force.
    yoga.admission.gate?.resize?.(message.maxConcurrent);
    send({ type: 'admission', maxConcurrent: yoga.admission.gate?.maxConcurrent });
  } else if (message === 'loop') {
    const ms = (ns: number) => Math.round(ns / 1e4) / 100;
    send({ type: 'loop', p50: ms(loop.percentile(50)), p99: ms(loop.percentile(99)), max: ms(loop.max) });
    loop.reset();
  } else if (message === 'stats') {
    (globalThis as { gc?: () => void }).gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    send({ type: 'stats', rss, heapUsed, jvm: graph.local()?.pid });
  } else if (message === 'stop') {
    await server.close();
    await graph.close();
    process.exit(0);
  }
});
