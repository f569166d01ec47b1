// Probe a full-text index (entity_search, paragraph_search) with a Lucene
// query, e.g. '"高新区"' (a phrase: adjacent bigrams, i.e. a substring).
CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
RETURN node.id AS id, score
ORDER BY score DESC, id
LIMIT 100
