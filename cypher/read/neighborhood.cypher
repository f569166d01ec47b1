// `neighborhood` in one round trip: the centre ($id, a plan when $isPlan)
// and up to $depth hops (1 to 3) around it, breadth first. Each hop expands
// only the nodes first reached in the hop before (its frontier, in order), to
// up to $limit distinct neighbours per node along $types (null: every fact
// type) in either direction, by id, with every relationship between the two
// (only facts of $plans, when given). $entityTypes (or null) filters
// neighbouring entities by type; plans always pass. Once more than $maxNodes
// distinct nodes are reached no further hop runs (the API marks the graph
// truncated), which bounds the work.
// The fact types are spelled in the pattern, so no other relationship
// (MENTIONED_IN, PART_OF…) is expanded and no document is reached: facts join
// only entities and plans (cypher/README.md), so neighbours need no label
// check. A null $types or $entityTypes costs no db hit per relationship:
// PROFILE for BMW at depth 2, 505 → 430 (`type(r) IN $types` reads each type).
// What comes back is what a hand-written query returns: per hop the nodes it
// reached first, in the order reached, and each relationship once, in the
// order first met (not the nodes and facts of every expanded pair, with
// facts between frontier nodes twice): for BMW at depth 2, 636 → 430 db hits
// and 18.1 → 13.2 kB as JSON (the hand-written query in bench/api-operations.ts:
// 412 db hits, 13.3 kB).
// Only what drawing needs (id, type, name; a plan's short title) unless $full;
// of facts only type and ends, their ids when $factIds and plan and quote
// when $provenance: the API asks for more when selected.
CALL () {
  MATCH (c:Entity {id: $id}) WHERE NOT $isPlan
  RETURN c, CASE WHEN $full THEN c {.id, .type, .name, .aliases, .level, .number, .heading, .path, .units} ELSE c {.id, .type, .name} END AS centre
  UNION
  MATCH (c:Plan {id: $id}) WHERE $isPlan
  RETURN c, CASE WHEN $full THEN properties(c) ELSE c {.id, .name, .shortTitle} END AS centre
}
CALL (c) {
  UNWIND [c] AS n
  CALL (n) {
    MATCH (n)-[r:LOCATED_IN|LED_BY|HOSTS|DEVELOPS|INVOLVES|HAS_TARGET]-(m)
    WHERE ($types IS NULL OR type(r) IN $types) AND ($plans IS NULL OR r.plan IN $plans) AND ($entityTypes IS NULL OR m:Plan OR m.type IN $entityTypes)
    WITH m, collect(r) AS rels ORDER BY m.id
    LIMIT $limit
    RETURN m, rels
  }
  RETURN collect(m) AS nodes1, collect(rels) AS rels1
}
WITH c, centre, rels1, [m IN nodes1 WHERE m <> c] AS frontier1
CALL (frontier1) {
  UNWIND CASE WHEN $depth >= 2 AND size(frontier1) + 1 <= $maxNodes THEN frontier1 ELSE [] END AS n
  CALL (n) {
    MATCH (n)-[r:LOCATED_IN|LED_BY|HOSTS|DEVELOPS|INVOLVES|HAS_TARGET]-(m)
    WHERE ($types IS NULL OR type(r) IN $types) AND ($plans IS NULL OR r.plan IN $plans) AND ($entityTypes IS NULL OR m:Plan OR m.type IN $entityTypes)
    WITH m, collect(r) AS rels ORDER BY m.id
    LIMIT $limit
    RETURN m, rels
  }
  RETURN collect(m) AS nodes2, collect(rels) AS rels2
}
WITH c, centre, rels1, rels2, frontier1,
  COLLECT { UNWIND nodes2 AS m WITH DISTINCT m WHERE m <> c AND NOT m IN frontier1 RETURN m } AS frontier2
CALL (frontier1, frontier2) {
  UNWIND CASE WHEN $depth >= 3 AND 1 + size(frontier1) + size(frontier2) <= $maxNodes THEN frontier2 ELSE [] END AS n
  CALL (n) {
    MATCH (n)-[r:LOCATED_IN|LED_BY|HOSTS|DEVELOPS|INVOLVES|HAS_TARGET]-(m)
    WHERE ($types IS NULL OR type(r) IN $types) AND ($plans IS NULL OR r.plan IN $plans) AND ($entityTypes IS NULL OR m:Plan OR m.type IN $entityTypes)
    WITH m, collect(r) AS rels ORDER BY m.id
    LIMIT $limit
    RETURN m, rels
  }
  RETURN collect(m) AS nodes3, collect(rels) AS rels3
}
WITH centre, rels1 + rels2 + rels3 AS rels, [frontier1, frontier2,
  COLLECT { UNWIND nodes3 AS m WITH DISTINCT m WHERE m <> c AND NOT m IN frontier1 AND NOT m IN frontier2 RETURN m }] AS reached
RETURN centre,
  [hop IN reached | [m IN hop | {
    node: CASE WHEN NOT $full THEN CASE WHEN m:Plan THEN m {.id, .name, .shortTitle} ELSE m {.id, .type, .name} END
      WHEN m:Plan THEN properties(m) ELSE m {.id, .type, .name, .aliases, .level, .number, .heading, .path, .units} END,
    isPlan: m:Plan
  }]] AS hops,
  COLLECT {
    UNWIND rels AS pair UNWIND pair AS r
    WITH DISTINCT r
    WITH r, {type: type(r), start: startNode(r).id, end: endNode(r).id} AS edge
    WITH r, CASE WHEN $factIds THEN edge {.*, id: r.id} ELSE edge END AS edge
    RETURN CASE WHEN $provenance THEN edge {.*, plan: r.plan, quote: r.quote} ELSE edge END
  } AS edges
