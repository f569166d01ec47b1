// CPU per request of the two overload generators (bench/open-loop.ts and
// autocannon -R), against a trivial server in another process that answers
// every request with a 2-byte 503: the generator shares the 2 cores with the
// server and Neo4j during `bench/load.ts overload`, so its cost is part of
// the result. CPU time, not wall time: readable on a loaded machine.
//
//   npx tsx bench/generator-cost.ts [rate=4000] [seconds=10]
import { fork } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import { openLoop } from './open-loop.js';

if (process.argv[2] === '--serve') {
  const server = http.createServer((_req, res) => void res.writeHead(503, { 'content-type': 'application/json', 'content-length': 2 }).end('{}'));
  server.listen(0, '127.0.0.1', () => process.send?.((server.address() as AddressInfo).port));
} else {
  const rate = Number(process.argv[2] ?? 4000);
  const seconds = Number(process.argv[3] ?? 10);
  const child = fork(new URL(import.meta.url).pathname, ['--serve'], { execArgv: ['--import', 'tsx'] });
  const port = await new Promise<number>((resolve) => child.once('message', (m) => resolve(m as number)));
  const url = `http://127.0.0.1:${port}/graphql`;
  const body = '{"query":"{ plans { planId } }"}';
  for (const generator of ['open-loop', 'autocannon', 'open-loop', 'autocannon']) {
    const before = process.cpuUsage();
    const requests =
      generator === 'open-loop'
        ? (await openLoop({ url, rate, seconds, bodies: [body] })).sent
        : (await autocannon({ url, connections: 200, duration: seconds, overallRate: rate, requests: [{ method: 'POST', headers: { 'content-type': 'application/json' }, body }] })).requests.total;
    const cpu = process.cpuUsage(before);
    const micros = cpu.user + cpu.system;
    console.log(JSON.stringify({ generator, rate, requests, cpuS: Math.round(micros / 1e4) / 100, usPerRequest: Math.round(micros / requests), load: loadavg().map((l) => l.toFixed(2)).join(' ') }));
  }
  child.kill();
}
