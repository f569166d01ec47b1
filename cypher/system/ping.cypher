// Readiness probe: the cheapest query that needs a working database.
RETURN 1 AS ok
