// Admission control: at most `maxConcurrent` operations execute against Neo4j
// at once, more may wait for a slot, and the rest are answered at once with
// 503, Retry-After and OVERLOADED, without touching Neo4j. The queue is
// bounded by the wait it promises, not only by its length: a newcomer is shed
// when (its place in line) × (mean time a slot is held) / maxConcurrent would
// exceed `queueWaitMs`. A count alone let 64 requests queue behind 16 slots
// under 10× load; each waited 4 slot times, and admitted p99 went to seconds.
// `queueSize` stays as a hard cap and `queueTimeoutMs` as the deadline for
// the ones the estimate let in wrongly. Without admission control, 2,000
// concurrent requests all queued inside the driver's pool and failed after its
// acquisition timeout as DATABASE_UNAVAILABLE, although Neo4j was up; /ready
// stopped answering.
//
// Two places, one mechanism:
// - `door` runs on the raw Node request in server.ts, before Yoga and before
//   the body is read: when the operations queued plus the requests let in
//   but not yet at the gate, less the free slots, would make the queue
//   refuse a newcomer, it writes a precomputed 503. Shedding in a Yoga plugin
//   cost ~0.3 ms of the one event loop per 503 (a Request, a URL, the envelop
//   hooks); at 10× capacity those 503s starved the admitted requests.
//   Counting the requests not yet at the gate (not only queued operations)
//   keeps those still being read or parsed from slipping past a full queue.
// - the execute wrapper takes a slot (or waits for one), so parse errors,
//   cached responses, /health and /ready never take a slot. Put it LAST in the
//   plugin list: it wraps whatever execute function the plugins before it set
//   (a compiled executor, a response cache's). Requests that reach Yoga
//   without the door (yoga.fetch in tests) are shed here.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

export interface AdmissionOptions {
  /**
   * Operations executing at once. Each may run a few queries in parallel, so
   * this times ~4 should stay under the driver's pool (100 connections).
   * The server's default is two per core (src/api/config.ts).
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
   * Longest expected wait for a slot, in ms: a newcomer whose estimated wait
   * is longer is shed at once. Infinity: bounded by `queueSize` only.
   * 25: the goal is admitted p99 ≤ 5× the unloaded p99 (13.5–30 ms on a quiet
   * 2-core machine, so 67–150 ms), and a hold at 16 slots alone reached a p99
   * of 67 ms there. Quiet, it still lets ~13 queue behind 16 slots, enough to
   * keep them busy at 10× load; on a loaded machine (slow holds, a lagging
   * event loop) it cost goodput (bench/results/reliability.md, x-overload2).
   * @default 25
   */
  queueWaitMs?: number;
  /**
   * Retry-After sent with each shed request, in seconds.
   * @default 1
   */
  retryAfterSeconds?: number;
}

export const OVERLOADED = 'OVERLOADED';

/**
 * A counting semaphore with a queue bounded by length, by expected wait and by
 * a deadline. The expected wait comes from the mean time a slot is held
 * (exponentially weighted over recent operations, given to release()).
 */
export class Gate {
  active = 0;
  /** Operations executing at once; resize() changes it. */
  maxConcurrent: number;
  /** Mean time an operation held a slot, in ms; 0 until one is released. */
  meanHoldMs = 0;
  private readonly waiting: Array<{ admit: () => void; timer: NodeJS.Timeout }> = [];

  constructor(
    maxConcurrent: number,
    readonly queueSize: number,
    readonly queueTimeoutMs: number,
    readonly queueWaitMs = Infinity,
  ) {
    this.maxConcurrent = maxConcurrent;
  }

  /** A new concurrency limit (bench/load.ts tunes it in one run); more slots admit the waiting at once. */
  resize(maxConcurrent: number): void {
    this.maxConcurrent = maxConcurrent;
    while (this.active < this.maxConcurrent && this.waiting.length) {
      this.active++;
      const next = this.waiting.shift()!;
      clearTimeout(next.timer);
      next.admit();
    }
  }

  get queued(): number {
    return this.waiting.length;
  }

  /** Every slot taken and the queue full: a new operation would be shed. */
  get full(): boolean {
    return this.active >= this.maxConcurrent && this.refuses(this.waiting.length);
  }

