// One execution at a time of a query Neo4j has not planned yet. After a
// (re)start its plan cache is empty and the first run of each query plans it
// on a cold JVM (0.5-2.6 s each on a loaded 2-core machine, issue #13.2);
// Neo4j does not merge concurrent plannings of the same query, so 16 requests
// arriving together planned it 16 times and starved each other into
// QUERY_TIMEOUT. Here the first run of a name leads and the others wait for
// it: when it succeeds they find the plan cached; when the database could not
// answer it in time (`shared(error)`), they fail with it rather than try
// again on the same struggling database, and the next request leads anew.
// The leader gets a longer timeout (executor.ts, coldTimeout): a first run
// cut off while planning leaves nothing cached, and the next one plans again.
// `forget()` when the database went away: the next one is cold again.
export interface FirstRunGate {
  /** `work(true)` for the leading run of a cold name (it may need more time: it plans), `work(false)` otherwise. */
  run<R>(name: string, work: (first: boolean) => Promise<R>): Promise<R>;
  forget(): void;
}

/** `shared`: errors about the database's state (a timeout, unavailable), not about one caller's parameters. */
export function createFirstRunGate(shared: (error: unknown) => boolean): FirstRunGate {
  const warm = new Set<string>();
  const leaders = new Map<string, Promise<unknown>>();
  return {
    async run(name, work) {
      if (warm.has(name)) return work(false);
      const leader = leaders.get(name);
      if (leader) {
        const failure = await leader.then(
          () => undefined,
          (error: unknown) => error,
        );
        if (failure !== undefined && shared(failure)) throw failure;
        return work(false);
      }
      const first = work(true);
      leaders.set(name, first);
      try {
        const result = await first;
        warm.add(name);
        return result;
      } finally {
        leaders.delete(name);
      }
    },
    forget() {
      warm.clear();
    },
  };
}
