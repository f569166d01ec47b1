// One row per plan with its document size; facts and entities per plan come
// from plan-relationships and plan-entities.
MATCH (p:Plan)
CALL (p) {
  OPTIONAL MATCH (s:Section {plan: p.id})
  RETURN count(s) AS sections
}
CALL (p) {
  OPTIONAL MATCH (g:Paragraph {plan: p.id})
  RETURN count(g) AS paragraphs
}
RETURN p.id AS plan, p.name AS name, p.contentHash AS contentHash, p.ingestedAt AS ingestedAt,
       sections, paragraphs
ORDER BY plan
