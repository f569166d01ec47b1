// Sections by id, for the per-request DataLoader.
UNWIND $ids AS id
MATCH (s:Section {id: id})
RETURN properties(s) AS section
