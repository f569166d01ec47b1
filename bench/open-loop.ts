// An open-loop HTTP/1.1 load generator with evenly spaced arrivals, for the
// overload goals of issue #12. Request k is due at start + k / rate whatever
// happened to the ones before it; its latency runs from that due time, so time
// spent waiting for a free socket or for this process's own event loop counts
// against the server (no coordinated omission). autocannon's `overallRate`
// is not this: each connection gets a quota per second, reset by a 1 s timer,
// so every second opens with one request per connection at once.
//
// Lean on purpose (it shares 2 cores with the server and Neo4j): raw sockets,
// one prebuilt request buffer per body, a parser that reads only the status
// line and the framing headers. Like wrk2, a fixed pool of kept-alive sockets,
// all connected (and used once) before the first request is due, then in turn; when every
// socket is busy, due requests wait in order, and that wait counts. Opening
// sockets on demand fed back: a slow second made the generator open hundreds,
// and 3,000 connects at once took the server and client ~2.6 s (load 10), so
// the answers on them came seconds late.
import net from 'node:net';

export interface OpenLoopOptions {
  /** http://host:port/path */
  url: string;
  /** Requests per second. */
  rate: number;
  seconds: number;
  /** JSON bodies, POSTed in turn. */
  bodies: string[];
  /** Sockets in the pool. @default 512 */
  sockets?: number;
  /** After the last request is due, how long to wait for answers; the rest count as timeouts. @default 30000 */
  drainMs?: number;
}

export interface OpenLoopResult {
  /** Latency from the due time to the last byte of the answer, in ms, by status (0: connection error). */
  byStatus: Map<number, number[]>;
  /** Latency from the moment the request was written, by status: without the generator's own lag. */
  byStatusFromSend: Map<number, number[]>;
  /** How late each request was written after its due time, in ms: the generator's own lag (socket wait included). */
  sendLagMs: number[];
  /** Per second of due time: [second, status, ms] of each answer, for a timeline. */
  answers: Array<[number, number, number]>;
  sent: number;
  timeouts: number;
  errors: number;
  /** Sockets opened, replacements of closed ones included. */
  socketsOpened: number;
}

interface Pending {
  due: number;
  body: number;
  sentAt?: number;
}

/** Runs the schedule to the end and resolves when every answer is in or `drainMs` has passed. */
export async function openLoop(o: OpenLoopOptions): Promise<OpenLoopResult> {
  const target = new URL(o.url);
  const port = Number(target.port || 80);
  const host = target.hostname;
  const requests = o.bodies.map((body) =>
    Buffer.from(
      `POST ${target.pathname}${target.search} HTTP/1.1\r\nhost: ${target.host}\r\ncontent-type: application/json\r\n` +
        `content-length: ${Buffer.byteLength(body)}\r\nconnection: keep-alive\r\n\r\n${body}`,
    ),
  );
  const poolSize = o.sockets ?? 512;
  let start = 0;
  const total = Math.round(o.rate * o.seconds);
  const interval = 1000 / o.rate;
  const result: OpenLoopResult = { byStatus: new Map(), byStatusFromSend: new Map(), sendLagMs: [], answers: [], sent: 0, timeouts: 0, errors: 0, socketsOpened: 0 };
  const idle: Conn[] = [];
  const waiting: Pending[] = []; // due, no socket free yet; a ring would do, shift() is fine at these sizes
  const busy = new Set<Conn>();
  let answered = 0;
  let finish: () => void = () => {};

  const record = (status: number, { due, sentAt }: Pending) => {
    const now = performance.now();
    const ms = now - due;
    let list = result.byStatus.get(status);
    if (!list) result.byStatus.set(status, (list = []));
    list.push(ms);
    let fromSend = result.byStatusFromSend.get(status);
    if (!fromSend) result.byStatusFromSend.set(status, (fromSend = []));
    fromSend.push(now - (sentAt ?? due));
    result.answers.push([Math.floor((due - start) / 1000), status, ms]);
    answered++;
    if (answered + result.timeouts >= total) finish();
  };

  class Conn {
    socket: net.Socket;
    connected = false;
    current: Pending | undefined;
    private parser = new ResponseParser();

    constructor() {
      result.socketsOpened++;
      this.socket = net.connect({ port, host, noDelay: true });
      this.socket.on('connect', () => {
        this.connected = true;
        // Before the schedule starts, one unmeasured request per socket: the server
        // has accepted and set up every connection before the first one is due.
        if (start === 0) this.socket.write(requests[0]!);
        else this.next();
      });
      this.socket.on('data', (chunk) => {
        for (const status of this.parser.feed(chunk)) {
          const done = this.current;
          this.current = undefined;
          if (done) record(status, done);
          this.next();
        }
      });
      this.socket.on('error', () => {});
      this.socket.on('close', () => {
        busy.delete(this);
        const at = idle.indexOf(this);
        if (at >= 0) idle.splice(at, 1);
        if (this.current) {
          result.errors++;
          record(0, this.current);
          this.current = undefined;
        }
        // The pool keeps its size (the server closes sockets idle for 5 s, or on an error).
        if (!stopped) new Conn();
      });
    }

    /** Takes the oldest waiting request, or goes idle. */
    next() {
      const pending = waiting.shift();
      if (!pending) {
        busy.delete(this);
        idle.push(this);
        return;
      }
      this.send(pending);
    }

    send(pending: Pending) {
      busy.add(this);
      this.current = pending;
      result.sent++;
      pending.sentAt = performance.now();
      result.sendLagMs.push(pending.sentAt - pending.due);
      this.socket.write(requests[pending.body % requests.length]!);
    }
  }

  let stopped = false;
  let connected!: () => void;
  const allConnected = new Promise<void>((resolve) => (connected = resolve));
  for (let i = 0; i < poolSize; i++) new Conn();
  // Every socket connected and answered once (or 10 s passed): connects are not part of the measurement.
  const started = performance.now();
  const check = setInterval(() => (idle.length >= poolSize || performance.now() - started > 10_000) && connected(), 5);
  await allConnected;
  clearInterval(check);
  start = performance.now();
  let k = 0;
  const dispatch = (pending: Pending) => {
    // The longest idle: every socket stays in use, so the server's 5 s keep-alive timeout closes none.
    const conn = idle.shift();
    if (conn) conn.send(pending);
    else waiting.push(pending);
  };
  // Timers rather than a busy loop, so the generator leaves the cores to the
  // server: it wakes at the next due time (≥ 1 ms), so arrivals come one by
  // one below 1,000 req/s and in ≤ 1 ms batches above (≤ 6 at 5,000 req/s).
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      while (k < total && start + k * interval <= now) dispatch({ due: start + k * interval, body: k++ });
      if (k < total) setTimeout(tick, Math.max(1, start + k * interval - performance.now()));
      else resolve();
    };
    tick();
  });
  await new Promise<void>((resolve) => {
    finish = resolve;
    if (answered >= total) resolve();
    setTimeout(resolve, o.drainMs ?? 30_000);
  });
  stopped = true;
  result.timeouts = total - answered;
  for (const conn of [...idle, ...busy]) conn.socket.destroy();
  return result;
}

