// `paths` with all = true: every shortest path (up to $limit) between two
// entities or plans along $types, either direction, at most $maxLength long.
CALL () {
  MATCH (n:Entity {id: $from}) RETURN n
  UNION
  MATCH (n:Plan {id: $from}) RETURN n
}
WITH n AS a
CALL () {
  MATCH (n:Entity {id: $to}) RETURN n
  UNION
  MATCH (n:Plan {id: $to}) RETURN n
}
WITH a, n AS b
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE length(p) <= $maxLength AND all(r IN relationships(p) WHERE type(r) IN $types)
WITH p LIMIT $limit
RETURN [n IN nodes(p) | {node: properties(n), isPlan: n:Plan}] AS nodes,
  [r IN relationships(p) | {id: r.id, type: type(r), start: startNode(r).id, end: endNode(r).id, plan: r.plan, quote: r.quote}] AS edges
