CYPHER replan=skip
UNWIND $rows AS row
MERGE (p:Paragraph {id: row.id})
SET p = row
RETURN count(p) AS written
