// Reliability under load and faults (issues #12 and #13), against a server in
// a child process (bench/load-server.ts) on 127.0.0.1 with its own Neo4j and
// data directory. Each scenario prints one JSON line; bench/results/reliability.md
// records them with machine, load average and date.
//
//   npx tsx bench/load.ts [scenario…] [--repo DIR]
//     ids       one request with 40,000 bad ids in a variable; /health latency meanwhile
//     body      a 400 MB body, then 4 concurrent 100 MB ones: status, time, /health, peak RSS
//     crash     5 req/s; kill -9 of the Neo4j JVM; time to normal service after it accepts again
//     stall     5 req/s; kill -STOP of the JVM for 15 s, then -CONT: request times, codes, /ready
//     overload  capacity (closed loop), then 10× it for LOAD_SECONDS (60), then recovery, once per
//               generator in OVERLOAD_GENERATORS (default "open-loop,autocannon"): the goals are
//               read from open-loop (bench/open-loop.ts: evenly spaced arrivals, latency from the
//               due time); autocannon's -R sends a burst per connection each second
//     soak      0.7× capacity for SOAK_SECONDS (600): heap growth, errors
//     concurrency  for each maxConcurrent in CONCURRENCY_LEVELS (2,4,8,16), set over IPC in one
//               server: closed-loop capacity, then open-loop overload at 10× the best capacity for
//               TUNE_SECONDS (20); pick the limit by goodput
//   --repo DIR  measure another checkout (e.g. main) with this script
// Defaults: ids body crash stall overload (soak only when named).
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { openLoop } from './open-loop.js';
import { freePort } from '../tests/setup/neo4j-global-setup.js';

const args = process.argv.slice(2);
const repoAt = args.indexOf('--repo');
const repo = repoAt >= 0 ? path.resolve(args[repoAt + 1]!) : process.cwd();
const scenarios = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--repo');
const chosen = scenarios.length ? scenarios : ['ids', 'body', 'crash', 'stall', 'overload'];
const LOAD_SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const SOAK_SECONDS = Number(process.env.SOAK_SECONDS ?? 600);
const GENERATORS = (process.env.OVERLOAD_GENERATORS ?? 'open-loop,autocannon').split(',');
for (const g of GENERATORS) if (g !== 'open-loop' && g !== 'autocannon') throw new Error(`OVERLOAD_GENERATORS: unknown generator "${g}"; use open-loop, autocannon or both`);

const QUERIES = [
  '{ search(text: "鞍钢", first: 10) { totalCount edges { node { id name } } } }',
  '{ node(id: "AdminArea:辽宁省/鞍山市") { ... on AdminArea { parks { name enterprises { name plans { planId } } } } } }',
  '{ neighborhood(id: "AdminArea:辽宁省/鞍山市", depth: 2, limitPerHop: 20) { nodes { id label } edges { source target type } } }',
  '{ crossPlan(type: Enterprise, minPlans: 2) { planCount entity { name } } }',
];
const body = (i: number) => JSON.stringify({ query: QUERIES[i % QUERIES.length] });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const out = (result: Record<string, unknown>) => console.log(JSON.stringify({ ...result, load: loadavg().map((l) => l.toFixed(2)).join(' ') }));

interface Server {
  child: ChildProcess;
  base: string;
  jvm: number;
  boltPort: number;
  stats(): Promise<{ rss: number; heapUsed: number; jvm: number }>;
  /** The server's event-loop delay in ms since the last call (monitorEventLoopDelay, 1 ms resolution). */
  loopDelay(): Promise<{ p50: number; p99: number; max: number }>;
  /** Sets the server's admission limit; resolves to the limit in force. */
  admit(maxConcurrent: number): Promise<number | undefined>;
}

