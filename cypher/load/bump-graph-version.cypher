// A new graph version on every ingest and removal, in the same transaction as
// the plan's writes: the API's response cache keys on it (read/graph-version),
// so an ingest from another process (the CLI while the server runs) makes the
// cached answers unreachable. A random id, not a counter, so a graph wiped and
// loaded again never reuses an old version.
MERGE (m:GraphMeta {id: 'graph'})
SET m.version = randomUUID(), m.changedAt = datetime()
RETURN m.version AS version
