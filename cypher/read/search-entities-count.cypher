// How many entities `search` would return over all its pages.
CALL db.index.fulltext.queryNodes('entity_search', $phrase) YIELD node
WHERE ($types IS NULL OR node.type IN $types)
  AND ($plans IS NULL OR EXISTS { (node)-[r]-() WHERE r.plan IN $plans })
RETURN count(node) AS count
