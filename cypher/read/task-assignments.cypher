// The agencies of each task (LED_BY), lead first, then in the order the plan lists them.
UNWIND $ids AS id
MATCH (t:Task {id: id})
CALL (t) {
  MATCH (t)-[r:LED_BY]->(a:GovernmentAgency)
  WITH r, a ORDER BY r.lead DESC, r.order, a.id
  RETURN collect({fact: properties(r), agency: a {.id, .type, .name, .aliases, .level, .number, .heading, .path, .units}}) AS assignments
}
RETURN id, assignments
