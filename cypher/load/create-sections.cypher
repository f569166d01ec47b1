// Sections, created: the plan's Sections were deleted earlier in the same
// transaction (or the plan is new), and their ids start with the plan id, so
// MERGE's lookup would find nothing (cypher/README.md, "Why CREATE"). The
// uniqueness constraint on id fails the plan rather than duplicate a node.
CYPHER replan=skip
UNWIND $rows AS row
CREATE (s:Section)
SET s = row
RETURN count(s) AS written
