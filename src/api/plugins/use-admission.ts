// Admission control: at most `maxConcurrent` operations execute against Neo4j
// at once, `queueSize` more may wait up to `queueTimeoutMs` for a slot, and
// the rest are answered at once with 503, Retry-After and OVERLOADED, without
// touching Neo4j. Without it, 2,000 concurrent requests all queued inside the
// driver's pool and failed after its acquisition timeout as
// DATABASE_UNAVAILABLE, although Neo4j was up; /ready stopped answering.
//
// It wraps the execute function (so parse errors, cached responses, /health
// and /ready never take a slot), and it also sheds in onRequest, before the
// body is parsed, while the queue is full: the cheapest possible 503.
// Put it LAST in the plugin list: it wraps whatever execute function the
// plugins before it set (a compiled executor, a response cache's), and a
// response cache that answers without executing never waits for a slot.
import { createGraphQLError, type Plugin } from 'graphql-yoga';

export interface AdmissionOptions {
  /**
   * Operations executing at once. Each may run a few queries in parallel, so
   * this times ~4 should stay under the driver's pool (100 connections).
   * @default 16
   */
  maxConcurrent?: number;
  /**
   * Operations that may wait for a slot; 0 sheds as soon as every slot is taken.
   * @default 64
   */
  queueSize?: number;
  /**
   * Longest wait for a slot, in ms; then the operation is shed.
   * @default 1000
   */
  queueTimeoutMs?: number;
  /**
   * Retry-After sent with each shed request, in seconds.
   * @default 1
   */
  retryAfterSeconds?: number;
}

export const OVERLOADED = 'OVERLOADED';

/** A counting semaphore with a bounded, deadline-limited queue. */
export class Gate {
  active = 0;
  private readonly waiting: Array<{ admit: () => void; timer: NodeJS.Timeout }> = [];

  constructor(
    readonly maxConcurrent: number,
    readonly queueSize: number,
    readonly queueTimeoutMs: number,
  ) {}

  get queued(): number {
    return this.waiting.length;
  }

  /** Every slot taken and the queue full: a new operation would be shed. */
  get full(): boolean {
    return this.active >= this.maxConcurrent && this.waiting.length >= this.queueSize;
  }

  /** Resolves true with a slot taken (call release()), or false when shed. */
  acquire(): boolean | Promise<boolean> {
    if (this.active < this.maxConcurrent) {
      this.active++;
      return true;
    }
    if (this.waiting.length >= this.queueSize) return false;
    return new Promise<boolean>((resolve) => {
      const entry = {
        admit: () => resolve(true),
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(entry), 1);
          resolve(false);
        }, this.queueTimeoutMs),
      };
      this.waiting.push(entry);
    });
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) {
      clearTimeout(next.timer); // the slot passes straight to the next in line
      next.admit();
    } else {
      this.active--;
    }
  }
}

function overloaded(retryAfterSeconds: number) {
  return createGraphQLError(`The server is busy; retry in ${retryAfterSeconds} s.`, {
    extensions: { code: OVERLOADED, http: { status: 503, headers: { 'retry-after': String(retryAfterSeconds) } } },
  });
}

export function useAdmission(options: AdmissionOptions = {}): Plugin & { gate: Gate } {
  const gate = new Gate(options.maxConcurrent ?? 16, options.queueSize ?? 64, options.queueTimeoutMs ?? 1000);
  const retryAfter = options.retryAfterSeconds ?? 1;
  const body = JSON.stringify({ errors: [{ message: overloaded(retryAfter).message, extensions: { code: OVERLOADED } }] });
  let endpoint = '/graphql';
  return {
    gate,
    onYogaInit({ yoga }) {
      endpoint = yoga.graphqlEndpoint;
    },
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (!gate.full || url.pathname !== endpoint) return;
      // The GraphiQL page (a GET without a query) costs nothing: serve it.
      if (request.method === 'GET' && !url.searchParams.has('query')) return;
      endResponse(new fetchAPI.Response(body, { status: 503, headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(retryAfter) } }));
    },
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => {
        if (!(await gate.acquire())) throw overloaded(retryAfter);
        try {
          return await executeFn(args);
        } finally {
          gate.release();
        }
      });
    },
  };
}
