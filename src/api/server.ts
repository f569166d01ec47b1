// Listens on a port; nothing else. The app is built in yoga.ts.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PlanGraphYoga } from './yoga.js';

export interface RunningServer {
  url: string;
  /** Stops accepting connections and ends idle keep-alive ones. */
  close(): Promise<void>;
}

/** Rejects with EADDRINUSE (code on the error) when the port is taken. */
export function listen(yoga: PlanGraphYoga, port: number, host = '127.0.0.1'): Promise<RunningServer> {
  // Admission's door sees each request before Yoga does: a shed one never reaches it (plugins/use-admission.ts).
  const server = createServer((req, res) => {
    if (yoga.admission.door(req, res)) void yoga(req, res);
  });
  // A client that sends its headers or body slowly cannot hold a socket for Node's default 5 minutes.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    // Node's default accept backlog (511) overflowed when bench/load.ts opened 2,000 connections at once
    // (21,663 TcpExtListenOverflows over a few runs; 0 with 4096): a dropped SYN is retried only after 1 s or more.
    server.listen({ port, host, backlog: 4096 }, () => {
      server.off('error', reject);
      resolve({
        // The bound port: `port` 0 asks the OS for a free one.
        url: `http://${urlHost(host)}:${(server.address() as AddressInfo).port}${yoga.graphqlEndpoint}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeIdleConnections();
          }),
      });
    });
  });
}

/** How to write `host` in a URL people can open: every-interface addresses are reachable as localhost. */
function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '127.0.0.1' || host === '::1') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}