/**
 * Splits a stream of HTTP/1.1 responses: feed() returns the status of each
 * response completed by the chunk. Handles Content-Length and chunked bodies,
 * which is all a Node server sends.
 */
export class ResponseParser {
  private buffer: Buffer = Buffer.alloc(0);
  private status = 0;
  /** Body bytes still to skip (Content-Length), -1: reading chunk sizes, -2: reading the head. */
  private remaining = -2;
  /** Chunked: bytes of the current chunk (and its CRLF) still to skip. */
  private chunkLeft = 0;

  feed(chunk: Buffer): number[] {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    const done: number[] = [];
    for (;;) {
      if (this.remaining === -2) {
        const end = this.buffer.indexOf('\r\n\r\n');
        if (end < 0) break;
        const head = this.buffer.toString('latin1', 0, end);
        this.buffer = this.buffer.subarray(end + 4);
        this.status = Number(head.slice(9, 12));
        const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
        if (/\r\ntransfer-encoding:\s*chunked/i.test(head)) this.remaining = -1;
        else this.remaining = length ? Number(length[1]) : 0;
        this.chunkLeft = 0;
      }
      if (this.remaining >= 0) {
        if (this.buffer.length < this.remaining) {
          this.remaining -= this.buffer.length;
          this.buffer = Buffer.alloc(0);
          break;
        }
        this.buffer = this.buffer.subarray(this.remaining);
        this.remaining = -2;
        done.push(this.status);
        continue;
      }
      // Chunked: skip the current chunk, then read the next size line; size 0 ends the body (no trailers from Node).
      if (this.chunkLeft > 0) {
        const skip = Math.min(this.chunkLeft, this.buffer.length);
        this.buffer = this.buffer.subarray(skip);
        this.chunkLeft -= skip;
        if (this.chunkLeft > 0) break;
      }
      const line = this.buffer.indexOf('\r\n');
      if (line < 0) break;
      const size = parseInt(this.buffer.toString('latin1', 0, line), 16);
      if (size === 0) {
        if (this.buffer.length < line + 4) break; // "0\r\n\r\n"
        this.buffer = this.buffer.subarray(line + 4);
        this.remaining = -2;
        done.push(this.status);
        continue;
      }
      this.buffer = this.buffer.subarray(line + 2);
      this.chunkLeft = size + 2;
    }
    return done;
  }
}
