// Whether any plan has been ingested: `serve` seeds an empty graph.
OPTIONAL MATCH (p:Plan)
WITH p LIMIT 1
RETURN p IS NOT NULL AS hasPlan
