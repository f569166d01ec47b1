// One Plan node; `SET p = $props` replaces every property, so a property the
// new extraction dropped disappears too. $props includes id and contentHash.
CYPHER replan=skip
MERGE (p:Plan {id: $props.id})
SET p = $props
RETURN count(p) AS written
