// How many entities `entities` would return over all its pages.
MATCH (n:Entity)
WHERE ($type IS NULL OR n.type = $type)
  AND ($nameContains IS NULL OR n.name CONTAINS $nameContains OR any(a IN n.aliases WHERE a CONTAINS $nameContains))
  AND ($plan IS NULL OR EXISTS { (n)-[r]-() WHERE r.plan = $plan })
RETURN count(n) AS count
