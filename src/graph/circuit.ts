// Fail fast while Neo4j is known to be down (issue #13.2). Without it, every
// query of every request met the dead database on its own: a refused
// connection, the driver's retry a second later, then DATABASE_UNAVAILABLE, so
// each request held its admission slot for 1-4 s and the queue clogged
// (OVERLOADED answers) while Neo4j restarted. Now the first such failure opens
// the circuit: queries fail at once without touching the driver, and a probe
// (one `RETURN 1` every `probeEveryMs`) closes it as soon as Neo4j answers
// again. Any successful query closes it too, and so does reset() (keep-alive
// calls it when the restarted launcher reports the database available).
import { DatabaseUnavailableError } from './errors.js';

export interface CircuitOptions {
  /** One cheap query against the database; rejects while it is down. */
  probe: () => Promise<void>;
  /** How often the probe runs while the circuit is open (default 250 ms). */
  probeEveryMs?: number;
  /** Called when the circuit closes again (the database answered after being down). */
  onClose?: () => void;
}

export interface Circuit {
  readonly open: boolean;
  /** Throws DatabaseUnavailableError at once while the circuit is open. */
  check(): void;
  /** Changes each time the circuit closes; a query takes it when it starts. */
  readonly generation: number;
  /**
   * A query that started at `generation` met an unreachable database: open the
   * circuit and start probing. Ignored when the circuit closed since it
   * started: a request stuck on the old, dead Neo4j says nothing about the new one.
   */
  failed(error: DatabaseUnavailableError, generation: number): void;
  /** A query got an answer: the database is up. */
  succeeded(): void;
  /**
   * The database is back by another account (the local launcher reported it
   * ready again): let queries through at once. A probe would wait for the
   * first `RETURN 1` of a cold JVM (0.6-2.4 s here) while every request failed.
   */
  reset(): void;
  /** Stops probing (on close of the driver). */
  stop(): void;
}

export function createCircuit({ probe, probeEveryMs = 250, onClose }: CircuitOptions): Circuit {
  let openSince: number | undefined;
  let reason = '';
  let timer: NodeJS.Timeout | undefined;
  let probing = false;
  let stopped = false;
  let generation = 0;

  const close = () => {
    if (openSince === undefined) return;
    openSince = undefined;
    generation++;
    clearTimeout(timer);
    timer = undefined;
    onClose?.();
  };
  const runProbe = async () => {
    if (probing || openSince === undefined || stopped) return;
    probing = true;
    try {
      await probe();
      close();
    } catch {
      // Still down: the next tick probes again.
    } finally {
      probing = false;
      schedule();
    }
  };
  const schedule = () => {
    if (openSince === undefined || stopped || timer) return;
    // unref: a process that is otherwise done does not wait for the database to come back.
    timer = setTimeout(() => {
      timer = undefined;
      void runProbe();
    }, probeEveryMs).unref();
  };

  return {
    get open() {
      return openSince !== undefined;
    },
    check() {
      if (openSince === undefined) return;
      throw new DatabaseUnavailableError(
        `Neo4j has been unavailable for ${((Date.now() - openSince) / 1000).toFixed(1)} s (${reason}); the query was not sent. Retry shortly.`,
      );
    },
    get generation() {
      return generation;
    },
    failed(error, startedAt) {
      if (startedAt !== generation) return;
      reason = error.message.split('\n')[0] ?? error.message;
      if (openSince !== undefined) return;
      openSince = Date.now();
      schedule();
    },
    succeeded: close,
    reset: close,
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
