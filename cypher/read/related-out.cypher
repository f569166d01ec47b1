// One relationship field for a batch of entities: the distinct neighbours at
// the end of outgoing $types relationships, with one of $labels, by name.
// Types and labels come from the schema's fixed field table, never from users.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r:$any($types)]->(m:$any($labels))
  WHERE $plan IS NULL OR r.plan = $plan
  WITH DISTINCT m ORDER BY m.name, m.id
  LIMIT $limit
  RETURN collect(m {.id, .type, .name, .aliases, .level, .number, .heading, .path, .units}) AS nodes
}
RETURN id, nodes
