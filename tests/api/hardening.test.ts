// What the server refuses before a query reaches Neo4j (issue #13, items 1,
// 3, 5, 6, 8, 10): body size, invalid JSON and UTF-8, query nesting and size,
// variable size, nodes(ids:) bounds, limit codes, CSRF, CORS, admission
// control. None of these needs a database: the executor here only records
// that nothing ran (or blocks, for the admission tests); answers from Neo4j
// are tested in the *.int.test.ts files.
import { describe, expect, it } from 'vitest';
import { Gate } from '../../src/api/plugins/use-admission.js';
import { nestingDepth, variableSize } from '../../src/api/plugins/use-input-bounds.js';
import { readApiConfig } from '../../src/api/config.js';
import { createPlanGraphYoga, type YogaOptions } from '../../src/api/yoga.js';
import { banner } from '../../src/cli/commands/serve.js';
import type { Executor } from '../../src/graph/executor.js';

function fakeExecutor(read: (name: string) => Promise<unknown[]> = async () => []): { executor: Executor; calls: string[] } {
  const calls: string[] = [];
  const executor = {
    database: 'neo4j',
    read: async (name: string) => (calls.push(name), read(name)),
    ping: async () => {},
  } as unknown as Executor;
  return { executor, calls };
}

// The response cache is off here: these tests count the queries a request
// causes, and the cache's own graph-version read (once a second) is not one
// (tests/api/compiled.int.test.ts covers the cache against a real Neo4j).
function server(options: Omit<YogaOptions, 'executor'> = {}, read?: (name: string) => Promise<unknown[]>) {
  const { executor, calls } = fakeExecutor(read);
  return { yoga: createPlanGraphYoga({ executor, graphiql: true, introspection: true, corsOrigins: [], responseCache: false, ...options }), calls };
}

const JSON_HEADERS = { 'content-type': 'application/json' };

async function post(yoga: ReturnType<typeof server>['yoga'], body: BodyInit, headers: Record<string, string> = JSON_HEADERS) {
  const response = await yoga.fetch('http://yoga/graphql', { method: 'POST', headers, body });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: JSON.parse(text) as { data?: any; errors?: Array<{ message: string; extensions?: Record<string, any> }> } };
}

const query = (q: string, variables?: Record<string, unknown>) => JSON.stringify({ query: q, variables });

