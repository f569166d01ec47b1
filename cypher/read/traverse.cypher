// Up to three nested relationship fields in ONE query, for traversals such
// as area → parks → enterprises → plans (src/api/traverse.ts decides when;
// otherwise each field is its own batched query). From each entity in $ids,
// level k follows $tk (relationship types) to nodes labelled $lk, in
// direction $dk ('out', 'in' or 'any'), only facts of plan $pk when it is not
// null, the first $nk distinct nodes by name. An empty $tk stops there.
// $plansk adds the plan ids around each node of level k (level 0: the roots);
// `planTable` has each of those plans once, so a plan named by many nodes
// crosses the wire once. Each direction is its own branch of a UNION whose
// parameter-only test switches it off, so no per-row direction test runs.
// Types, labels and directions come from the API's fixed field table.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WITH id, n {.id, .type, .name, .aliases, .level, .number, .heading, .path, .units} AS node,
  CASE WHEN $plans0 THEN COLLECT { MATCH (n)-[r]-() WITH DISTINCT r.plan AS pid ORDER BY pid RETURN pid } END AS plans,
  CASE WHEN size($t1) = 0 THEN null ELSE COLLECT {
    CALL (n) {
      MATCH (n)-[r1:$any($t1)]->(m1:$any($l1)) WHERE $d1 <> 'in' AND ($p1 IS NULL OR r1.plan = $p1) RETURN m1
      UNION
      MATCH (n)<-[r1:$any($t1)]-(m1:$any($l1)) WHERE $d1 <> 'out' AND ($p1 IS NULL OR r1.plan = $p1) RETURN m1
    }
    WITH m1 ORDER BY m1.name, m1.id LIMIT $n1
    RETURN {
      node: m1 {.id, .type, .name, .aliases, .level, .number, .heading, .path, .units},
      plans: CASE WHEN $plans1 THEN COLLECT { MATCH (m1)-[r]-() WITH DISTINCT r.plan AS pid ORDER BY pid RETURN pid } END,
      children: CASE WHEN size($t2) = 0 THEN null ELSE COLLECT {
        CALL (m1) {
          MATCH (m1)-[r2:$any($t2)]->(m2:$any($l2)) WHERE $d2 <> 'in' AND ($p2 IS NULL OR r2.plan = $p2) RETURN m2
          UNION
          MATCH (m1)<-[r2:$any($t2)]-(m2:$any($l2)) WHERE $d2 <> 'out' AND ($p2 IS NULL OR r2.plan = $p2) RETURN m2
        }
        WITH m2 ORDER BY m2.name, m2.id LIMIT $n2
        RETURN {
          node: m2 {.id, .type, .name, .aliases, .level, .number, .heading, .path, .units},
          plans: CASE WHEN $plans2 THEN COLLECT { MATCH (m2)-[r]-() WITH DISTINCT r.plan AS pid ORDER BY pid RETURN pid } END,
          children: CASE WHEN size($t3) = 0 THEN null ELSE COLLECT {
            CALL (m2) {
              MATCH (m2)-[r3:$any($t3)]->(m3:$any($l3)) WHERE $d3 <> 'in' AND ($p3 IS NULL OR r3.plan = $p3) RETURN m3
              UNION
              MATCH (m2)<-[r3:$any($t3)]-(m3:$any($l3)) WHERE $d3 <> 'out' AND ($p3 IS NULL OR r3.plan = $p3) RETURN m3
            }
            WITH m3 ORDER BY m3.name, m3.id LIMIT $n3
            RETURN {
              node: m3 {.id, .type, .name, .aliases, .level, .number, .heading, .path, .units},
              plans: CASE WHEN $plans3 THEN COLLECT { MATCH (m3)-[r]-() WITH DISTINCT r.plan AS pid ORDER BY pid RETURN pid } END
            }
          } END
        }
      } END
    }
  } END AS children
WITH id, node, plans, children, COLLECT {
    UNWIND coalesce(plans, []) AS pid RETURN pid
    UNION
    UNWIND coalesce(children, []) AS c1 UNWIND coalesce(c1.plans, []) AS pid RETURN pid
    UNION
    UNWIND coalesce(children, []) AS c1 UNWIND coalesce(c1.children, []) AS c2 UNWIND coalesce(c2.plans, []) AS pid RETURN pid
    UNION
    UNWIND coalesce(children, []) AS c1 UNWIND coalesce(c1.children, []) AS c2 UNWIND coalesce(c2.children, []) AS c3 UNWIND coalesce(c3.plans, []) AS pid RETURN pid
  } AS planIds
RETURN id, node, plans, children, COLLECT { MATCH (p:Plan) WHERE p.id IN planIds RETURN properties(p) } AS planTable
