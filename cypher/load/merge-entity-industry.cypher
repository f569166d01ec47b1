// Entities are shared between plans: `+=` keeps what other plans wrote and
// aliases accumulate (first-seen order); the full-text index covers name and aliases.
// `existed` counts rows whose entity was already in the graph (ingest summary).
UNWIND $rows AS row
OPTIONAL MATCH (old:Entity {id: row.id})
WITH row, old IS NOT NULL AS existed
MERGE (n:Entity:Industry {id: row.id})
SET n += row.props
WITH n, row, existed, coalesce(n.aliases, []) AS known
SET n.aliases = known + [a IN row.aliases WHERE NOT a IN known]
RETURN count(n) AS written, sum(CASE WHEN existed THEN 1 ELSE 0 END) AS existed
