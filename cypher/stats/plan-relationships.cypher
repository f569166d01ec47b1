// Every relationship the loader writes carries the plan it came from.
MATCH ()-[r]->()
WHERE r.plan IS NOT NULL
RETURN r.plan AS plan, type(r) AS type, count(*) AS count
ORDER BY plan, type
