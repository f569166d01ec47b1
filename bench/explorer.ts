// Benchmark of the explorer page in headless Chromium (Debian's chromium via
// playwright-core), against the API over the five seed plans, all on this
// machine. Measures (median of RUNS, with min and max):
//   first view   navigation start → the page is interactive with 鞍山市 on
//                the canvas (plans loaded, the URL's view restored, drawn),
//                with an empty cache (new browser profile) and a warm one;
//   expansion    a 2-hop expansion of 鞍山市 (per-hop limit 100: all of its
//                2-hop neighbourhood, 233 nodes in the seed graph, which has
//                no 300-node 2-hop neighbourhood of 鞍山市), and a 3-hop one
//                that puts 300+ nodes on the canvas: from the request to the
//                next painted frame, and the API's share of it;
//   2,000 nodes  frames per second while the layout runs on a 2,000-node,
//                3,000-edge graph (synthetic: the seed graph has fewer).
// Goals (issue #10): first view ≤ 1.5 s, expansion ≤ 500 ms on this machine.
// Run: npx tsx bench/explorer.ts   → bench/results/explorer.md
// Uses NEO4J_URI when set; else starts a local Neo4j in .data/bench-explorer-*.
import { writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { listen } from '../src/api/server.js';
import { createPlanGraphYoga } from '../src/api/yoga.js';
import { ensureExplorerBuilt } from '../src/explorer/build.js';
import { PROJECT_ROOT, readConfig } from '../src/graph/config.js';
import { createDriver } from '../src/graph/driver.js';
import { createExecutor } from '../src/graph/executor.js';
import { startLocalNeo4j, type LocalNeo4j } from '../src/graph/local-neo4j.js';
import { migrate } from '../src/graph/migrate.js';
import { seedIfEmpty } from '../src/graph/seed-if-empty.js';
import { freePort } from '../tests/setup/neo4j-global-setup.js';
import { launchChromium } from '../tests/explorer/browser.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const AREA = Buffer.from('AdminArea:辽宁省/鞍山市', 'utf8').toString('base64');
const LIMIT_PER_HOP = Number(process.env.BENCH_LIMIT ?? 100);

interface Stat {
  median: number;
  min: number;
  max: number;
}
const stat = (xs: number[]): Stat => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, min: s[0]!, max: s.at(-1)! };
};
const fmt = (s: Stat, unit = 'ms') => `${Math.round(s.median)} ${unit} (${Math.round(s.min)}–${Math.round(s.max)})`;
/** The load average as `uptime` prints it: 1, 5 and 15 minutes. */
const load = () => loadavg().map((x) => x.toFixed(2)).join(', ');

// Code that runs in the page is written as strings: tsx (esbuild, keepNames) wraps named functions
// of this file in __name(…), which does not exist in the page when Playwright serialises them.
/** Resolves after two frames: what was drawn before is on screen. Value: performance.now(). */
const TWO_FRAMES = 'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))))';
/** Expands `id` `depth` hops; value: request → painted frame, the same API request alone, nodes on the canvas. */
const EXPAND = `async (id, limit, depth) => {
  const w = window;
  const t0 = performance.now();
  await w.plangraph.expand(id, depth, limit);
  await ${TWO_FRAMES};
  const total = performance.now() - t0;
  const t1 = performance.now();
  await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query ($id: ID!, $l: Int, $d: Int) { neighborhood(id: $id, depth: $d, limitPerHop: $l) { truncated nodes { id graphId label type depth } edges { id source target type count plans factIds } } }', variables: { id, l: limit, d: depth } }),
  }).then((r) => r.json());
  return { total, api: performance.now() - t1, nodes: w.plangraph.graph.order };
}`;
/** Replaces the graph with a synthetic 2,000-node, 3,000-edge one and counts frames for 3 s while the layout runs. */
const FPS_2000 = `async () => {
  const w = window;
  const g = w.plangraph.graph;
  g.clear();
  const types = ['AdminArea', 'IndustrialPark', 'Enterprise', 'Project', 'Industry'];
  for (let i = 0; i < 2000; i++) g.addNode('n' + i, { label: '节点' + i, kind: types[i % 5], graphId: 'n' + i, x: Math.random() * 100, y: Math.random() * 100, size: 5, color: '#e15759', origins: ['bench'] });
  for (let i = 0; i < 3000; i++) {
    const a = 'n' + Math.floor(Math.random() * 2000);
    const b = 'n' + Math.floor(Math.random() * 2000);
    if (a !== b) g.addDirectedEdgeWithKey('e' + i, a, b, { label: 'HOSTS', relation: 'HOSTS', plans: [], factIds: [], count: 1, size: 1, color: '#b8c0cc', type: 'arrow' });
  }
  w.plangraph.canvas.runLayout(4000);
  let frames = 0;
  const t0 = performance.now();
  await new Promise((resolve) => {
    const tick = () => {
      frames += 1;
      if (performance.now() - t0 < 3000) requestAnimationFrame(tick);
      else resolve();
    };
    requestAnimationFrame(tick);
  });
  return (frames * 1000) / (performance.now() - t0);
}`;
const call = (fn: string, ...args: unknown[]) => `(${fn})(${args.map((a) => JSON.stringify(a)).join(', ')})`;

