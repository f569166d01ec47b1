// Entities are shared between plans: `+=` keeps what other plans wrote and
// aliases accumulate (first-seen order); the full-text index covers name and aliases.
UNWIND $rows AS row
MERGE (n:Entity:IndustrialPark {id: row.id})
SET n += row.props
WITH n, row, coalesce(n.aliases, []) AS known
SET n.aliases = known + [a IN row.aliases WHERE NOT a IN known]
RETURN count(n) AS written
