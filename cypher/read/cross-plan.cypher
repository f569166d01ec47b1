// Entities of $type that at least $minPlans plans speak of, most plans first,
// each with its plans (by id) and up to $quotes quotes per plan (mentions
// first, in document order) so a reader can check every appearance. One row:
// the entities, and each plan they name once (not once per appearance).
// Entities' other properties only when $full, quotes' places only when
// $quoteDetail: the API asks for them when the request selects them.
// Candidates come from the stored planCount (kept exact by the loader,
// load/refresh-plan-counts; index entity_type_plan_count), not from counting
// every entity's plans per request; only the $limit answers gather theirs.
MATCH (n:Entity {type: $type})
WHERE n.planCount >= $minPlans
WITH n ORDER BY n.planCount DESC, n.name, n.id
LIMIT $limit
CALL (n) {
  MATCH (n)-[r]-()
  WITH DISTINCT r.plan AS plan
  RETURN collect(plan) AS plans
}
CALL (n, plans) {
  UNWIND plans AS planId
  CALL (n, planId) {
    MATCH (n)-[r]-()
    WHERE r.plan = planId AND r.quote IS NOT NULL
    WITH r ORDER BY type(r) <> 'MENTIONED_IN', r.start, r.id
    LIMIT $quotes
    RETURN collect(CASE WHEN $quoteDetail THEN r {.quote, .start, .end, .line, .section, type: type(r)} ELSE r {.quote} END) AS quotes
  }
  WITH planId, quotes ORDER BY planId
  RETURN collect({plan: planId, quotes: quotes}) AS appearances
}
WITH collect({node: CASE WHEN $full THEN n {.id, .type, .name, .aliases, .level, .number, .heading, .path, .units} ELSE n {.id, .type, .name} END, planCount: size(plans), appearances: appearances}) AS entities
RETURN entities, COLLECT {
  UNWIND entities AS e
  UNWIND e.appearances AS a
  WITH DISTINCT a.plan AS planId
  MATCH (p:Plan {id: planId})
  RETURN properties(p)
} AS plans
