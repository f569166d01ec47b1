// planCount for entities written before the loader stored it (graphs ingested
// by an older version): run by src/graph/migrate.ts at every start, so it does
// nothing once every entity has one.
MATCH (n:Entity) WHERE n.planCount IS NULL
CALL (n) {
  MATCH (n)-[r]-()
  RETURN count(DISTINCT r.plan) AS plans
}
SET n.planCount = plans
RETURN count(n) AS backfilled
