// The graph's constraints and indexes, applied at every start by
// src/graph/migrate.ts. Statements end with `;` and must be idempotent
// (IF NOT EXISTS): running this file twice changes nothing.

// Every entity (and Plan/Section/Paragraph) has a stable id, e.g. `Enterprise:鞍钢集团`.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
