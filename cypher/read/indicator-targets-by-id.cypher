// The targets (HAS_TARGET) of each indicator, by plan and position.
UNWIND $ids AS id
MATCH (i:Indicator {id: id})
CALL (i) {
  MATCH (:Plan)-[t:HAS_TARGET]->(i)
  WITH t ORDER BY t.plan, t.start, t.id
  RETURN collect(properties(t)) AS targets
}
RETURN id, targets
