// After schema.cypher: wait until new indexes are online, so the first queries use them.
CALL db.awaitIndexes($timeoutSeconds)
