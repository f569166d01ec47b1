// Remove every fact a plan contributed, then the entities it leaves with no
// relationship at all (its Task nodes, names only this plan mentioned).
// Entities that other plans still point at keep those plans' facts, and
// their planCount is recounted.
// One typed match per relationship type so each uses its `plan` index.
CYPHER replan=skip
CALL () {
  MATCH (a)-[r:LOCATED_IN {plan: $plan}]->(b) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:LED_BY {plan: $plan}]->(b) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:HOSTS {plan: $plan}]->(b) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:DEVELOPS {plan: $plan}]->(b) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:MENTIONED_IN {plan: $plan}]->(b) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:HAS_TARGET {plan: $plan}]->(b) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:INVOLVES {plan: $plan}]->(b) RETURN r, a, b
}
WITH collect(r) AS facts, collect(DISTINCT a) + collect(DISTINCT b) AS touched
FOREACH (r IN facts | DELETE r)
WITH size(facts) AS factsDeleted, touched
UNWIND touched AS n
WITH DISTINCT factsDeleted, n
WHERE n:Entity
// The entities the plan touched keep an exact planCount without the plan
// (load/refresh-plan-counts sets it again for those the new version touches).
CALL (n) {
  MATCH (n)-[r]-()
  RETURN count(DISTINCT r.plan) AS plans, count(r) AS rels
}
SET n.planCount = plans
WITH factsDeleted, n, rels WHERE rels = 0
DELETE n
RETURN factsDeleted, count(n) AS entitiesDeleted
