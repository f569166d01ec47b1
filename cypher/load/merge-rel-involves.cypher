// (:Entity)-[:INVOLVES]->(:Entity), merged on the fact id. `SET r = row.props` replaces
// every property. Both ends were written earlier in the same transaction; the
// loader compares `written` with the row count, so a missing end fails the plan.
CYPHER replan=skip
UNWIND $rows AS row
MATCH (a:Entity {id: row.start})
MATCH (b:Entity {id: row.end})
MERGE (a)-[r:INVOLVES {id: row.props.id}]->(b)
SET r = row.props
RETURN count(r) AS written
