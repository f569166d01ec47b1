// Chinese full-text search over entity names and aliases (cjk bigrams; the
// caller passes a quoted, escaped phrase). Ranked by score, then id; the
// cursor carries [score, id] of the last row seen. Only entities some plan in
// $plans speaks of, when $plans is given.
CALL db.index.fulltext.queryNodes('entity_search', $phrase) YIELD node, score
WHERE ($types IS NULL OR node.type IN $types)
  AND ($plans IS NULL OR EXISTS { (node)-[r]-() WHERE r.plan IN $plans })
  AND ($after IS NULL OR score < $after[0] OR (score = $after[0] AND node.id > $after[1]))
RETURN node {.id, .type, .name, .aliases, .level, .number, .heading, .path, .units} AS node, score
ORDER BY score DESC, node.id
LIMIT $limit
