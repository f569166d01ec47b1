// Per area: the entities of $labels that facts of $types lead to (either
// direction) from the area or any area located in it (districts, counties,
// towns: up to 4 LOCATED_IN levels, through areas only) and, when $viaParks,
// from the parks located in any of those; distinct, by name.
// `type(r) IN $types` on an untyped pattern, as in read/neighborhood.
UNWIND $ids AS id
MATCH (a:AdminArea {id: id})
CALL (a) {
  MATCH (a) ((:AdminArea)<-[:LOCATED_IN]-(:AdminArea)){0,4} (sub:AdminArea)
  WITH DISTINCT sub
  CALL (sub) {
    RETURN sub AS place
    UNION
    MATCH (park:IndustrialPark)-[:LOCATED_IN]->(sub) WHERE $viaParks
    RETURN park AS place
  }
  WITH DISTINCT place
  MATCH (place)-[r]-(m:Entity)
  WHERE type(r) IN $types AND m.type IN $labels AND ($plan IS NULL OR r.plan = $plan)
  WITH DISTINCT m ORDER BY m.name, m.id
  LIMIT $limit
  RETURN collect(m {.id, .type, .name, .aliases, .level, .number, .heading, .path, .units}) AS nodes
}
RETURN id, nodes
