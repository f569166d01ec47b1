// One hop of `neighborhood`: for each frontier node (entity or plan), up to
// $limit distinct neighbours along $types in either direction, by id, with
// every relationship between the two. Documents (Section, Paragraph) are not
// neighbours. $entityTypes (or null) filters neighbouring entities by type.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Entity {id: id}) RETURN n
  UNION
  MATCH (n:Plan {id: id}) RETURN n
}
CALL (n) {
  MATCH (n)-[r:$any($types)]-(m)
  WHERE (m:Entity AND ($entityTypes IS NULL OR m.type IN $entityTypes)) OR m:Plan
  WITH m, collect(r) AS rels ORDER BY m.id
  LIMIT $limit
  RETURN m, rels
}
RETURN properties(m) AS node, m:Plan AS isPlan,
  [r IN rels | {id: r.id, type: type(r), start: startNode(r).id, end: endNode(r).id, plan: r.plan, quote: r.quote}] AS edges
