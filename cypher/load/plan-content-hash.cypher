// The content hash stored by the last committed ingest of a plan (null when absent;
// no row when the plan is not in the graph). loadPlan runs it first in its write transaction:
// equal to the new extraction's hash means there is nothing to write.
MATCH (p:Plan {id: $plan})
RETURN p.contentHash AS contentHash
