// Readiness (/ready): a real read, not only `RETURN 1`. After a crash Neo4j
// accepts connections and answers `RETURN 1` while its indexes are still
// being recovered, and searches wait on them until they time out (issue #13:
// /ready said 200 for 30 s while every query ended in QUERY_TIMEOUT). So:
// every index online, and one search through the full-text index.
CALL db.awaitIndexes(0)
CALL db.index.fulltext.queryNodes('entity_search', 'ready') YIELD node
RETURN count(node) AS found
