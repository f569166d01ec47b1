// The explorer page end to end, in headless Chromium against the API over
// the five seed plans: search 鞍钢 → the node appears → expand it → open a
// quote and check it against the API → the path to an entity of another plan
// → export JSON. Any console error or an empty canvas fails it. Screenshots
// go to .data/artifacts/explorer/.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/graph/config.js';
import { listen, type RunningServer } from '../../src/api/server.js';
import { createPlanGraphYoga } from '../../src/api/yoga.js';
import { ensureExplorerBuilt } from '../../src/explorer/build.js';
import type { Executor } from '../../src/graph/executor.js';
import { loadSeedPlans } from '../api/helpers.js';
import { useTestGraph } from '../setup/neo4j.js';
import { launchChromium, type Browser } from './browser.js';
import { colouredShare, decodePng } from './png.js';

const ARTIFACTS = join(PROJECT_ROOT, '.data', 'artifacts', 'explorer');
const ANGANG = 'Enterprise:鞍钢集团有限公司';
const BMW = 'Enterprise:华晨宝马汽车有限公司'; // named by the Tiexi plan, not by 鞍山's
const { executor } = useTestGraph();

let server: RunningServer;
let base: string;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

const gid = (graphId: string) => Buffer.from(graphId, 'utf8').toString('base64');

async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

type View = { nodes: Array<{ id: string; label: string; type: string }>; edges: Array<{ id: string; source: string; target: string; type: string }> };
const view = () => page.evaluate(() => (window as unknown as { plangraph: { toJSON(): View } }).plangraph.toJSON());
const position = (id: string) => page.evaluate((n) => (window as unknown as { plangraph: { position(id: string): { x: number; y: number } | null } }).plangraph.position(n), id);
const stopLayout = () => page.evaluate(() => (window as unknown as { plangraph: { canvas: { stopLayout(): void } } }).plangraph.canvas.stopLayout());

