// planCount on each entity of $ids: how many plans have a fact or mention
// about it, counted again from its relationships. Run as the last writes of a
// plan's transaction for every entity the plan touches (load/clear-plan-facts
// recounts the ones a re-ingest or removal leaves), so crossPlan and
// `orderBy: PLAN_COUNT` read a property instead of counting over every entity.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r]-()
  RETURN count(DISTINCT r.plan) AS plans
}
SET n.planCount = plans
RETURN count(n) AS refreshed
