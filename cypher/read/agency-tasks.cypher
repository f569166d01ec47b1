// The tasks each agency is responsible for (LED_BY), led ones first, then by task id.
UNWIND $ids AS id
MATCH (a:GovernmentAgency {id: id})
CALL (a) {
  MATCH (t:Task)-[r:LED_BY]->(a)
  WHERE ($lead IS NULL OR r.lead = $lead) AND ($plan IS NULL OR r.plan = $plan)
  WITH r, t ORDER BY r.lead DESC, t.id
  LIMIT $limit
  RETURN collect({fact: properties(r), task: t {.id, .type, .name, .aliases, .level, .number, .heading, .path, .units}}) AS assignments
}
RETURN id, assignments
