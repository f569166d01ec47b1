// One level of `paths`' breadth-first search (src/api/path-search.ts): the
// neighbours of the nodes $frontier (element ids) along $types (null: every
// fact type), in either direction, that a path may pass through: entities and
// plans (facts join nothing else, cypher/README.md), and, unless the
// neighbour is one of the two ends ($ends), not of an entity type in
// $excludeTypes (null: none) nor with more than $maxDegree facts (null: any), so
// that callers can route around hubs such as 辽宁省. At most $limit rows (the
// search's budget; the caller treats a full page as truncated).
// Element ids, not graph ids: a seek by element id needs no label or index.
// The fact types are spelled in the pattern ($types, from the API's FactType
// enum, only narrows them): typed expansion skips MENTIONED_IN and PART_OF,
// 955 → 548 db hits for one level from 鞍山市 and both ends of the bench's pair.
UNWIND $frontier AS key
MATCH (n) WHERE elementId(n) = key
MATCH (n)-[r:LOCATED_IN|LED_BY|HOSTS|DEVELOPS|INVOLVES|HAS_TARGET]-(m)
WHERE ($types IS NULL OR type(r) IN $types)
  AND (elementId(m) IN $ends OR (
    ($excludeTypes IS NULL OR NOT coalesce(m.type IN $excludeTypes, false))
    AND ($maxDegree IS NULL OR COUNT { (m)-[:LOCATED_IN|LED_BY|HOSTS|DEVELOPS|INVOLVES|HAS_TARGET]-() } <= $maxDegree)))
RETURN DISTINCT key AS from, elementId(m) AS to
LIMIT $limit