describe('request bodies (item 3)', () => {
  it('refuses a declared body over the limit with 413 before reading it', async () => {
    const { yoga, calls } = server({ maxBodyBytes: 1000 });
    let pulled = 0;
    const body = new ReadableStream({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1000));
      },
    });
    const response = await yoga.fetch('http://yoga/graphql', { method: 'POST', headers: { ...JSON_HEADERS, 'content-length': '400000000' }, body, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
    expect(response.headers.get('connection')).toBe('close');
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    expect(pulled).toBeLessThanOrEqual(1); // the stream may be primed, never drained
    expect(calls).toEqual([]);
  });

  it('cuts a chunked body off at the limit', async () => {
    const { yoga } = server({ maxBodyBytes: 10_000 });
    let sent = 0;
    const body = new ReadableStream({
      pull(controller) {
        sent += 4096;
        controller.enqueue(new Uint8Array(4096).fill(32));
        if (sent > 1_000_000) controller.close();
      },
    });
    const response = await yoga.fetch('http://yoga/graphql', { method: 'POST', headers: JSON_HEADERS, body, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
    expect(sent).toBeLessThan(100_000);
  });

  it('answers invalid JSON with a plain message, never the parser\'s', async () => {
    const { yoga } = server();
    const { status, json, text } = await post(yoga, '{"query": "{ plans { planId } }", secret-token');
    expect(status).toBe(400);
    expect(json.errors?.[0]?.extensions).toEqual({ code: 'BAD_REQUEST' });
    expect(json.errors?.[0]?.message).toMatch(/not valid JSON; send an object such as/);
    expect(text).not.toMatch(/originalError|secret-token|Unexpected token|position/);
  });

  it.each([
    ['invalid UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), /not valid UTF-8/],
    ['a JSON string', '"{ plans { planId } }"', /JSON but not an object/],
    ['null', 'null', /JSON but not an object/],
  ])('answers %s with 400 BAD_REQUEST', async (_what, body, message) => {
    const { status, json } = await post(server().yoga, body as BodyInit);
    expect(status).toBe(400);
    expect(json.errors?.[0]?.message).toMatch(message);
  });

  it('refuses batched bodies', async () => {
    const { status, json } = await post(server().yoga, JSON.stringify([{ query: '{ plans { planId } }' }]));
    expect(status).toBe(400);
    expect(json.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });
});

describe('query size and nesting, before parsing (item 8)', () => {
  it('a list literal nested 100,000 levels (200 KB) is refused, not a 500', async () => {
    const { yoga, calls } = server();
    const deep = `{ nodes(ids: ${'['.repeat(100_000)}"x"${']'.repeat(100_000)}) { id } }`;
    const { status, json } = await post(yoga, query(deep));
    expect(status).toBe(400);
    expect(json.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_LARGE');
    expect(calls).toEqual([]);
  });

  it('deep nesting within the size limit answers QUERY_TOO_DEEP', async () => {
    const deep = `{ nodes(ids: ${'['.repeat(20_000)}"x"${']'.repeat(20_000)}) { id } }`;
    const { status, json } = await post(server().yoga, query(deep), { ...JSON_HEADERS, accept: 'application/graphql-response+json' });
    expect(status).toBe(400);
    expect(json.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_DEEP' } });
    expect(json.errors?.[0]?.message).toMatch(/nests brackets more than 40 levels/);
  });

  it('nestingDepth ignores brackets in strings, block strings and comments', () => {
    expect(nestingDepth('{ a(b: "[[[[", c: """ {{{{ \\""" [[[ """) # ((((\n { d } }', 100)).toBe(2);
    expect(nestingDepth('[[[]]]', 100)).toBe(3);
    expect(nestingDepth('[[[[[[', 2)).toBe(3); // stops counting past the limit
  });

  it('variableSize counts values and depth, and stops early', () => {
    expect(variableSize({ a: [1, 2, 3], b: { c: 'x' } }, 100, 10)).toEqual({ values: 6, depth: 1 });
    expect(variableSize({ i: Array.from({ length: 100_000 }, () => 'x') }, 1000, 10).values).toBeGreaterThan(1000);
    let nested: unknown = 1;
    for (let i = 0; i < 100; i++) nested = [nested];
    expect(variableSize({ v: nested }, 1000, 10).depth).toBeGreaterThan(10);
  });
});

describe('nodes(ids:) and variables (item 1)', () => {
  const ids = (n: number) => Array.from({ length: n }, (_, k) => `bad${k}`);

  it('40,000 ids in a variable are refused at once, before any per-id work', async () => {
    const { yoga, calls } = server();
    const started = performance.now();
    const { status, json, text } = await post(yoga, query('query($i:[ID!]!){nodes(ids:$i){id}}', { i: ids(40_000) }));
    expect(performance.now() - started).toBeLessThan(2000); // was 20 s of blocked event loop
    expect(status).toBe(400);
    expect(json.errors).toHaveLength(1);
    expect(json.errors?.[0]?.extensions?.code).toBe('VARIABLES_TOO_LARGE');
    expect(text.length).toBeLessThan(1000); // was 23.7 MB for 100,000 ids
    expect(calls).toEqual([]);
  });

  it('at most 100 ids, like first', async () => {
    const { json } = await post(server().yoga, query('query($i:[ID!]!){nodes(ids:$i){id}}', { i: ids(101) }));
    expect(json.errors).toHaveLength(1);
    expect(json.errors?.[0]).toMatchObject({ message: 'Argument "ids" takes at most 100 ids (got 101); split them over several requests', extensions: { code: 'BAD_USER_INPUT', argument: 'ids' } });
  });

  it('ids count in the cost, also when sent as a variable', async () => {
    const { yoga, calls } = server();
    const below = '{ ... on AdminArea { children(first: 100) { parks(first: 100) { name } } } }';
    const { status, json } = await post(yoga, query(`query($i:[ID!]!){ nodes(ids: $i) ${below} }`, { i: ids(100).map((_, k) => `AdminArea:辽宁省/x${k}`) }));
    expect(status).toBe(400);
    expect(json.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'complexity' });
    expect(calls).toEqual([]);
  });
});

describe('limit errors have codes (item 10)', () => {
  it.each([
    ['TOO_MANY_TOKENS', `{ plans { ${'planId '.repeat(2100)} } }`],
    ['TOO_MANY_ALIASES', `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: plans { planId }`).join(' ')} }`],
    ['QUERY_TOO_DEEP', `{ plans { outline { ${'children { '.repeat(8)}heading ${'} '.repeat(8)}} } }`],
  ])('%s', async (code, q) => {
    const { yoga, calls } = server();
    const { json, status } = await post(yoga, query(q), { ...JSON_HEADERS, accept: 'application/graphql-response+json' });
    expect(status).toBe(400);
    expect(json.errors?.[0]?.extensions?.code).toBe(code);
    expect(json.errors?.[0]?.message).not.toMatch(/^Syntax Error/);
    expect(calls).toEqual([]);
  });
});

describe('browsers (item 6)', () => {
  const url = `http://yoga/graphql?query=${encodeURIComponent('{ plans { planId } }')}`;

  it('simple requests (GET, form, text/plain) need the CSRF header; JSON POSTs do not', async () => {
    const { yoga, calls } = server();
    for (const init of [
      { method: 'GET' },
      { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7Bplans%7BplanId%7D%7D' },
      { method: 'POST', headers: { 'content-type': 'text/plain' }, body: query('{ plans { planId } }') },
      { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"{plans{planId}}"}\r\n--x--\r\n' },
    ]) {
      const response = await yoga.fetch(init.method === 'GET' ? url : 'http://yoga/graphql', init);
      expect(response.status, init.headers?.['content-type'] ?? 'GET').toBe(403);
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'CSRF_HEADER_MISSING' } }] });
    }
    expect(calls).toEqual([]);
    expect((await yoga.fetch(url, { headers: { 'x-graphql-yoga-csrf': '1' } })).status).toBe(200);
    expect((await post(yoga, query('{ plans { planId } }'))).status).toBe(200);
  });

  it('GraphiQL is still served, and its JSON POSTs work', async () => {
    const { yoga } = server();
    const page = await yoga.fetch('http://yoga/graphql', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/graphiql/i);
    const { status } = await post(yoga, query('{ __schema { queryType { name } } }'), { ...JSON_HEADERS, accept: 'application/graphql-response+json, application/json', origin: 'http://yoga' });
    expect(status).toBe(200);
  });

  it('no CORS headers by default, so another site cannot read answers; never credentials', async () => {
    const { yoga } = server();
    const { headers } = await post(yoga, query('{ plans { planId } }'), { ...JSON_HEADERS, origin: 'https://evil.example' });
    expect(headers.get('access-control-allow-origin')).toBeNull();
    expect(headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('an allow-list lets listed origins in, and only them', async () => {
    const { yoga } = server({ corsOrigins: ['https://plans.example.org', 'http://localhost:5173'] });
    const allowed = await post(yoga, query('{ plans { planId } }'), { ...JSON_HEADERS, origin: 'http://localhost:5173' });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    const other = await post(yoga, query('{ plans { planId } }'), { ...JSON_HEADERS, origin: 'https://evil.example' });
    expect(other.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
  });
});

describe('admission control (item 5, issue #12)', () => {
  it('Gate: admits up to the limit, queues a few, sheds the rest, and times the queue out', async () => {
    const gate = new Gate(2, 1, 50);
    expect(gate.acquire()).toBe(true);
    expect(gate.acquire()).toBe(true);
    const queued = gate.acquire();
    expect(queued).toBeInstanceOf(Promise);
    expect(gate.full).toBe(true);
    expect(gate.acquire()).toBe(false); // shed at once
    gate.release(); // the slot passes to the queued one
    expect(await queued).toBe(true);
    expect(gate.active).toBe(2);
    const late = gate.acquire();
    expect(await late).toBe(false); // 50 ms in the queue
    gate.release();
    gate.release();
    expect(gate.active).toBe(0);
  });

  it('beyond the limit and queue: 503 OVERLOADED with Retry-After in milliseconds, /health and /ready unaffected', async () => {
    let unblock!: () => void;
    const blocked = new Promise<void>((resolve) => (unblock = resolve));
    const { yoga, calls } = server({ admission: { maxConcurrent: 2, queueSize: 1, queueTimeoutMs: 5000 } }, async () => (await blocked, []));
    const running = Array.from({ length: 3 }, () => post(yoga, query('{ plans { planId } }')));
    await new Promise((r) => setTimeout(r, 50));
    expect(calls).toHaveLength(2); // two executing, one queued

    const started = performance.now();
    const shed = await post(yoga, query('{ plans { planId } }'));
    expect(performance.now() - started).toBeLessThan(200);
    expect(shed.status).toBe(503);
    expect(shed.headers.get('retry-after')).toBe('1');
    expect(shed.json).toEqual({ errors: [{ message: 'The server is busy; retry in 1 s.', extensions: { code: 'OVERLOADED' } }] });
    expect((await yoga.fetch('http://yoga/health')).status).toBe(200);
    expect((await yoga.fetch('http://yoga/ready')).status).toBe(200);
    expect(calls).toHaveLength(2);

    unblock();
    for (const { status } of await Promise.all(running)) expect(status).toBe(200);
    expect(calls).toHaveLength(3);
  });

  it('a queued operation that waits past the deadline is shed with OVERLOADED', async () => {
    let unblock!: () => void;
    const blocked = new Promise<void>((resolve) => (unblock = resolve));
    const { yoga } = server({ admission: { maxConcurrent: 1, queueSize: 5, queueTimeoutMs: 100 } }, async () => (await blocked, []));
    const first = post(yoga, query('{ plans { planId } }'));
    await new Promise((r) => setTimeout(r, 20));
    const waited = await post(yoga, query('{ plans { planId } }'));
    expect(waited.status).toBe(503);
    expect(waited.json.errors?.[0]?.extensions?.code).toBe('OVERLOADED');
    unblock();
    expect((await first).status).toBe(200);
  });
});

describe('partial data (item 10)', () => {
  it('answers 200 when some fields have data, even if another field had a bad argument', async () => {
    const { status, json } = await post(server().yoga, query('{ plans { planId } paths(from: "Plan:a", to: "Plan:b", maxLength: 7) { nodes { id } } }'));
    expect(json.data).toEqual({ plans: [], paths: null });
    expect(json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(status).toBe(200);
  });

  it('keeps 400 when nothing could be answered', async () => {
    const { status, json } = await post(server().yoga, query('{ search(text: "x") { edges { cursor } } }'));
    expect(json.data).toBeNull();
    expect(status).toBe(400);
  });
});

describe('production mode', () => {
  it('turns GraphiQL and introspection off, and the start-up line does not offer GraphiQL', () => {
    const api = readApiConfig({ NODE_ENV: 'production' });
    expect(api).toMatchObject({ graphiql: false, introspection: false });
    expect(banner(api.graphiql, 'http://localhost:4000/graphql')).toBe('GraphQL: http://localhost:4000/graphql');
    expect(banner(readApiConfig({}).graphiql, 'http://localhost:4000/graphql')).toBe('GraphiQL: http://localhost:4000/graphql');
  });

  it('reads the new settings and refuses bad ones', () => {
    expect(readApiConfig({ PLANGRAPH_CORS_ORIGINS: 'https://a.example, http://localhost:5173', PLANGRAPH_MAX_BODY_BYTES: '2048', PLANGRAPH_MAX_CONCURRENT: '4', PLANGRAPH_QUEUE_SIZE: '0', PLANGRAPH_QUEUE_TIMEOUT_MS: '250', PLANGRAPH_QUEUE_WAIT_MS: '80' })).toMatchObject({
      corsOrigins: ['https://a.example', 'http://localhost:5173'],
      maxBodyBytes: 2048,
      maxConcurrent: 4,
      queueSize: 0,
      queueTimeoutMs: 250,
      queueWaitMs: 80,
    });
    expect(readApiConfig({}).queueWaitMs).toBe(25);
    expect(() => readApiConfig({ PLANGRAPH_CORS_ORIGINS: '*' })).toThrow(/PLANGRAPH_CORS_ORIGINS: "\*" is not an origin/);
    expect(() => readApiConfig({ PLANGRAPH_MAX_CONCURRENT: '0' })).toThrow(/PLANGRAPH_MAX_CONCURRENT="0" is not a whole number ≥ 1/);
  });
});
