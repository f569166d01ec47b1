// The full-text indexes are eventually consistent (schema.cypher): after a
// load, wait until they include what was committed, so searches see it.
CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()
