// Entities of $type that at least $minPlans plans speak of, most plans first,
// each with its plans and up to $quotes quotes per plan (mentions first, in
// document order) so a reader can check every appearance.
MATCH (n:Entity {type: $type})
CALL (n) {
  MATCH (n)-[r]-()
  WITH DISTINCT r.plan AS plan
  RETURN collect(plan) AS plans
}
WITH n, plans WHERE size(plans) >= $minPlans
CALL (n, plans) {
  UNWIND plans AS planId
  MATCH (p:Plan {id: planId})
  CALL (n, planId) {
    MATCH (n)-[r]-()
    WHERE r.plan = planId AND r.quote IS NOT NULL
    WITH r ORDER BY type(r) <> 'MENTIONED_IN', r.start, r.id
    LIMIT $quotes
    RETURN collect(r {.quote, .start, .end, .line, .section, type: type(r)}) AS quotes
  }
  WITH p, quotes ORDER BY p.id
  RETURN collect({plan: properties(p), quotes: quotes}) AS appearances
}
RETURN n {.id, .type, .name, .aliases, .level, .number, .heading, .path, .units} AS node, size(plans) AS planCount, appearances
ORDER BY planCount DESC, n.name, n.id
LIMIT $limit
