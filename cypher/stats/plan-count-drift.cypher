// Entities whose stored planCount differs from a full recount (a check: it
// should answer no rows; tests and `bench/scale.ts` run it after ingesting).
MATCH (n:Entity)
CALL (n) {
  MATCH (n)-[r]-()
  RETURN count(DISTINCT r.plan) AS plans
}
WITH n, plans WHERE n.planCount IS NULL OR n.planCount <> plans
RETURN n.id AS id, n.planCount AS stored, plans AS counted
ORDER BY id
LIMIT 100
