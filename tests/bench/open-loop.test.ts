// The open-loop generator bench/load.ts reads the overload goals from: it must
// frame responses right, spread arrivals over the second, and count the time a
// request waited behind a slow one (no coordinated omission).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { openLoop, ResponseParser } from '../../bench/open-loop.js';

let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function serve(handler: http.RequestListener): Promise<string> {
  server = http.createServer(handler);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

describe('ResponseParser', () => {
  const fixed = 'HTTP/1.1 503 Service Unavailable\r\nContent-Length: 5\r\nRetry-After: 1\r\n\r\nbusy!';
  const chunked = 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n{"a"\r\nb\r\n:1234567890\r\n1\r\n}\r\n0\r\n\r\n';

  it('splits responses with Content-Length and chunked bodies, however the bytes arrive', () => {
    const stream = Buffer.from(fixed + chunked + fixed + 'HTTP/1.1 204 No Content\r\n\r\n');
    const whole = new ResponseParser().feed(stream);
    expect(whole).toEqual([503, 200, 503, 204]);
    for (const size of [1, 2, 3, 7, 13]) {
      const parser = new ResponseParser();
      const seen: number[] = [];
      for (let at = 0; at < stream.length; at += size) seen.push(...parser.feed(stream.subarray(at, at + size)));
      expect(seen, `fed ${size} bytes at a time`).toEqual(whole);
    }
  });
});

describe('openLoop', () => {
  it('counts latency from the due time: requests due while one socket is stuck wait, and that shows', async () => {
    let calls = 0;
    const url = await serve((req, res) => {
      req.resume();
      // The 10th request stalls 300 ms; with one socket the 60 due meanwhile queue behind it.
      const delay = ++calls === 10 ? 300 : 0;
      setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{}}'), delay);
    });
    const result = await openLoop({ url, rate: 200, seconds: 1, bodies: ['{"query":"{a}"}'], sockets: 1 });
    const ok = result.byStatus.get(200) ?? [];
    expect(ok).toHaveLength(200);
    expect(result.timeouts).toBe(0);
    // A closed-loop count would show one slow request; the ones that queued are slow too.
    expect(ok.filter((ms) => ms > 100).length).toBeGreaterThanOrEqual(20);
    expect(Math.max(...result.sendLagMs)).toBeGreaterThan(200);
  });

  it('spreads arrivals over the run instead of sending a burst, on a pool it connected beforehand', async () => {
    const arrivals: number[] = [];
    const url = await serve((req, res) => {
      arrivals.push(performance.now());
      req.resume();
      // Slow answers: an open loop does not wait for them (20 are out at a time, on 64 sockets).
      setTimeout(() => res.writeHead(503, { 'content-length': '2' }).end('{}'), 50);
    });
    const result = await openLoop({ url, rate: 400, seconds: 1, bodies: ['{"query":"{a}"}', '{"query":"{b}"}'], sockets: 64 });
    expect(result.byStatus.get(503)).toHaveLength(400);
    expect(result.socketsOpened).toBe(64);
    // Evenly spaced: no tenth of the run gets half of the requests, even after a stall of the loaded machine (a per-second burst would put all in one).
    const first = Math.min(...arrivals);
    const perTenth = new Array<number>(12).fill(0);
    for (const at of arrivals) perTenth[Math.min(11, Math.floor((at - first) / 100))]!++;
    expect(Math.max(...perTenth)).toBeLessThan(200);
  });
});