async function startServer(): Promise<Server> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'plangraph-load-'));
  const boltPort = await freePort();
  const env = { ...process.env, PORT: String(await freePort()), NEO4J_BOLT_PORT: String(boltPort), PLANGRAPH_DATA_DIR: dataDir, NEO4J_URI: '' };
  const child = fork(new URL('./load-server.ts', import.meta.url).pathname, [repo], { env, execArgv: ['--import', 'tsx', '--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  child.on('exit', () => void rm(dataDir, { recursive: true, force: true }));
  const ready = await new Promise<{ url: string; jvm: number }>((resolve, reject) => {
    child.once('message', (m: { url: string; jvm: number }) => resolve(m));
    child.once('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  const server: Server = {
    child,
    base: ready.url.replace(/\/graphql$/, ''),
    jvm: ready.jvm,
    boltPort,
    stats: () =>
      new Promise((resolve) => {
        child.once('message', (m: { rss: number; heapUsed: number; jvm: number }) => resolve(m));
        child.send('stats');
      }),
    loopDelay: () =>
      new Promise((resolve) => {
        child.once('message', (m: { p50: number; p99: number; max: number }) => resolve({ p50: m.p50, p99: m.p99, max: m.max }));
        child.send('loop');
      }),
    admit: (maxConcurrent) =>
      new Promise((resolve) => {
        child.once('message', (m: { maxConcurrent?: number }) => resolve(m.maxConcurrent));
        child.send({ maxConcurrent });
      }),
  };
  return server;
}

/** VmHWM (peak RSS) and VmRSS of a process, in MB. */
function memory(pid: number): { peak: number; rss: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
  return { peak: Math.round(kb('VmHWM')), rss: Math.round(kb('VmRSS')) };
}

/** CPU seconds (user + system) a process has used so far, from /proc (clock ticks of 10 ms). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** The kernel's count of connections dropped because a listen queue was full (all sockets of the machine). */
function listenOverflows(): number {
  const lines = readFileSync('/proc/net/netstat', 'utf8').split('\n').filter((l) => l.startsWith('TcpExt:'));
  const names = lines[0]!.split(' ');
  return Number(lines[1]!.split(' ')[names.indexOf('ListenOverflows')]);
}

/** One query, with its own client timeout; never throws. */
async function ask(base: string, i: number, timeoutMs = 30_000): Promise<{ ms: number; status: number; code?: string }> {
  const started = performance.now();
  try {
    const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body(i), signal: AbortSignal.timeout(timeoutMs) });
    const json = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    return { ms: performance.now() - started, status: response.status, code: json.errors?.[0]?.extensions?.code };
  } catch (error) {
    return { ms: performance.now() - started, status: 0, code: (error as Error).name };
  }
}

/** Polls `path` every `everyMs` until stopped: the slowest answer and the statuses seen. */
function poll(base: string, route: string, everyMs: number) {
  const seen: Array<{ at: number; ms: number; status: number }> = [];
  let on = true;
  const loop = (async () => {
    while (on) {
      const started = performance.now();
      const status = await fetch(`${base}${route}`, { signal: AbortSignal.timeout(10_000) }).then((r) => r.status, () => 0);
      seen.push({ at: Date.now(), ms: performance.now() - started, status });
      await sleep(everyMs);
    }
  })();
  return { seen, stop: async () => ((on = false), await loop) };
}

const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 10) / 10 : NaN;
};

