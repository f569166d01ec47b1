// A page of entities, filtered by type, plan (some relationship of the plan
// touches the entity) and name, in one of two keyset orders:
//   NAME:       (name, id)                    cursor [name, id]
//   PLAN_COUNT: (planCount DESC, name, id)    cursor [planCount, name, id]
MATCH (n:Entity)
WHERE ($type IS NULL OR n.type = $type)
  AND ($nameContains IS NULL OR n.name CONTAINS $nameContains OR any(a IN n.aliases WHERE a CONTAINS $nameContains))
  AND ($plan IS NULL OR EXISTS { (n)-[r]-() WHERE r.plan = $plan })
// planCount is stored on the entity by the loader (load/refresh-plan-counts).
WITH n, CASE WHEN $orderBy = 'PLAN_COUNT' THEN coalesce(n.planCount, 0) ELSE 0 END AS planCount
WHERE $after IS NULL
  OR ($orderBy = 'NAME' AND (n.name > $after[0] OR (n.name = $after[0] AND n.id > $after[1])))
  OR ($orderBy = 'PLAN_COUNT' AND (planCount < $after[0]
      OR (planCount = $after[0] AND (n.name > $after[1] OR (n.name = $after[1] AND n.id > $after[2])))))
RETURN n {.id, .type, .name, .aliases, .level, .number, .heading, .path, .units} AS node, planCount
ORDER BY planCount DESC, n.name, n.id
LIMIT $limit
