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
//   --compare DIR  also measure another build of the page (e.g. main's
//                  dist/explorer), served by a second server on the same graph,
//                  in the same runs (alternating which goes first): a
//                  before/after under the same load. Prints the table; writes
//                  a file only with --out.
//   --out FILE     where to write the report (- for none).
// Uses NEO4J_URI when set; else starts a local Neo4j in .data/bench-explorer-*.
import { writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureExplorerBuilt } from '../src/explorer/build.js';
import { PROJECT_ROOT } from '../src/graph/config.js';
import { launchChromium } from '../tests/explorer/browser.js';
import { startSeededServer } from '../tests/explorer/seeded-server.js';

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

type Expansion = { total: number; api: number; nodes: number };
interface Samples {
  label: string;
  url: string;
  cold: number[];
  warm: number[];
  two: Expansion[];
  three: Expansion[];
  fps: number[];
}

/** One run of a build: a new browser profile, cold load, reload, 2-hop, fresh view, 3-hop (and once the 2,000 nodes). */
async function measure(s: Samples, withFps: boolean): Promise<void> {
  const b = await launchChromium();
  try {
    const page = await b.context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    // performance.now() counts from navigation start: → ready, plus two frames so the node is painted.
    const ready = async () => {
      await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
      return page.evaluate<number>(TWO_FRAMES);
    };
    await page.goto(s.url);
    s.cold.push(await ready());
    await page.reload();
    s.warm.push(await ready());
    s.two.push(await page.evaluate<Expansion>(call(EXPAND, AREA, LIMIT_PER_HOP, 2)));
    // 300+ nodes: the same from a fresh view of 鞍山市, three hops.
    await page.goto(s.url.replace('#', '?three#'));
    await ready();
    s.three.push(await page.evaluate<Expansion>(call(EXPAND, AREA, LIMIT_PER_HOP, 3)));
    // 2,000 nodes: add a synthetic graph and count frames while the layout runs for 3 s.
    if (withFps) s.fps.push(await page.evaluate<number>(call(FPS_2000)));
    if (errors.length) throw new Error(`${s.label}: the page logged errors: ${errors.join('; ')}`);
  } finally {
    await b.close();
  }
}

