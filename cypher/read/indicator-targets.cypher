// compareIndicator: every HAS_TARGET of the indicators called $name (name or
// alias, exactly), one row per plan statement, by plan and position.
MATCH (i:Indicator)
WHERE i.name = $name OR $name IN i.aliases
MATCH (p:Plan)-[t:HAS_TARGET]->(i)
RETURN properties(i) AS indicator, properties(p) AS plan, properties(t) AS target
ORDER BY p.id, t.start, t.id
