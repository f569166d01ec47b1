// (:Entity)-[:LOCATED_IN]->(:Entity), created: the plan's facts were cleared earlier in the same
// transaction (or the plan is new), so none of this plan's ids is in the
// graph and MERGE's lookup would find nothing (cypher/README.md, "Why CREATE").
// The uniqueness constraint on id fails the plan rather than duplicate a fact.
// Both ends were written earlier in the transaction; the loader compares
// `written` with the row count, so a missing end fails the plan.
CYPHER replan=skip
UNWIND $rows AS row
MATCH (a:Entity {id: row.start})
MATCH (b:Entity {id: row.end})
CREATE (a)-[r:LOCATED_IN]->(b)
SET r = row.props
RETURN count(r) AS written
