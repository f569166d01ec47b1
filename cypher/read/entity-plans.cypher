// The plans that speak of each entity: every relationship carries the `plan`
// that wrote it, so these are the distinct `plan` values around the entity.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r]-()
  WITH DISTINCT r.plan AS planId
  MATCH (p:Plan {id: planId})
  WITH p ORDER BY p.id
  RETURN collect(properties(p)) AS plans
}
RETURN id, plans
