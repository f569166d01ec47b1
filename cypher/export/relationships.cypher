// Relationships of the whole graph ($plans null) or those some plans wrote.
// startIsPlan/endIsPlan: a Plan is stored under its plan id, which the root
// Section shares, so an export must know which one an end is.
MATCH (a)-[r]->(b)
WHERE $plans IS NULL OR r.plan IN $plans
RETURN r.id AS id, type(r) AS type, a.id AS start, b.id AS end, a:Plan AS startIsPlan, b:Plan AS endIsPlan,
       properties(r) AS properties
ORDER BY id, type, start, end
