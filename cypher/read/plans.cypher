// Every plan, oldest issue first, then by id (plans without a date last).
MATCH (p:Plan)
RETURN properties(p) AS plan
ORDER BY p.issued IS NULL, p.issued, p.id
