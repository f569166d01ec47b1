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
export function listen(yoga: PlanGraphYoga, port: number, host?: string): Promise<RunningServer> {
  const server = createServer(yoga);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve({
        // The bound port: `port` 0 asks the OS for a free one.
        url: `http://localhost:${(server.address() as AddressInfo).port}${yoga.graphqlEndpoint}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeIdleConnections();
          }),
      });
    });
  });
}
