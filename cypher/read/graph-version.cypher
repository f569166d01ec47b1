// The graph's version (load/bump-graph-version), '' before the first ingest
// that sets one. The response cache reads it at most once per interval.
OPTIONAL MATCH (m:GraphMeta {id: 'graph'})
RETURN coalesce(m.version, '') AS version
