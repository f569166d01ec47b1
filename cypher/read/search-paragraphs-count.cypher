// How many paragraphs search-paragraphs would return over all pages.
CALL db.index.fulltext.queryNodes('paragraph_search', $phrase) YIELD node
WHERE $plans IS NULL OR node.plan IN $plans
RETURN count(node) AS count
