// Entities are shared between plans: `+=` keeps what other plans wrote and
// aliases accumulate (first-seen order). searchText feeds the full-text index.
UNWIND $rows AS row
MERGE (n:Entity:Task {id: row.id})
SET n += row.props
WITH n, row, coalesce(n.aliases, []) AS known
SET n.aliases = known + [a IN row.aliases WHERE NOT a IN known]
SET n.searchText = reduce(text = n.name, a IN n.aliases | text + ' ' + a)
RETURN count(n) AS written
