CYPHER replan=skip
UNWIND $rows AS row
MERGE (s:Section {id: row.id})
SET s = row
RETURN count(s) AS written
