// Remove a plan's sections and paragraphs (and with them PART_OF and any
// mention still pointing at them). The Plan node itself stays: a re-ingest
// overwrites it, remove-plan deletes it.
CYPHER replan=skip
CALL () {
  MATCH (p:Paragraph {plan: $plan}) DETACH DELETE p
}
CALL () {
  MATCH (s:Section {plan: $plan}) DETACH DELETE s
}
RETURN 0 AS done