async function main(): Promise<void> {
  const loadStart = load();
  const started = Date.now();
  const build = await ensureExplorerBuilt();
  let local: LocalNeo4j | undefined;
  let dataDir: string | undefined;
  let uri = process.env.NEO4J_URI;
  if (!uri) {
    await mkdir(path.join(PROJECT_ROOT, '.data'), { recursive: true });
    dataDir = await mkdtemp(path.join(PROJECT_ROOT, '.data', 'bench-explorer-'));
    local = await startLocalNeo4j({ ...readConfig({}).launcher, dataDir, boltPort: await freePort() });
    uri = local.uri;
  }
  const driver = createDriver({ uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD, database: 'neo4j' }, { connectionTimeoutMs: 30_000, connectionAcquisitionTimeoutMs: 30_000 });
  const executor = createExecutor(driver, 'neo4j');
  await migrate(executor);
  await seedIfEmpty(executor, { log: () => {} });
  const server = await listen(createPlanGraphYoga({ executor }), 0, '127.0.0.1');
  const base = server.url.replace(/\/graphql$/, '');
  const url = `${base}/explorer/#s=${encodeURIComponent(AREA)}`;

  const cold: number[] = [];
  const warm: number[] = [];
  type Expansion = { total: number; api: number; nodes: number };
  const two: Expansion[] = [];
  const three: Expansion[] = [];
  const fps: number[] = [];
  let loadDuring = '';
  try {
    // Warm Neo4j and the server once (query plans, JIT), as a running server would be.
    {
      const b = await launchChromium();
      const p = await b.context.newPage();
      await p.goto(url);
      await p.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
      await p.evaluate(call(EXPAND, AREA, LIMIT_PER_HOP, 3));
      await b.close();
    }
    for (let run = 0; run < RUNS; run++) {
      const b = await launchChromium();
      const page = await b.context.newPage();
      // performance.now() counts from navigation start: → ready, plus two frames so the node is painted.
      const ready = async () => {
        await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
        return page.evaluate<number>(TWO_FRAMES);
      };
      await page.goto(url);
      cold.push(await ready());
      await page.reload();
      warm.push(await ready());
      two.push(await page.evaluate<Expansion>(call(EXPAND, AREA, LIMIT_PER_HOP, 2)));
      // 300+ nodes: the same from a fresh view of 鞍山市, three hops.
      await page.goto(url.replace('#', '?three#'));
      await ready();
      three.push(await page.evaluate<Expansion>(call(EXPAND, AREA, LIMIT_PER_HOP, 3)));
      if (run === 0) {
        // 2,000 nodes: add a synthetic graph and count frames while the layout runs for 3 s.
        fps.push(await page.evaluate<number>(call(FPS_2000)));
      }
      if (run === Math.floor(RUNS / 2)) loadDuring = load();
      await b.close();
    }
  } finally {
    await server.close();
    await driver.close();
    await local?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }

  const firstCold = stat(cold);
  const firstWarm = stat(warm);
  const rows = (name: string, xs: Expansion[]) => {
    const total = stat(xs.map((x) => x.total));
    const n = stat(xs.map((x) => x.nodes));
    return [
      `| ${name}: request → painted frame | ${fmt(total)} | ≤ 500 ms | ${total.median <= 500 ? 'yes' : 'no'} |`,
      `| … of which the same API request alone | ${fmt(stat(xs.map((x) => x.api)))} | | |`,
      `| … nodes on the canvas after it | ${fmt(n, '')} | ≥ 300 | ${n.min >= 300 ? 'yes' : 'no'} |`,
    ];
  };
  const lines = [
    '# Explorer benchmark',
    '',
    'The explorer page (/explorer) in headless Chromium (Debian `chromium`, `--disable-gpu`: WebGL in software) driven by playwright-core, against the API over the five seed plans on the same machine. ' +
      `${RUNS} runs, each in a new browser profile; median (min–max). Run: \`npx tsx bench/explorer.ts\`.`,
    '',
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${cpus()[0]?.model.trim()}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GB memory; load average (1, 5, 15 min) ${loadStart} at start, ${loadDuring} midway, ${load()} at end (a 2-core machine shared with other jobs)`,
    `- Node ${process.version}; page build: ${build.state}`,
    `- Measuring took ${Math.round((Date.now() - started) / 1000)} s`,
    '',
    '| measure | result | goal | met |',
    '|---|---:|---:|---|',
    `| first interactive view, empty cache (navigation → ready with 鞍山市 drawn) | ${fmt(firstCold)} | ≤ 1500 ms | ${firstCold.median <= 1500 ? 'yes' : 'no'} |`,
    `| first interactive view, warm cache (reload) | ${fmt(firstWarm)} | ≤ 1500 ms | ${firstWarm.median <= 1500 ? 'yes' : 'no'} |`,
    ...rows(`2-hop expansion of 鞍山市 (limitPerHop ${LIMIT_PER_HOP})`, two),
    ...rows(`3-hop expansion of 鞍山市 (limitPerHop ${LIMIT_PER_HOP})`, three),
    `| frames per second while the layout runs, 2,000 nodes / 3,000 edges | ${fps.map((f) => f.toFixed(1)).join(', ')} | smooth | |`,
    '',
    '## Reading these figures',
    '',
    '- The machine is shared: other jobs ran during the measurement (see the load averages above, on 2 cores), so every figure is noisy; the min–max ranges show how much. Compare runs only at similar load.',
    '- The seed graph has no 2-hop neighbourhood of 鞍山市 with 300+ nodes: with every neighbour (per-hop limit 100) two hops reach 233. The 3-hop row is the one that puts 300+ nodes on the canvas; both are timed against the same ≤ 500 ms goal.',
    '- The API answers an expansion in tens of milliseconds; the rest of the expansion time is the page: adding the nodes, starting the layout worker and drawing the next frame with WebGL in software (`--disable-gpu`; a desktop browser with a GPU draws faster).',
    '- First view with an empty cache: a CPU profile (Chrome DevTools protocol, one cold load) showed the time going to parsing and running the 235 kB bundle and to style, layout and the first paint of CJK text and WebGL canvases (about 1 s of native work), not to the API (its three requests take about 30–100 ms each). The warm-cache reload is what a returning user sees.',
    '- 2,000 nodes: the frame rate is with the layout running and WebGL in software on a loaded 2-core machine; it measures that the canvas stays responsive, not what a GPU gives.',
    '',
  ];
  await mkdir(path.join(PROJECT_ROOT, 'bench/results'), { recursive: true });
  writeFileSync(path.join(PROJECT_ROOT, 'bench/results/explorer.md'), `${lines.join('\n')}\n`);
  console.log(lines.join('\n'));
}

await main();
