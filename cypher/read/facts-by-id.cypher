// Facts (relationships) by id, with their two ends: what an edge of
// `neighborhood`/`paths` stands for (GraphEdge.factIds). One branch per fact
// type, so each lookup uses that type's id constraint.
UNWIND $ids AS id
CALL (id) {
  MATCH (a)-[r:LOCATED_IN {id: id}]->(b) RETURN r, a, b
  UNION
  MATCH (a)-[r:LED_BY {id: id}]->(b) RETURN r, a, b
  UNION
  MATCH (a)-[r:HOSTS {id: id}]->(b) RETURN r, a, b
  UNION
  MATCH (a)-[r:DEVELOPS {id: id}]->(b) RETURN r, a, b
  UNION
  MATCH (a)-[r:INVOLVES {id: id}]->(b) RETURN r, a, b
  UNION
  MATCH (a)-[r:HAS_TARGET {id: id}]->(b) RETURN r, a, b
  UNION
  MATCH (a)-[r:MENTIONED_IN {id: id}]->(b) RETURN r, a, b
}
RETURN r {.*, type: type(r), from: a.id, fromIsPlan: a:Plan, to: b.id} AS fact
