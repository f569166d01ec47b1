// Entities of $type that at least $minPlans plans speak of, most plans first,
// each with its plans (by id) and up to $quotes quotes per plan (mentions
// first, in document order) so a reader can check every appearance. One row:
// the entities, and each plan they name once (not once per appearance).
// Entities' other properties only when $full, quotes' places only when
// $quoteDetail, plans' other properties only when $planDetail: the API asks
// for them when the request selects them.
// Candidates come from the stored planCount (kept exact by the loader,
// load/refresh-plan-counts; index entity_type_plan_count), not from counting
// every entity's plans per request; only the $limit answers gather theirs.
MATCH (n:Entity {type: $type})
WHERE n.planCount >= $minPlans
WITH n ORDER BY n.planCount DESC, n.name, n.id
LIMIT $limit
// Each entity's relationships are read once, grouped by plan (a plan-by-plan
// re-read cost ~50× more at 100× the seeds, where one entity has 100 plans).
CALL (n) {
  MATCH (n)-[r]-()
  WHERE r.plan IS NOT NULL
  WITH r ORDER BY r.plan, type(r) <> 'MENTIONED_IN', r.start, r.id
  WITH r.plan AS planId, collect(r) AS rels
  WITH planId, [x IN rels WHERE x.quote IS NOT NULL][..$quotes] AS first ORDER BY planId
  RETURN collect(planId) AS plans,
    collect({plan: planId, quotes: [x IN first | CASE WHEN $quoteDetail THEN x {.quote, .start, .end, .line, .section, type: type(x)} ELSE x {.quote} END]}) AS appearances
}
WITH collect({node: CASE WHEN $full THEN n {.id, .type, .name, .aliases, .level, .number, .heading, .path, .units} ELSE n {.id, .type, .name} END, planCount: size(plans), appearances: appearances}) AS entities,
  collect(plans) AS planLists
// Each plan once, by an index seek on all ids: a DISTINCT over the ids held a
// copy of everything in scope per row (480 MB at 100× the seeds).
WITH entities, reduce(ids = [], planIds IN planLists | ids + planIds) AS planIds
RETURN entities, COLLECT {
  MATCH (p:Plan) WHERE p.id IN planIds
  RETURN CASE WHEN $planDetail THEN properties(p) ELSE p {.id, .regionName} END
} AS plans
