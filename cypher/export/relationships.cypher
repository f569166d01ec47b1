// Relationships of the whole graph ($plans null) or those some plans wrote.
MATCH (a)-[r]->(b)
WHERE $plans IS NULL OR r.plan IN $plans
RETURN r.id AS id, type(r) AS type, a.id AS start, b.id AS end, properties(r) AS properties
ORDER BY id, type, start, end
