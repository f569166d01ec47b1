// The README's picture of the explorer (docs/explorer.png), taken the way a
// user gets there: 鞍钢 and 华晨宝马 put on the canvas, 鞍钢 expanded two
// hops, the shortest paths between them highlighted, 鞍钢's quotes in the
// panel. The view comes from a link (the URL reproduces it), then the layout
// runs to its end and the camera fits the graph.
// Run: npx tsx tests/explorer/readme-screenshot.ts [out.png]
// Uses NEO4J_URI when set (seeded if empty); else starts a local Neo4j in .data/.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { ensureExplorerBuilt } from '../../src/explorer/build.js';
import { PROJECT_ROOT } from '../../src/graph/config.js';
import { launchChromium } from './browser.js';
import { startSeededServer } from './seeded-server.js';

const out = path.resolve(process.argv[2] ?? path.join(PROJECT_ROOT, 'docs', 'explorer.png'));
const gid = (graphId: string) => Buffer.from(graphId, 'utf8').toString('base64');
const ANGANG = gid('Enterprise:鞍钢集团有限公司');
const BMW = gid('Enterprise:华晨宝马汽车有限公司');
// Seeds, 鞍钢 expanded (2 hops, 15 per hop, all relations and plans), the path, the selection.
const VIEW = `#s=${ANGANG},${BMW}&e=${ANGANG}~2~15~~&p=${ANGANG}~${BMW}&sel=${ANGANG}`;

// Page code as strings: tsx wraps this file's functions in __name(…), unknown inside the page.
const STILL = `(() => { const c = window.plangraph.canvas; return !c.isLayoutRunning() && !c.sigma.getCamera().isAnimated(); })()`;

await ensureExplorerBuilt();
const server = await startSeededServer('screenshot-');
const browser = await launchChromium();
try {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  await page.goto(`${server.base}/explorer/${VIEW}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 120_000 });
  await page.waitForSelector('#panel-body .quote', { timeout: 60_000 });
  await page.waitForFunction(STILL, undefined, { timeout: 60_000 });
  await page.click('#btn-fit');
  await page.waitForFunction(STILL, undefined, { timeout: 10_000 });
  // A little room around the graph so the legend hides no node; and no toast over it.
  await page.evaluate('window.plangraph.canvas.sigma.getCamera().animate({ ratio: 1.12 }, { duration: 0 })');
  await page.waitForSelector('#message', { state: 'hidden', timeout: 15_000 });
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  const nodes = await page.evaluate<number>('window.plangraph.graph.order');
  if (errors.length) throw new Error(`The page logged errors: ${errors.join('; ')}`);
  await mkdir(path.dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`${out}: ${nodes} nodes`);
} finally {
  await browser.close();
  await server.close();
}
