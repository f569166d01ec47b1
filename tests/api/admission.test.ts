// Admission's door against the real HTTP server (server.ts): once
// maxConcurrent + queueSize GraphQL requests are inside, the next one gets a
// precomputed 503 before Yoga or its body parser sees it. The executor blocks
// until told, so the server is full for as long as the test needs; no Neo4j.
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { Gate } from '../../src/api/plugins/use-admission.js';
import { listen, type RunningServer } from '../../src/api/server.js';
import { createPlanGraphYoga } from '../../src/api/yoga.js';
import type { Executor } from '../../src/graph/executor.js';

const BUSY = { errors: [{ message: 'The server is busy; retry in 1 s.', extensions: { code: 'OVERLOADED' } }] };
const QUERY = JSON.stringify({ query: '{ plans { planId } }' });

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/**
 * A real server whose reads wait for `unblock()`; `calls` counts the reads that started.
 * `openReads` more reads (the first ones) answer after `openReadMs` instead, to teach the gate a hold time.
 */
async function blockedServer(admission: { maxConcurrent: number; queueSize: number; queueWaitMs?: number }, openReads = 0, openReadMs = 0) {
  let unblock!: () => void;
  const blocked = new Promise<void>((resolve) => (unblock = resolve));
  const calls: string[] = [];
  const read = async (name: string) => {
    calls.push(name);
    await (calls.length <= openReads ? new Promise((r) => setTimeout(r, openReadMs)) : blocked);
    return [];
  };
  const executor = { database: 'neo4j', read, ping: async () => {} } as unknown as Executor;
  server = await listen(createPlanGraphYoga({ executor, graphiql: true, responseCache: false, admission: { queueWaitMs: Infinity, ...admission, queueTimeoutMs: 10_000 } }), 0);
  const url = server.url;
  const post = (body: string = QUERY) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { url, base: url.replace(/\/graphql$/, ''), calls, unblock, post };
}

async function until(probe: () => boolean) {
  for (let i = 0; i < 200 && !probe(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(probe()).toBe(true);
}

describe('admission at the door (server.ts, issue #12)', () => {
  it('sheds with 503, Retry-After and a GraphQL error before Yoga reads the request; /health, /ready and GraphiQL stay 200', async () => {
    const s = await blockedServer({ maxConcurrent: 1, queueSize: 1 });
    const admitted = [s.post(), s.post()]; // one executing, one queued
    await until(() => s.calls.length === 1);
    await new Promise((r) => setTimeout(r, 50)); // the second is parsed and waiting for the slot

    const started = performance.now();
    const shed = await s.post();
    expect(performance.now() - started).toBeLessThan(500);
    expect(shed.status).toBe(503);
    expect(shed.headers.get('retry-after')).toBe('1');
    expect(shed.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await shed.json()).toEqual(BUSY);

    // Yoga would answer invalid JSON with 400: a 503 shows the body was never read.
    const unread = await s.post('{ not json');
    expect(unread.status).toBe(503);
    expect(await unread.json()).toEqual(BUSY);
    // A GET with a query is an operation too; the GraphiQL page (no query) is not.
    expect((await fetch(`${s.url}?query=${encodeURIComponent('{ plans { planId } }')}`, { headers: { 'x-graphql-yoga-csrf': '1' } })).status).toBe(503);
    expect((await fetch(s.url, { headers: { accept: 'text/html' } })).status).toBe(200);
    expect((await fetch(`${s.base}/health`)).status).toBe(200);
    expect((await fetch(`${s.base}/ready`)).status).toBe(200);
    expect(s.calls).toHaveLength(1);

    s.unblock();
    for (const response of await Promise.all(admitted)) expect(response.status).toBe(200);
    // Finished requests leave: the next ones are admitted again.
    const after = await Promise.all([s.post(), s.post()]);
    expect(after.map((r) => r.status)).toEqual([200, 200]);
  });
});

describe('a queue bounded by expected wait (issue #12: admitted p99 ≤ 5× unloaded)', () => {
  it('Gate: queues a newcomer only while (place in line + 1) × mean hold / slots fits the wait budget', async () => {
    const gate = new Gate(2, 100, 10_000, 30);
    expect(gate.expectedWaitMs(0)).toBe(0); // nothing measured yet: the count bounds alone
    expect([gate.acquire(), gate.acquire()]).toEqual([true, true]);
    gate.release(40); // the first hold sets the mean
    expect(gate.meanHoldMs).toBe(40);
    expect(gate.acquire()).toBe(true);
    expect(gate.expectedWaitMs(0)).toBe(20);
    const queued = gate.acquire(); // 1 × 40 / 2 = 20 ms ≤ 30: waits
    expect(queued).toBeInstanceOf(Promise);
    expect(gate.full).toBe(true);
    expect(gate.acquire()).toBe(false); // 2 × 40 / 2 = 40 ms > 30: shed although the count (100) allows it
    gate.release(40);
    expect(await queued).toBe(true);
    // Each hold moves the mean 1/16 of the way: slower holds shrink the queue.
    gate.release(200);
    expect(gate.meanHoldMs).toBe(50);
    gate.release(50);
    expect(gate.active).toBe(0);
  });

  it('the door counts a request whose body is still arriving as ahead in line', async () => {
    const s = await blockedServer({ maxConcurrent: 1, queueSize: 1 });
    const running = s.post();
    await until(() => s.calls.length === 1);
    // Headers and half a body: let in, not at the gate yet; it takes the one place in the queue.
    const half = http.request(s.url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': QUERY.length } });
    half.on('error', () => {});
    half.write(QUERY.slice(0, 10));
    await new Promise((r) => setTimeout(r, 100));
    // Shed at the door: Yoga would have answered this invalid body with 400 (or queued a valid one).
    expect((await s.post('{ not json')).status).toBe(503);
    half.end(QUERY.slice(10)); // complete: it queues, then runs
    const answered = new Promise<number>((resolve) => half.on('response', (res) => (res.resume(), resolve(res.statusCode ?? 0))));
    s.unblock();
    expect((await running).status).toBe(200);
    expect(await answered).toBe(200);
  });

  it('the door sheds by expected wait too, before Yoga reads the request', async () => {
    // Two reads of ~100 ms teach the gate its hold time; then one slot, blocked.
    const s = await blockedServer({ maxConcurrent: 1, queueSize: 10, queueWaitMs: 195 }, 2, 100);
    expect((await s.post()).status).toBe(200);
    expect((await s.post()).status).toBe(200);
    const admitted = [s.post(), s.post()]; // one executing; one queued: 1 × ~100 ms / 1 ≤ 195 (a hold may take up to 195 ms on a loaded machine)
    await until(() => s.calls.length === 3);
    await new Promise((r) => setTimeout(r, 50));
    // Second in line: 2 × ≥ 100 ms > 195 ms, so 503 although 10 may queue by count; unparsed, as at the count bound.
    const shed = await s.post('{ not json');
    expect(shed.status).toBe(503);
    expect(await shed.json()).toEqual(BUSY);
    expect(s.calls).toHaveLength(3);
    s.unblock();
    for (const response of await Promise.all(admitted)) expect(response.status).toBe(200);
  });
});