async function idsScenario(s: Server) {
  for (const n of [40_000, 100_000]) {
    const health = poll(s.base, '/health', 20);
    const started = performance.now();
    const response = await fetch(`${s.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query($i:[ID!]!){nodes(ids:$i){id}}', variables: { i: Array.from({ length: n }, (_, k) => `bad${k}`) } }),
    });
    const text = await response.text();
    const ms = Math.round(performance.now() - started);
    await health.stop();
    out({ scenario: 'ids', ids: n, status: response.status, ms, responseBytes: text.length, healthMaxMs: Math.round(Math.max(...health.seen.map((h) => h.ms))) });
  }
}

/** POSTs `mb` MB of spaces with a Content-Length, 1 MB at a time, until the server answers or it is all sent. */
function upload(base: string, mb: number): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const chunk = Buffer.alloc(1 << 20, 32);
    const req = http.request(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': mb << 20 } });
    let sent = 0;
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: Math.round(performance.now() - started) }));
    });
    req.on('error', () => !answered && resolve({ status: 0, ms: Math.round(performance.now() - started) }));
    const write = () => {
      while (!answered && sent < mb) {
        sent++;
        if (!req.write(chunk)) return void req.once('drain', write);
      }
      req.end();
    };
    write();
  });
}

async function bodyScenario(s: Server) {
  const health = poll(s.base, '/health', 20);
  const one = await upload(s.base, 400);
  await health.stop();
  out({ scenario: 'body', mb: 400, ...one, healthMaxMs: Math.round(Math.max(...health.seen.map((h) => h.ms))) });
  const before = memory(s.child.pid!);
  const many = await Promise.all(Array.from({ length: 4 }, () => upload(s.base, 100)));
  out({ scenario: 'body', mb: '4 × 100', statuses: many.map((m) => m.status), maxMs: Math.max(...many.map((m) => m.ms)), rssBeforeMb: before.rss, peakRssMb: memory(s.child.pid!).peak });
}

/** Sends one query every `everyMs` (open loop) while `during` runs; returns every answer with its start time. */
async function steady(s: Server, everyMs: number, during: () => Promise<void>) {
  const answers: Array<{ at: number; ms: number; status: number; code?: string }> = [];
  const pending: Promise<void>[] = [];
  let i = 0;
  const timer = setInterval(() => {
    const at = Date.now();
    pending.push(ask(s.base, i++).then((a) => void answers.push({ at, ...a })));
  }, everyMs);
  await during();
  clearInterval(timer);
  await Promise.all(pending);
  return answers.sort((a, b) => a.at - b.at);
}

async function boltUp(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

async function crashScenario(s: Server) {
  const { boltPort } = s;
  const ready = poll(s.base, '/ready', 250);
  let killedAt = 0;
  let acceptingAt = 0;
  const answers = await steady(s, 200, async () => {
    await sleep(5000);
    const { jvm } = await s.stats();
    killedAt = Date.now();
    process.kill(jvm, 'SIGKILL');
    while (await boltUp(boltPort)) await sleep(20);
    while (!(await boltUp(boltPort))) await sleep(50);
    acceptingAt = Date.now();
    await sleep(Number(process.env.CRASH_WATCH_MS ?? 60_000));
  });
  await ready.stop();
  // CRASH_TRACE=1: every answer and /ready status, in ms from the moment Bolt accepted again (stderr).
  if (process.env.CRASH_TRACE) {
    for (const a of answers) console.error(`[trace] query at ${a.at - acceptingAt} took ${Math.round(a.ms)} ms: ${a.status} ${a.code ?? ''}`);
    for (const r of ready.seen) console.error(`[trace] ready at ${r.at - acceptingAt}: ${r.status}`);
    console.error(`[trace] killed at ${killedAt - acceptingAt}, accepting at 0 = ${new Date(acceptingAt).toISOString()}`);
  }
  const failedAfter = answers.filter((a) => a.at >= acceptingAt && a.status !== 200);
  const lastFailure = Math.max(killedAt, ...failedAfter.map((a) => a.at + a.ms));
  const readyWhileFailing = ready.seen.filter((r) => r.status === 200 && r.at > killedAt && r.at < lastFailure).length * 0.25;
  out({
    scenario: 'crash',
    killToAcceptingS: (acceptingAt - killedAt) / 1000,
    acceptingToNormalS: Math.max(0, (lastFailure - acceptingAt) / 1000),
    killToNormalS: (lastFailure - killedAt) / 1000,
    failuresAfterAccepting: failedAfter.length,
    codes: count(answers.filter((a) => a.status !== 200).map((a) => a.code ?? String(a.status))),
    maxFailureMs: Math.round(Math.max(0, ...answers.filter((a) => a.status !== 200).map((a) => a.ms))),
    readyOkWhileQueriesFailS: readyWhileFailing,
  });
}

async function stallScenario(s: Server) {
  const ready = poll(s.base, '/ready', 250);
  let stoppedAt = 0;
  let resumedAt = 0;
  const { jvm } = await s.stats();
  const answers = await steady(s, 200, async () => {
    await sleep(3000);
    stoppedAt = Date.now();
    process.kill(jvm, 'SIGSTOP');
    await sleep(15_000);
    process.kill(jvm, 'SIGCONT');
    resumedAt = Date.now();
    await sleep(15_000);
  });
  await ready.stop();
  const during = answers.filter((a) => a.at >= stoppedAt && a.at < resumedAt);
  const failedAfter = answers.filter((a) => a.at >= resumedAt && a.status !== 200);
  out({
    scenario: 'stall',
    stallS: (resumedAt - stoppedAt) / 1000,
    duringMaxMs: Math.round(Math.max(...during.map((a) => a.ms))),
    duringCodes: count(during.map((a) => a.code ?? String(a.status))),
    readyDuring: count(ready.seen.filter((r) => r.at >= stoppedAt + 2000 && r.at < resumedAt).map((r) => String(r.status))),
    afterResumeNormalS: failedAfter.length ? (Math.max(...failedAfter.map((a) => a.at + a.ms)) - resumedAt) / 1000 : 0,
  });
}

function count(items: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[item] = (counts[item] ?? 0) + 1;
  return counts;
}

/** autocannon with latencies split by status; `rate` set = open loop at that many req/s. */
async function cannon(s: Server, o: { connections: number; seconds: number; rate?: number }) {
  const byStatus = new Map<number, number[]>();
  const result = await autocannon({
    url: `${s.base}/graphql`,
    connections: o.connections,
    duration: o.seconds,
    overallRate: o.rate,
    timeout: 30,
    requests: QUERIES.map((_, i) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: body(i) })),
    setupClient: (client) =>
      client.on('response', (status: number, _bytes: number, ms: number) => {
        if (!byStatus.has(status)) byStatus.set(status, []);
        byStatus.get(status)!.push(ms);
      }),
  });
  const ok = byStatus.get(200) ?? [];
  const shed = byStatus.get(503) ?? [];
  return {
    rps: Math.round(result.requests.total / o.seconds),
    okRps: Math.round(ok.length / o.seconds),
    okP50: pct(ok, 50),
    okP99: pct(ok, 99),
    shedRps: Math.round(shed.length / o.seconds),
    shedP99: pct(shed, 99),
    statuses: Object.fromEntries([...byStatus].map(([k, v]) => [k, v.length])),
    timeouts: result.timeouts,
    errors: result.errors,
  };
}

/** The same summary as cannon() from the open-loop generator; sendLagP99: how late it sent (its own share of the latency). */
async function open(s: Server, o: { seconds: number; rate: number }) {
  // The generator's own event-loop delay: an answer it reads late looks slow (both latencies include it).
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  const result = await openLoop({ url: `${s.base}/graphql`, rate: o.rate, seconds: o.seconds, bodies: QUERIES.map((_, i) => body(i)) });
  loop.disable();
  const ok = result.byStatus.get(200) ?? [];
  const shed = result.byStatus.get(503) ?? [];
  // OVERLOAD_TRACE=1: one line per second of due time on stderr, to see when the tail happened.
  if (process.env.OVERLOAD_TRACE) {
    for (let second = 0; second < o.seconds; second++) {
      const inSecond = result.answers.filter((a) => a[0] === second);
      const ms = (status: number) => inSecond.filter((a) => a[1] === status).map((a) => a[2]);
      console.error(`[trace] s${second} ok ${ms(200).length} p99 ${pct(ms(200), 99)} shed ${ms(503).length} p99 ${pct(ms(503), 99)} other ${inSecond.filter((a) => a[1] !== 200 && a[1] !== 503).length}`);
    }
  }
  return {
    rps: Math.round(result.sent / o.seconds),
    okRps: Math.round(ok.length / o.seconds),
    okP50: pct(ok, 50),
    okP99: pct(ok, 99),
    shedRps: Math.round(shed.length / o.seconds),
    shedP50: pct(shed, 50),
    shedP99: pct(shed, 99),
    statuses: Object.fromEntries([...result.byStatus].map(([k, v]) => [k, v.length])),
    timeouts: result.timeouts,
    errors: result.errors,
    // From the write instead of the due time: what the server and the kernel took, without the generator's lag.
    okP99FromSend: pct(result.byStatusFromSend.get(200) ?? [], 99),
    shedP99FromSend: pct(result.byStatusFromSend.get(503) ?? [], 99),
    sendLagP50: pct(result.sendLagMs, 50),
    sendLagP99: pct(result.sendLagMs, 99),
    sockets: result.socketsOpened,
    generatorLoopDelayMs: { p99: Math.round(loop.percentile(99) / 1e4) / 100, max: Math.round(loop.max / 1e4) / 100 },
  };
}

async function overloadScenario(s: Server) {
  await cannon(s, { connections: 4, seconds: 5 }); // warm-up
  const unloaded = await cannon(s, { connections: 1, seconds: 10 });
  const c4 = await cannon(s, { connections: 4, seconds: 10 });
  const c16 = await cannon(s, { connections: 16, seconds: 10 });
  const capacity = Math.max(c4.okRps, c16.okRps);
  out({ scenario: 'capacity', unloadedP50: unloaded.okP50, unloadedP99: unloaded.okP99, c4: c4.okRps, c4P99: c4.okP99, c16: c16.okRps, c16P99: c16.okP99, capacity });

  const rate = capacity * 10;
  for (const generator of GENERATORS) {
    let peakRss = 0;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, memory(s.child.pid!).rss)), 500);
    const health = poll(s.base, '/health', 250);
    const ready = poll(s.base, '/ready', 250);
    // Who used the 2 cores: this process (the load generator), the Node server, Neo4j's JVM.
    const { jvm } = await s.stats();
    const cpuBefore = { generator: process.cpuUsage(), server: cpuSeconds(s.child.pid!), neo4j: cpuSeconds(jvm) };
    const overflowsBefore = listenOverflows();
    await s.loopDelay();
    const loaded = generator === 'open-loop' ? await open(s, { seconds: LOAD_SECONDS, rate }) : await cannon(s, { connections: Math.min(2000, rate), seconds: LOAD_SECONDS, rate });
    const generatorCpu = process.cpuUsage(cpuBefore.generator);
    const cpuS = {
      generator: Math.round((generatorCpu.user + generatorCpu.system) / 1e5) / 10,
      server: Math.round((cpuSeconds(s.child.pid!) - cpuBefore.server) * 10) / 10,
      neo4j: Math.round((cpuSeconds(jvm) - cpuBefore.neo4j) * 10) / 10,
    };
    clearInterval(sampler);
    await health.stop();
    await ready.stop();
    out({
      scenario: 'overload',
      generator,
      rate,
      seconds: LOAD_SECONDS,
      ...loaded,
      goodputOverCapacity: Math.round((loaded.okRps / capacity) * 100) / 100,
      okP99OverUnloadedP99: Math.round((loaded.okP99 / unloaded.okP99) * 10) / 10,
      peakRssMb: peakRss,
      cpuS,
      listenOverflows: listenOverflows() - overflowsBefore,
      serverLoopDelayMs: await s.loopDelay(),
      healthMaxMs: Math.round(Math.max(...health.seen.map((h) => h.ms))),
      healthStatuses: count(health.seen.map((h) => String(h.status))),
      readyMaxMs: Math.round(Math.max(...ready.seen.map((h) => h.ms))),
      readyStatuses: count(ready.seen.map((h) => String(h.status))),
      alive: s.child.exitCode === null,
    });

    // Recovery: 1-connection latency, second by second, until p50 is back within 1.5× of the unloaded one.
    const stopped = Date.now();
    let backAfterS = NaN;
    for (let i = 0; i < 30; i++) {
      const window = await cannon(s, { connections: 1, seconds: 1 });
      if (window.okP50 <= Math.max(unloaded.okP50 * 1.5, unloaded.okP50 + 2)) {
        backAfterS = (Date.now() - stopped) / 1000;
        break;
      }
    }
    out({ scenario: 'recovery', generator, backToBaselineS: backAfterS });
  }
  return capacity;
}

async function concurrencyScenario(s: Server) {
  const levels = (process.env.CONCURRENCY_LEVELS ?? '2,4,8,16').split(',').map(Number);
  const seconds = Number(process.env.TUNE_SECONDS ?? 20);
  await cannon(s, { connections: 4, seconds: 5 }); // warm-up
  const capacities = new Map<number, number>();
  for (const level of levels) {
    const inForce = await s.admit(level);
    if (inForce !== level) throw new Error(`the server kept maxConcurrent ${inForce}: no Gate.resize in this checkout`);
    const c16 = await cannon(s, { connections: 16, seconds: 10 });
    capacities.set(level, c16.okRps);
    out({ scenario: 'concurrency', maxConcurrent: level, c16: c16.okRps, c16P50: c16.okP50, c16P99: c16.okP99 });
  }
  const rate = Math.max(...capacities.values()) * 10;
  for (const level of levels) {
    await s.admit(level);
    await s.loopDelay();
    const loaded = await open(s, { seconds, rate });
    out({ scenario: 'concurrency', maxConcurrent: level, rate, seconds, capacity: capacities.get(level), ...loaded, statuses: undefined, serverLoopDelayMs: await s.loopDelay() });
  }
}

async function soakScenario(s: Server, capacity: number) {
  const before = await s.stats();
  const soaked = await cannon(s, { connections: 64, seconds: SOAK_SECONDS, rate: Math.round(capacity * 0.7) });
  const after = await s.stats();
  out({ scenario: 'soak', seconds: SOAK_SECONDS, rate: Math.round(capacity * 0.7), ...soaked, heapBeforeMb: Math.round(before.heapUsed / 2 ** 20), heapAfterMb: Math.round(after.heapUsed / 2 ** 20), heapGrowth: Math.round((after.heapUsed / before.heapUsed - 1) * 1000) / 10 + '%', rssAfterMb: Math.round(after.rss / 2 ** 20) });
}

console.error(`[load] ${new Date().toISOString()} repo ${repo}; ${cpus().length}× ${cpus()[0]?.model}; load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
const server = await startServer();
try {
  let capacity = Number(process.env.CAPACITY ?? 0);
  for (const name of chosen) {
    if (name === 'ids') await idsScenario(server);
    else if (name === 'body') await bodyScenario(server);
    else if (name === 'crash') await crashScenario(server);
    else if (name === 'stall') await stallScenario(server);
    else if (name === 'overload') capacity = await overloadScenario(server);
    else if (name === 'concurrency') await concurrencyScenario(server);
    else if (name === 'soak') await soakScenario(server, capacity || (await overloadScenario(server)));
    else throw new Error(`unknown scenario ${name}`);
  }
} finally {
  server.child.send('stop');
  await new Promise((r) => server.child.once('exit', r));
}
