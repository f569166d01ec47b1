// The entities each paragraph names: facts whose provenance is the paragraph
// (a mention or any relation), distinct, by name.
UNWIND $ids AS id
MATCH (p:Paragraph {id: id})
CALL (p) {
  MATCH (p)-[:PART_OF]->(:Section)<-[m:MENTIONED_IN]-(e:Entity)
  WHERE m.paragraph = p.id
  WITH DISTINCT e ORDER BY e.name, e.id
  LIMIT $limit
  RETURN collect(e {.id, .type, .name, .aliases, .level, .number, .heading, .path, .units}) AS entities
}
RETURN id, entities
