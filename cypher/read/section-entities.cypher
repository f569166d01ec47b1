// The entities mentioned in each section (not its sub-sections), by name.
UNWIND $ids AS id
MATCH (s:Section {id: id})
CALL (s) {
  MATCH (n:Entity)-[:MENTIONED_IN]->(s)
  WHERE $types IS NULL OR n.type IN $types
  WITH DISTINCT n ORDER BY n.name, n.id
  LIMIT $limit
  RETURN collect(n {.id, .type, .name, .aliases, .level, .number, .heading, .path, .units}) AS entities
}
RETURN id, entities