async function main(): Promise<void> {
  const { values: args } = parseArgs({ options: { compare: { type: 'string' }, out: { type: 'string' } } });
  const outFile = args.out === '-' ? null : args.out ? path.resolve(args.out) : args.compare ? null : path.join(PROJECT_ROOT, 'bench/results/explorer.md');
  const loadStart = load();
  const started = Date.now();
  const build = await ensureExplorerBuilt();
  const hash = `#s=${encodeURIComponent(AREA)}`;
  const server = await startSeededServer('bench-explorer-');
  const variants: Samples[] = [];
  const empty = (label: string, base: string): Samples => ({ label, url: `${base}/explorer/${hash}`, cold: [], warm: [], two: [], three: [], fps: [] });
  let loadDuring = '';
  try {
    if (args.compare) variants.push(empty(`--compare ${args.compare}`, await server.serve({ explorer: { dir: path.resolve(args.compare) } })));
    variants.push(empty('this build', server.base));
    // Warm Neo4j and the server once (query plans, JIT), as a running server would be.
    for (const v of variants) {
      const b = await launchChromium();
      const p = await b.context.newPage();
      await p.goto(v.url);
      await p.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
      await p.evaluate(call(EXPAND, AREA, LIMIT_PER_HOP, 3));
      await b.close();
    }
    for (let run = 0; run < RUNS; run++) {
      // Alternate which build goes first, so neither always meets the same moment of the load.
      const order = run % 2 === 0 ? variants : [...variants].reverse();
      for (const v of order) await measure(v, run === 0);
      if (run === Math.floor(RUNS / 2)) loadDuring = load();
    }
  } finally {
    await server.close();
  }

  const cell = (xs: number[], unit = 'ms') => (xs.length ? fmt(stat(xs), unit) : '');
  const median = (xs: number[]) => stat(xs).median;
  const current = variants.at(-1)!;
  const header = variants.length > 1 ? `| measure | ${variants.map((v) => v.label).join(' | ')} | after / before | goal | met (this build) |` : '| measure | result | goal | met |';
  const rule = variants.length > 1 ? '|---|---:|---:|---:|---:|---|' : '|---|---:|---:|---|';
  const row = (name: string, pick: (v: Samples) => number[], goal: string, met: string, unit = 'ms') => {
    const ratio = variants.length > 1 && unit === 'ms' ? ` ${(median(pick(current)) / median(pick(variants[0]!))).toFixed(2)} |` : variants.length > 1 ? ' |' : '';
    return `| ${name} | ${variants.map((v) => cell(pick(v), unit)).join(' | ')} |${ratio} ${goal} | ${met} |`;
  };
  const under = (xs: number[], limit: number) => (median(xs) <= limit ? 'yes' : 'no');
  const expansionRows = (name: string, pick: (v: Samples) => Expansion[]) => [
    row(`${name}: request → painted frame`, (v) => pick(v).map((x) => x.total), '≤ 500 ms', under(pick(current).map((x) => x.total), 500)),
    row('… of which the same API request alone', (v) => pick(v).map((x) => x.api), '', ''),
    row('… nodes on the canvas after it', (v) => pick(v).map((x) => x.nodes), '≥ 300', stat(pick(current).map((x) => x.nodes)).min >= 300 ? 'yes' : 'no', ''),
  ];
  const lines = [
    '# Explorer benchmark',
    '',
    'The explorer page (/explorer) in headless Chromium (Debian `chromium`, `--disable-gpu`: WebGL in software) driven by playwright-core, against the API over the five seed plans on the same machine. ' +
      `${RUNS} runs, each in a new browser profile; median (min–max). Run: \`npx tsx bench/explorer.ts${args.compare ? ` --compare ${args.compare}` : ''}\`.`,
    '',
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${cpus()[0]?.model.trim()}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GB memory; load average (1, 5, 15 min) ${loadStart} at start, ${loadDuring} midway, ${load()} at end (a 2-core machine shared with other jobs)`,
    `- Node ${process.version}; page build: ${build.state}`,
    `- Measuring took ${Math.round((Date.now() - started) / 1000)} s`,
    '',
    header,
    rule,
    row('first interactive view, empty cache (navigation → ready with 鞍山市 drawn)', (v) => v.cold, '≤ 1500 ms', under(current.cold, 1500)),
    row('first interactive view, warm cache (reload)', (v) => v.warm, '≤ 1500 ms', under(current.warm, 1500)),
    ...expansionRows(`2-hop expansion of 鞍山市 (limitPerHop ${LIMIT_PER_HOP})`, (v) => v.two),
    ...expansionRows(`3-hop expansion of 鞍山市 (limitPerHop ${LIMIT_PER_HOP})`, (v) => v.three),
    `| frames per second while the layout runs, 2,000 nodes / 3,000 edges | ${variants.map((v) => v.fps.map((f) => f.toFixed(1)).join(', ')).join(' | ')} |${variants.length > 1 ? ' |' : ''} smooth | |`,
    '',
    '## Reading these figures',
    '',
    '- The machine is shared: other jobs ran during the measurement (see the load averages above, on 2 cores), so every figure is noisy; the min–max ranges show how much. Compare runs only at similar load.',
    '- The seed graph has no 2-hop neighbourhood of 鞍山市 with 300+ nodes: with every neighbour (per-hop limit 100) two hops reach 233. The 3-hop row is the one that puts 300+ nodes on the canvas; both are timed against the same ≤ 500 ms goal.',
    '- The API answers an expansion in tens of milliseconds; the rest of the expansion time is the page: adding the nodes, starting the layout worker and drawing the next frame with WebGL in software (`--disable-gpu`; a desktop browser with a GPU draws faster).',
    '- First view with an empty cache: a CPU profile (Chrome DevTools protocol, one cold load) showed the time going to parsing and running the page script (a 218 kB main bundle; the cross-plan and indicator views and the exports load on first use) and to style, layout and the first paint of CJK text and WebGL canvases (about 1 s of native work), not to the API (its three requests take about 30–100 ms each). The warm-cache reload is what a returning user sees.',
    '- 2,000 nodes: the frame rate is with the layout running and WebGL in software on a loaded 2-core machine; it measures that the canvas stays responsive, not what a GPU gives.',
    '',
  ];
  if (outFile) {
    await mkdir(path.dirname(outFile), { recursive: true });
    writeFileSync(outFile, `${lines.join('\n')}\n`);
  }
  console.log(lines.join('\n'));
}

await main();