  /** Expected wait in ms of a newcomer with `ahead` operations in line before it, all slots busy. */
  expectedWaitMs(ahead: number): number {
    return ((ahead + 1) * this.meanHoldMs) / this.maxConcurrent;
  }

  /** Would a newcomer with `ahead` operations waiting before it be shed? */
  refuses(ahead: number): boolean {
    return ahead >= this.queueSize || this.expectedWaitMs(ahead) > this.queueWaitMs;
  }

  /** Resolves true with a slot taken (call release()), or false when shed. */
  acquire(): boolean | Promise<boolean> {
    if (this.active < this.maxConcurrent) {
      this.active++;
      return true;
    }
    if (this.refuses(this.waiting.length)) return false;
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

  /** Frees a slot held for `heldMs` (it feeds the wait estimate). */
  release(heldMs?: number): void {
    // 1/16: the estimate follows a change of load within a few dozen operations.
    if (heldMs !== undefined) this.meanHoldMs = this.meanHoldMs === 0 ? heldMs : this.meanHoldMs + (heldMs - this.meanHoldMs) / 16;
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

const REACHED_GATE = Symbol('reached the gate');
type Marked = IncomingMessage & { [REACHED_GATE]?: () => void };

/** Called by server.ts for every request; false: it was shed (answered already). */
export type Door = (req: IncomingMessage, res: ServerResponse) => boolean;

export function useAdmission(options: AdmissionOptions = {}): Plugin & { gate: Gate; door: Door } {
  const gate = new Gate(options.maxConcurrent ?? 16, options.queueSize ?? 64, options.queueTimeoutMs ?? 1000, options.queueWaitMs ?? 25);
  const retryAfter = options.retryAfterSeconds ?? 1;
  // The same body and headers Yoga sends for overloaded() thrown in execute.
  const body = Buffer.from(JSON.stringify({ errors: [{ message: overloaded(retryAfter).message, extensions: { code: OVERLOADED } }] }));
  const headers = { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length, 'retry-after': String(retryAfter) };
  let endpoint = '/graphql';
  // Requests let in at the door that have not reached the gate yet (body,
  // parse, validation): they will want a slot. Not counted: those whose
  // operation ran and whose answer is still being written; counting every
  // open request (as before) took answers delayed by a lagging event loop for
  // a queue and shed while slots stood free.
  let beforeGate = 0;
  const door: Door = (req, res) => {
    if (!isOperation(req, endpoint)) return true;
    const ahead = gate.queued + beforeGate - (gate.maxConcurrent - gate.active);
    if (ahead >= 0 && gate.refuses(ahead)) {
      res.writeHead(503, headers).end(body);
      return false;
    }
    beforeGate++;
    let counted = true;
    const reachedGate = () => {
      if (!counted) return;
      counted = false;
      beforeGate--;
    };
    (req as Marked)[REACHED_GATE] = reachedGate;
    res.once('close', reachedGate); // an answer without execution (a parse error, a cached one)
    return true;
  };
  return {
    gate,
    door,
    onYogaInit({ yoga }) {
      endpoint = yoga.graphqlEndpoint;
    },
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => {
        // Yoga puts the Node request of server.ts into the context (absent with yoga.fetch).
        ((args.contextValue as { req?: Marked }).req?.[REACHED_GATE] ?? (() => {}))();
        if (!(await gate.acquire())) throw overloaded(retryAfter);
        const started = performance.now();
        try {
          return await executeFn(args);
        } finally {
          gate.release(performance.now() - started);
        }
      });
    },
  };
}

/**
 * A request that may execute an operation: a POST, or a GET with a query, to
 * the GraphQL endpoint. /health, /ready, static pages and the GraphiQL page
 * (a GET without a query) cost nothing and are never shed.
 */
function isOperation(req: IncomingMessage, endpoint: string): boolean {
  const url = req.url ?? '';
  const q = url.indexOf('?');
  if ((q < 0 ? url : url.slice(0, q)) !== endpoint) return false;
  if (req.method === 'POST') return true;
  return req.method === 'GET' && q >= 0 && /[?&]query=/.test(url.slice(q));
}
