// Entities of one type per batch, the type's label set dynamically
// (`SET n:$(row.type)`, Neo4j 5.26; row.type is checked against ENTITY_TYPES
// before it gets here): one query text for nine labels, planned once.
// Entities are shared between plans: `+=` keeps what other plans wrote (the
// last plan written wins a conflicting value) and aliases are the sorted union
// of every plan's, so their order does not depend on the order plans arrive in.
// `existed` counts rows whose entity was already in the graph (ingest summary).
CYPHER replan=skip
UNWIND $rows AS row
OPTIONAL MATCH (old:Entity {id: row.id})
WITH row, old IS NOT NULL AS existed
MERGE (n:Entity {id: row.id})
SET n:$(row.props.type)
SET n += row.props
WITH n, row, existed
CALL (n, row) {
  UNWIND coalesce(n.aliases, []) + row.aliases AS alias
  WITH DISTINCT alias ORDER BY alias
  RETURN collect(alias) AS aliases
}
SET n.aliases = aliases
RETURN count(n) AS written, sum(CASE WHEN existed THEN 1 ELSE 0 END) AS existed
