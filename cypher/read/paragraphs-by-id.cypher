// Paragraphs by id (the `paragraph` value of a fact's provenance), for the
// sentence and paragraph around a quote.
UNWIND $ids AS id
MATCH (p:Paragraph {id: id})
RETURN properties(p) AS paragraph
