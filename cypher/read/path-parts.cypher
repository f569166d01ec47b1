// What `paths` draws once the search (read/path-expand) has found the paths:
// the nodes $keys (element ids) as rows, and for each pair in $hops every fact
// along $types between its two nodes, either direction, ordered by type and
// id so the caller picks the same one each time, as read/paths-shortest
// returns them: which end each starts at (`out`: the hop's first). The fact
// types are spelled in the pattern ($types, a subset or null, narrows them),
// as in read/path-expand.
CALL () {
  UNWIND $keys AS key
  MATCH (n) WHERE elementId(n) = key
  RETURN collect({key: key, node: properties(n), isPlan: n:Plan}) AS nodes
}
CALL () {
  UNWIND $hops AS hop
  MATCH (a) WHERE elementId(a) = hop[0]
  MATCH (b) WHERE elementId(b) = hop[1]
  MATCH (a)-[r:LOCATED_IN|LED_BY|HOSTS|DEVELOPS|INVOLVES|HAS_TARGET]-(b) WHERE $types IS NULL OR type(r) IN $types
  WITH hop, a, r, {id: r.id, type: type(r)} AS fact ORDER BY fact.type, fact.id
  RETURN collect({hop: hop, out: startNode(r) = a, fact: fact {.*, plan: r.plan, quote: r.quote}}) AS facts
}
RETURN nodes, facts
