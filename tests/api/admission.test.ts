// Admission's door against the real HTTP server (server.ts): once
// maxConcurrent + queueSize GraphQL requests are inside, the next one gets a
// precomputed 503 before Yoga or its body parser sees it. The executor blocks
// until told, so the server is full for as long as the test needs; no Neo4j.
import { afterEach, describe, expect, it } from 'vitest';
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

/** A real server whose reads wait for `unblock()`; `calls` counts the reads that started. */
async function blockedServer(admission: { maxConcurrent: number; queueSize: number }) {
  let unblock!: () => void;
  const blocked = new Promise<void>((resolve) => (unblock = resolve));
  const calls: string[] = [];
  const executor = { database: 'neo4j', read: async (name: string) => (calls.push(name), await blocked, []), ping: async () => {} } as unknown as Executor;
  server = await listen(createPlanGraphYoga({ executor, graphiql: true, responseCache: false, admission: { ...admission, queueTimeoutMs: 10_000 } }), 0);
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
