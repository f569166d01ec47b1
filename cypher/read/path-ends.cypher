// The two ends of `paths`: each of $ids (an entity's graph id or a plan id)
// with its element id, the key read/path-expand and read/path-parts work with.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Entity {id: id}) RETURN n
  UNION
  MATCH (n:Plan {id: id}) RETURN n
}
RETURN id, elementId(n) AS key
