// Full-text search over the plans' own text (paragraph_search, cjk bigrams;
// the caller passes a quoted, escaped phrase). Ranked by score, then id; the
// cursor carries [score, id] of the last row seen. Only paragraphs of $plans
// when given.
CALL db.index.fulltext.queryNodes('paragraph_search', $phrase) YIELD node, score
WHERE ($plans IS NULL OR node.plan IN $plans)
  AND ($after IS NULL OR score < $after[0] OR (score = $after[0] AND node.id > $after[1]))
RETURN properties(node) AS paragraph, score
ORDER BY score DESC, paragraph.id
LIMIT $limit