async function shot(name: string): Promise<Buffer> {
  return page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

/** Fails when the canvas shows (almost) nothing coloured: nodes are drawn in saturated colours. */
async function expectDrawnCanvas(name: string): Promise<void> {
  const png = await page.locator('#canvas').screenshot({ path: join(ARTIFACTS, `${name}-canvas.png`) });
  expect(colouredShare(decodePng(png))).toBeGreaterThan(0.001);
}

beforeAll(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  const [build] = await Promise.all([ensureExplorerBuilt(), loadSeedPlans(executor)]);
  expect(['fresh', 'built']).toContain(build.state);
  // This test is about the page, not query latency: on a machine shared by many test runs a cold
  // full-text query can pass the API's 5 s read timeout, so reads here may take up to 60 s.
  const patient: Executor = { ...executor, read: (name, params, options) => executor.read(name, params, { timeoutMs: 60_000, ...options }) };
  server = await listen(createPlanGraphYoga({ executor: patient, graphiql: true }), 0, '127.0.0.1');
  base = server.url.replace(/\/graphql$/, '');
  browser = await launchChromium();
  // Generous waits for the same reason as the patient executor above.
  browser.context.setDefaultTimeout(90_000);
  page = await browser.context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  // Building the page (a minute on a busy machine) and loading five plans.
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('explorer page', () => {
  it('is served with caching headers, and GraphiQL loads nothing from a CDN', async () => {
    const index = await fetch(`${base}/explorer/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const html = await index.text();
    const asset = /src="(\/explorer\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    const script = await fetch(`${base}${asset}`);
    expect(script.headers.get('cache-control')).toContain('immutable');
    expect(html).not.toMatch(/https?:\/\//);
    const graphiql = await (await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } })).text();
    expect(graphiql).not.toMatch(/unpkg|jsdelivr|https?:\/\/(?!localhost)/);
    expect((await fetch(`${base}/graphiql-assets/yoga-graphiql.umd.js`)).status).toBe(200);
  });

  it('searches 鞍钢, expands it, shows a quote from the API, finds a path to another plan and exports JSON', { timeout: 300_000 }, async () => {
    await page.goto(`${base}/explorer/`);
    await page.waitForSelector('body[data-ready="true"]');

    // Search, as typed; the result has a type badge and a plan count.
    await page.fill('#q', '鞍钢');
    const first = page.locator('#results .result').first();
    await first.waitFor({ timeout: 90_000 });
    expect(await first.textContent()).toContain('鞍钢集团有限公司');
    expect(await first.locator('.badge').textContent()).toContain('Enterprise');
    await shot('1-search');
    await page.press('#q', 'Enter');
    await page.waitForFunction((id) => (window as unknown as { plangraph: { toJSON(): View } }).plangraph.toJSON().nodes.some((n) => n.id === id), gid(ANGANG));
    await page.waitForTimeout(600);
    await expectDrawnCanvas('2-node');

    // Expand by double-click.
    await stopLayout();
    const before = (await view()).nodes.length;
    const at = await position(gid(ANGANG));
    expect(at).not.toBeNull();
    await page.mouse.dblclick(at!.x, at!.y);
    await page.waitForFunction((n) => (window as unknown as { plangraph: { toJSON(): View } }).plangraph.toJSON().nodes.length > n, before, { timeout: 90_000 });
    expect((await view()).edges.length).toBeGreaterThan(0);
    await page.waitForTimeout(800);
    await shot('3-expanded');
    await expectDrawnCanvas('3-expanded');

    // The provenance panel: the quote, highlighted inside its paragraph, as the API has it.
    await page.locator('#panel-body .quote').first().waitFor({ timeout: 90_000 });
    const data = await api<{ node: { mentions: { edges: Array<{ node: { quote: string; line: number; paragraph: { text: string } | null; paragraphSpan: { start: number; end: number } | null } }> } } }>(
      `query ($id: ID!) { node(id: $id) { ... on Entity { mentions(first: 1) { edges { node { quote line paragraph { text } paragraphSpan { start end } } } } } } }`,
      { id: gid(ANGANG) },
    );
    const mention = data.node.mentions.edges[0]!.node;
    const firstQuote = page.locator('#panel-body .quote').first();
    expect(await firstQuote.locator('.line').textContent()).toBe(`line ${mention.line}`);
    expect(await firstQuote.locator('blockquote').getAttribute('data-quote')).toBe(mention.quote);
    const expected = mention.paragraph && mention.paragraphSpan ? mention.paragraph.text.slice(mention.paragraphSpan.start, mention.paragraphSpan.end) : mention.quote;
    expect(await firstQuote.locator('mark').textContent()).toBe(expected);
    expect(await firstQuote.locator('blockquote').textContent()).toBe(mention.paragraph?.text ?? mention.quote);
    await shot('4-quote');

    // A path to an entity another plan names.
    await page.fill('#q', '华晨宝马');
    await page.locator('#results .result').first().waitFor({ timeout: 90_000 });
    await page.press('#q', 'Enter');
    await page.waitForFunction((id) => (window as unknown as { plangraph: { toJSON(): View } }).plangraph.toJSON().nodes.some((n) => n.id === id), gid(BMW));
    await page.waitForTimeout(300);
    await stopLayout();
    const a = await position(gid(ANGANG));
    await page.mouse.click(a!.x, a!.y);
    const b = await position(gid(BMW));
    await page.keyboard.down('Shift');
    await page.mouse.click(b!.x, b!.y);
    await page.keyboard.up('Shift');
    await page.click('#btn-path');
    await page.waitForSelector('.message.info >> text=/shortest path/', { timeout: 90_000 });
    const path = await api<{ paths: { paths: Array<{ nodes: string[] }> } }>(`query ($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxLength: 6, all: true, limit: 10) { paths { nodes } } }`, { a: gid(ANGANG), b: gid(BMW) });
    const onCanvas = new Set((await view()).nodes.map((n) => n.id));
    for (const id of path.paths.paths[0]!.nodes) expect(onCanvas.has(id)).toBe(true);
    await page.waitForTimeout(800);
    await shot('5-path');
    await expectDrawnCanvas('5-path');

    // Export the view as JSON.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#btn-json')]);
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as View;
    expect(exported.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([gid(ANGANG), gid(BMW)]));
    expect(exported.edges.length).toBe((await view()).edges.length);

    // The URL reproduces the view.
    const link = page.url();
    const again = await browser.context.newPage();
    await again.goto(link);
    await again.waitForSelector('body[data-ready="true"]');
    const restored = await again.evaluate(() => (window as unknown as { plangraph: { toJSON(): View } }).plangraph.toJSON());
    expect(new Set(restored.nodes.map((n) => n.id))).toEqual(onCanvas);
    await again.close();

    expect(consoleErrors).toEqual([]);
  });

  it('answers full-text search with snippets, and shows API errors as messages that say what to do', { timeout: 120_000 }, async () => {
    await page.goto(`${base}/explorer/`);
    await page.waitForSelector('body[data-ready="true"]');
    await page.selectOption('#mode', 'text');
    await page.fill('#q', '钠离子电池');
    const hit = page.locator('#results .text-hit').first();
    await hit.waitFor({ timeout: 90_000 });
    expect(await hit.locator('mark').first().textContent()).toBe('钠离子电池');
    await shot('6-text-search');
    // An unknown id in the URL: NOT_FOUND, shown with advice.
    // An unknown id in a link: NOT_FOUND, shown with what to do.
    const other = await browser.context.newPage();
    await other.goto(`${base}/explorer/#e=${encodeURIComponent(gid('Enterprise:没有这家企业'))}~1~20~~`);
    await other.waitForSelector('.message.error', { timeout: 90_000 });
    expect(await other.locator('.message.error').textContent()).toMatch(/No Enterprise has the id.*Remove it from the view/);
    await other.screenshot({ path: join(ARTIFACTS, '7-error.png') });
    await other.close();
    expect(consoleErrors).toEqual([]);
  });
});
