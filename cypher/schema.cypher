// The graph's constraints and indexes, applied at every start by
// src/graph/migrate.ts. Statements end with `;` and must be idempotent
// (IF NOT EXISTS): running this file twice changes nothing.

// Every entity (and Plan/Section/Paragraph) has a stable id, e.g. `Enterprise:鞍钢集团`.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;

// ---- Graph model (issue #5): cypher/README.md describes it.
// Uniqueness on `id` for every label and fact type: MERGE relies on them, and
// they must exist before the first MERGE (a MERGE without one can race into duplicates).
CREATE CONSTRAINT plan_id IF NOT EXISTS FOR (n:Plan) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT section_id IF NOT EXISTS FOR (n:Section) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT paragraph_id IF NOT EXISTS FOR (n:Paragraph) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT admin_area_id IF NOT EXISTS FOR (n:AdminArea) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT industrial_park_id IF NOT EXISTS FOR (n:IndustrialPark) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT enterprise_id IF NOT EXISTS FOR (n:Enterprise) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT indicator_id IF NOT EXISTS FOR (n:Indicator) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT government_agency_id IF NOT EXISTS FOR (n:GovernmentAgency) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT task_id IF NOT EXISTS FOR (n:Task) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT institution_id IF NOT EXISTS FOR (n:Institution) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT industry_id IF NOT EXISTS FOR (n:Industry) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT located_in_id IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT led_by_id IF NOT EXISTS FOR ()-[r:LED_BY]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT hosts_id IF NOT EXISTS FOR ()-[r:HOSTS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT develops_id IF NOT EXISTS FOR ()-[r:DEVELOPS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT mentioned_in_id IF NOT EXISTS FOR ()-[r:MENTIONED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT has_target_id IF NOT EXISTS FOR ()-[r:HAS_TARGET]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT involves_id IF NOT EXISTS FOR ()-[r:INVOLVES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.id IS UNIQUE;

// Lookups the loader and the API make.
CREATE INDEX section_plan IF NOT EXISTS FOR (n:Section) ON (n.plan);
CREATE INDEX paragraph_plan IF NOT EXISTS FOR (n:Paragraph) ON (n.plan);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type);
// crossPlan and `orderBy: PLAN_COUNT`: entities of a type by their stored planCount.
CREATE INDEX entity_type_plan_count IF NOT EXISTS FOR (n:Entity) ON (n.type, n.planCount);
// The response cache's graph version (load/bump-graph-version).
CREATE CONSTRAINT graph_meta_id IF NOT EXISTS FOR (n:GraphMeta) REQUIRE n.id IS UNIQUE;
// A plan's facts, per type: clearing a plan on re-ingest and per-plan filters.
CREATE INDEX located_in_plan IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.plan);
CREATE INDEX led_by_plan IF NOT EXISTS FOR ()-[r:LED_BY]-() ON (r.plan);
CREATE INDEX hosts_plan IF NOT EXISTS FOR ()-[r:HOSTS]-() ON (r.plan);
CREATE INDEX develops_plan IF NOT EXISTS FOR ()-[r:DEVELOPS]-() ON (r.plan);
CREATE INDEX mentioned_in_plan IF NOT EXISTS FOR ()-[r:MENTIONED_IN]-() ON (r.plan);
CREATE INDEX has_target_plan IF NOT EXISTS FOR ()-[r:HAS_TARGET]-() ON (r.plan);
CREATE INDEX involves_plan IF NOT EXISTS FOR ()-[r:INVOLVES]-() ON (r.plan);

// Chinese search by substring: the cjk analyzer indexes character bigrams, so
// a phrase query for 鞍钢 or 高新区 matches inside longer names and paragraphs.
// Neo4j 5.26 full-text indexes take LIST<STRING> properties, so aliases are
// indexed as they are (checked against 5.26.30: an alias-only match is found).
// Eventually consistent: Lucene work leaves the commit path (~20% of a plan's
// write time); loadPlan waits for the refresh unless told not to (cypher/README.md).
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true}};
CREATE FULLTEXT INDEX paragraph_search IF NOT EXISTS FOR (n:Paragraph) ON EACH [n.text]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true}};
