// The last step of removing a plan: its facts and document nodes are gone
// (clear-plan-facts, clear-plan-document), so only the Plan node is left.
MATCH (p:Plan {id: $plan})
DETACH DELETE p
RETURN count(*) AS plansDeleted
