// Where the explorer page spends its time: a Chrome trace (DevTools protocol
// through playwright's CDPSession) of one cold load of 鞍山市 and of its
// 2-hop expansion, summed per main-thread event kind (parse, script, style,
// layout, paint, GC…) and the heaviest script functions of a CPU profile.
// Run: npx tsx bench/explorer-profile.ts [--compare DIR]   (prints only; DIR: another build, e.g. main's dist/explorer)
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { CDPSession, Page } from 'playwright-core';
import { ensureExplorerBuilt } from '../src/explorer/build.js';
import { launchChromium } from '../tests/explorer/browser.js';
import { startSeededServer } from '../tests/explorer/seeded-server.js';

const AREA = Buffer.from('AdminArea:辽宁省/鞍山市', 'utf8').toString('base64');
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading'].join(',');

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  ts: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; functionName?: string } };
}

async function traced(cdp: CDPSession, action: () => Promise<void>): Promise<TraceEvent[]> {
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReturnAsStream' });
  await action();
  const done = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream!)));
  await cdp.send('Tracing.end');
  const stream = await done;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text) as { traceEvents: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/** Top-level main-thread tasks' children, summed by name (ms), over the renderer's main thread. */
function summarise(events: TraceEvent[]): string {
  // A navigation may start a new renderer: take the busiest renderer main thread.
  const mains = events.filter((e) => e.name === 'thread_name' && (e.args as { name?: string } | undefined)?.name === 'CrRendererMain');
  const on = (m: TraceEvent) => events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.ph === 'X' && e.dur !== undefined);
  const onMain = mains.map(on).sort((a, b) => b.length - a.length)[0] ?? [];
  const tasks = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const busy = tasks.reduce((s, e) => s + e.dur!, 0) / 1000;
  const sums = new Map<string, number>();
  // Self time per event name: its duration minus the durations of the events directly inside it.
  const sorted = [...onMain].sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const stack: TraceEvent[] = [];
  const self = new Map<TraceEvent, number>();
  for (const e of sorted) {
    while (stack.length && stack.at(-1)!.ts + stack.at(-1)!.dur! <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent, (self.get(parent) ?? parent.dur!) - e.dur!);
    self.set(e, e.dur!);
    stack.push(e);
  }
  for (const [e, t] of self) sums.set(e.name, (sums.get(e.name) ?? 0) + t / 1000);
  const top = [...sums].filter(([n]) => n !== 'RunTask' && n !== 'ThreadControllerImpl::RunTask').sort((a, b) => b[1] - a[1]).slice(0, 14);
  const first = Math.min(...tasks.map((e) => e.ts));
  const last = Math.max(...tasks.map((e) => e.ts + e.dur!));
  const longest = tasks
    .sort((a, b) => b.dur! - a.dur!)
    .slice(0, 6)
    .map((e) => `${((e.ts - first) / 1000).toFixed(0)}+${(e.dur! / 1000).toFixed(0)}`);
  return [
    `main thread busy ${busy.toFixed(0)} ms over ${((last - first) / 1000).toFixed(0)} ms; longest tasks (start+ms): ${longest.join(', ')}`,
    ...top.map(([n, ms]) => `  ${ms.toFixed(1).padStart(7)} ms  ${n}`),
  ].join('\n');
}

async function cpuProfile(cdp: CDPSession, action: () => Promise<void>): Promise<string> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await action();
  const { profile } = await cdp.send('Profiler.stop');
  const dt = new Map<number, number>();
  profile.samples!.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas![i] ?? 0)));
  const byFn = new Map<string, number>();
  for (const n of profile.nodes) {
    const f = n.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url ? `${path.basename(f.url)}:${f.lineNumber}` : ''}`;
    byFn.set(key, (byFn.get(key) ?? 0) + (dt.get(n.id) ?? 0) / 1000);
  }
  return [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 16).map(([k, ms]) => `  ${ms.toFixed(1).padStart(7)} ms  ${k}`).join('\n');
}

async function profileBuild(label: string, base: string): Promise<void> {
  const url = `${base}/explorer/#s=${encodeURIComponent(AREA)}`;
  const b = await launchChromium();
  try {
    const page: Page = await b.context.newPage();
    const cdp = await b.context.newCDPSession(page);
    const ready = () => page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 }).then(() => page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now()))))'));
    let t = 0;
    const load = await traced(cdp, async () => {
      await page.goto(url);
      t = (await ready()) as number;
    });
    console.log(`\n## ${label}: cold load, ready and painted at ${t.toFixed(0)} ms\n${summarise(load)}`);
    const expand = `(async () => { const t0 = performance.now(); await window.plangraph.expand(${JSON.stringify(AREA)}, 2, 100); await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))); return performance.now() - t0; })()`;
    const ex = await traced(cdp, async () => {
      t = await page.evaluate<number>(expand);
    });
    console.log(`\n## ${label}: 2-hop expansion, request → painted frame ${t.toFixed(0)} ms\n${summarise(ex)}`);
    await page.goto(url.replace('#', '?again#'));
    await ready();
    console.log(`\n## ${label}: CPU profile (self time) of a 2-hop expansion\n${await cpuProfile(cdp, async () => void (await page.evaluate(expand)))}`);
    const page2 = await b.context.newPage();
    const cdp2 = await b.context.newCDPSession(page2);
    await cdp2.send('Network.enable');
    await cdp2.send('Network.setCacheDisabled', { cacheDisabled: true });
    console.log(`\n## ${label}: CPU profile (self time) of a load without cache\n${await cpuProfile(cdp2, async () => {
      await page2.goto(url);
      await page2.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    })}`);
  } finally {
    await b.close();
  }
}

const { values: args } = parseArgs({ options: { compare: { type: 'string' } } });
await ensureExplorerBuilt();
const server = await startSeededServer('bench-explorer-profile-');
try {
  // Warm the server (query plans, response cache) as a running one would be.
  for (const q of ['{ plans { planId } }']) await fetch(`${server.base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q }) });
  if (args.compare) await profileBuild(`--compare ${args.compare}`, await server.serve({ explorer: { dir: path.resolve(args.compare) } }));
  await profileBuild('this build', server.base);
} finally {
  await server.close();
}
