// A page of each entity's mentions, ordered by (plan, start, id): the keyset
// the cursor carries ($after = [plan, start, id] or null), so pages stay
// stable while other plans are re-ingested.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[m:MENTIONED_IN]->(s:Section)
  WHERE ($plan IS NULL OR m.plan = $plan)
    AND ($after IS NULL
      OR m.plan > $after[0]
      OR (m.plan = $after[0] AND (m.start > $after[1] OR (m.start = $after[1] AND m.id > $after[2]))))
  WITH m, s ORDER BY m.plan, m.start, m.id
  LIMIT $limit
  RETURN collect(m {.*, sectionPath: s.path, sectionHeading: s.heading}) AS mentions
}
RETURN id, mentions
