// Plans by plan id, for the per-request DataLoader.
UNWIND $ids AS id
MATCH (p:Plan {id: id})
RETURN properties(p) AS plan
