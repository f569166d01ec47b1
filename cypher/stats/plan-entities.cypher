// Entities a plan speaks of: those its facts touch (an entity shared by two
// plans counts for both).
MATCH (e:Entity)-[r]-()
WHERE r.plan IS NOT NULL
RETURN r.plan AS plan, e.type AS type, count(DISTINCT e) AS count
ORDER BY plan, type
