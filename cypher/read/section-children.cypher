// The direct sub-sections of each section, in document order.
UNWIND $ids AS id
MATCH (parent:Section {id: id})
CALL (parent) {
  MATCH (child:Section)-[:PART_OF]->(parent)
  WITH child ORDER BY child.start, child.id
  RETURN collect(properties(child)) AS children
}
RETURN id, children
