// Whole-graph totals for the `system` GraphQL field. Count-store lookups: O(1), no scan.
CALL () { MATCH (n) RETURN count(n) AS nodeCount }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationshipCount }
RETURN nodeCount, relationshipCount
