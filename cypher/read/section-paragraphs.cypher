// The paragraphs directly under each section, in document order.
UNWIND $ids AS id
MATCH (s:Section {id: id})
CALL (s) {
  MATCH (p:Paragraph)-[:PART_OF]->(s)
  WITH p ORDER BY p.start, p.id
  RETURN collect(properties(p)) AS paragraphs
}
RETURN id, paragraphs
