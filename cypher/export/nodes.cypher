// Nodes of the whole graph ($plans null) or of some plans: their Plan,
// Section and Paragraph nodes and every entity one of their facts touches.
// Ordered by id so exports and content hashes are stable.
CALL () {
  MATCH (n:Plan) WHERE $plans IS NULL OR n.id IN $plans RETURN n
  UNION
  MATCH (n:Section) WHERE $plans IS NULL OR n.plan IN $plans RETURN n
  UNION
  MATCH (n:Paragraph) WHERE $plans IS NULL OR n.plan IN $plans RETURN n
  UNION
  MATCH (n:Entity) WHERE $plans IS NULL OR EXISTS { (n)-[r]-() WHERE r.plan IN $plans } RETURN n
}
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
ORDER BY id
