// The metadata the executor attached to the running transaction ({app, query}):
// what `SHOW TRANSACTIONS` and query.log show for our queries. For diagnostics and tests.
CALL tx.getMetaData() YIELD metadata
RETURN metadata
