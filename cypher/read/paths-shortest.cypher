// `paths` in one round trip: both ends ($from, $to: an entity's graph id or a
// plan id), Neo4j's own bidirectional shortest-path search between them, and
// what the API draws, as read/path-parts returns it for the bounded BFS
// (src/api/path-search.ts), which answers instead when this search runs out
// of its time budget. No row when an end is unknown.
// A path follows $types (null: every fact type; the fact types are spelled in
// the pattern, $types narrows them) in either direction through entities and
// plans: facts join nothing else (cypher/README.md), so nodes need no label
// check. A node inside the path is neither of an entity type in
// $excludeTypes (null: none) nor one with more than $maxDegree facts (null:
// any). Every predicate on the path is universal (all(...) over its
// relationships or its nodes), so Neo4j checks it during its bidirectional
// breadth-first search and plans no fallback to enumerating whole paths (the
// old query's `length(p) <= $maxLength` in that WHERE did, up to the 5 s
// timeout when there was no path); maxLength is checked after the search,
// whose bound is the API's largest (6). A null parameter costs the search no
// db hit per step: PROFILE of the bench's pair, 680 → 308 in the search. The
// two MATCHes (one path, every shortest path) need the same WHERE: Cypher
// cannot choose shortestPath or allShortestPaths by parameter.
// shortestPath rather than SHORTEST 1 (a)(...){1,6}(b) with the same
// predicates inside: 0.6 against 1.6 ms, 689 against 1601 db hits, for the
// bench's pair.
// One shortest path, or with $all up to $limit of them, in key order. From a
// node to itself: the path of length 0. Only what drawing needs (id, type,
// name; a plan's short title) unless $full; of facts, which end they start
// at (`out`: the hop's first) rather than both ends' ids, and their plans and
// quotes only when $provenance.
CALL () { MATCH (n:Entity {id: $from}) RETURN n UNION MATCH (n:Plan {id: $from}) RETURN n }
WITH n AS a
CALL () { MATCH (n:Entity {id: $to}) RETURN n UNION MATCH (n:Plan {id: $to}) RETURN n }
WITH a, n AS b
WITH COLLECT {
  WITH a, b WHERE a <> b AND NOT $all
  MATCH p = shortestPath((a)-[:LOCATED_IN|LED_BY|HOSTS|DEVELOPS|INVOLVES|HAS_TARGET*1..6]-(b))
  WHERE all(r IN relationships(p) WHERE $types IS NULL OR type(r) IN $types)
    AND all(m IN nodes(p) WHERE m = a OR m = b OR (($excludeTypes IS NULL OR NOT coalesce(m.type IN $excludeTypes, false))
      AND ($maxDegree IS NULL OR COUNT { (m)-[:LOCATED_IN|LED_BY|HOSTS|DEVELOPS|INVOLVES|HAS_TARGET]-() } <= $maxDegree)))
  WITH p WHERE length(p) <= $maxLength
  RETURN nodes(p) AS route
  UNION
  WITH a, b WHERE a <> b AND $all
  MATCH p = allShortestPaths((a)-[:LOCATED_IN|LED_BY|HOSTS|DEVELOPS|INVOLVES|HAS_TARGET*1..6]-(b))
  WHERE all(r IN relationships(p) WHERE $types IS NULL OR type(r) IN $types)
    AND all(m IN nodes(p) WHERE m = a OR m = b OR (($excludeTypes IS NULL OR NOT coalesce(m.type IN $excludeTypes, false))
      AND ($maxDegree IS NULL OR COUNT { (m)-[:LOCATED_IN|LED_BY|HOSTS|DEVELOPS|INVOLVES|HAS_TARGET]-() } <= $maxDegree)))
  WITH p WHERE length(p) <= $maxLength
  WITH DISTINCT nodes(p) AS route ORDER BY [n IN route | elementId(n)] LIMIT $limit
  RETURN route
  UNION
  WITH a, b WHERE a = b
  RETURN [a] AS route
} AS routes
RETURN
  [route IN routes | [n IN route | elementId(n)]] AS paths,
  COLLECT {
    UNWIND routes AS route UNWIND route AS n
    WITH DISTINCT n
    RETURN {key: elementId(n), isPlan: n:Plan,
      node: CASE WHEN $full THEN properties(n) WHEN n:Plan THEN n {.id, .name, .shortTitle} ELSE n {.id, .type, .name} END}
  } AS nodes,
  COLLECT {
    UNWIND routes AS route UNWIND range(0, size(route) - 2) AS i
    WITH DISTINCT route[i] AS x, route[i + 1] AS y
    MATCH (x)-[r:LOCATED_IN|LED_BY|HOSTS|DEVELOPS|INVOLVES|HAS_TARGET]-(y) WHERE $types IS NULL OR type(r) IN $types
    WITH x, y, r, {id: r.id, type: type(r)} AS fact ORDER BY fact.type, fact.id
    RETURN {hop: [elementId(x), elementId(y)], out: startNode(r) = x,
      fact: CASE WHEN $provenance THEN fact {.*, plan: r.plan, quote: r.quote} ELSE fact END}
  } AS facts
