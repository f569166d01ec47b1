// The parent section of each section (none for a plan's root section).
UNWIND $ids AS id
MATCH (child:Section {id: id})-[:PART_OF]->(parent:Section)
RETURN id, properties(parent) AS parent
