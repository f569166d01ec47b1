// How many mentions each entity has (in $plan, or in all plans).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, COUNT { (n)-[m:MENTIONED_IN]->(:Section) WHERE $plan IS NULL OR m.plan = $plan } AS count
