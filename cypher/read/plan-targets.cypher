// The indicator targets of each plan (HAS_TARGET), in document order.
UNWIND $ids AS id
MATCH (p:Plan {id: id})
CALL (p) {
  MATCH (p)-[t:HAS_TARGET]->(i:Indicator)
  WITH t, i ORDER BY t.start, t.id
  RETURN collect({indicator: properties(i), target: properties(t)}) AS targets
}
RETURN id, targets
