// What `paths` draws once the search (read/path-expand) has found the paths:
// the nodes $keys (element ids) as rows, and for each pair in $hops every fact
// along $types between its two nodes, either direction, ordered by type and
// id so the caller picks the same one each time. The fact types are spelled
// in the pattern ($types, a subset, narrows them), as in read/path-expand.
CALL () {
  UNWIND $keys AS key
  MATCH (n) WHERE elementId(n) = key
  RETURN collect({key: key, node: properties(n), isPlan: n:Plan}) AS nodes
}
CALL () {
  UNWIND $hops AS hop
  MATCH (a) WHERE elementId(a) = hop[0]
  MATCH (b) WHERE elementId(b) = hop[1]
  MATCH (a)-[r:LOCATED_IN|LED_BY|HOSTS|DEVELOPS|INVOLVES|HAS_TARGET]-(b) WHERE type(r) IN $types
  WITH hop, r ORDER BY type(r), r.id
  RETURN collect({hop: hop, edge: {id: r.id, type: type(r), start: startNode(r).id, end: endNode(r).id, plan: r.plan, quote: r.quote}}) AS facts
}
RETURN nodes, facts
