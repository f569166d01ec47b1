// Up to three nested relationship fields in ONE query, for traversals such
// as area → parks → enterprises → plans (src/api/schema/traverse.ts decides
// when; otherwise each field is its own batched query). From each entity in
// $ids, level k follows $tk (relationship types) to nodes labelled $lk, in
// direction $dk ('out', 'in' or 'any'), only facts of plan $pk when it is not
// null, the first $nk distinct nodes by name. An empty $tk stops there.
// $plansk adds the plans around each node of level k (level 0: the roots).
// Types, labels and directions come from the API's fixed field table.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, n {.id, .type, .name, .aliases, .level, .number, .heading, .path, .units} AS node,
  CASE WHEN $plans0 THEN COLLECT { MATCH (n)-[r]-() WITH DISTINCT r.plan AS pid MATCH (p:Plan {id: pid}) WITH p ORDER BY p.id RETURN properties(p) } END AS plans,
  CASE WHEN size($t1) = 0 THEN null ELSE COLLECT {
    MATCH (n)-[r1:$any($t1)]-(m1:$any($l1))
    WHERE ($d1 = 'any' OR ($d1 = 'out') = (startNode(r1) = n)) AND ($p1 IS NULL OR r1.plan = $p1)
    WITH DISTINCT m1 ORDER BY m1.name, m1.id LIMIT $n1
    RETURN {
      node: m1 {.id, .type, .name, .aliases, .level, .number, .heading, .path, .units},
      plans: CASE WHEN $plans1 THEN COLLECT { MATCH (m1)-[r]-() WITH DISTINCT r.plan AS pid MATCH (p:Plan {id: pid}) WITH p ORDER BY p.id RETURN properties(p) } END,
      children: CASE WHEN size($t2) = 0 THEN null ELSE COLLECT {
        MATCH (m1)-[r2:$any($t2)]-(m2:$any($l2))
        WHERE ($d2 = 'any' OR ($d2 = 'out') = (startNode(r2) = m1)) AND ($p2 IS NULL OR r2.plan = $p2)
        WITH DISTINCT m2 ORDER BY m2.name, m2.id LIMIT $n2
        RETURN {
          node: m2 {.id, .type, .name, .aliases, .level, .number, .heading, .path, .units},
          plans: CASE WHEN $plans2 THEN COLLECT { MATCH (m2)-[r]-() WITH DISTINCT r.plan AS pid MATCH (p:Plan {id: pid}) WITH p ORDER BY p.id RETURN properties(p) } END,
          children: CASE WHEN size($t3) = 0 THEN null ELSE COLLECT {
            MATCH (m2)-[r3:$any($t3)]-(m3:$any($l3))
            WHERE ($d3 = 'any' OR ($d3 = 'out') = (startNode(r3) = m2)) AND ($p3 IS NULL OR r3.plan = $p3)
            WITH DISTINCT m3 ORDER BY m3.name, m3.id LIMIT $n3
            RETURN {
              node: m3 {.id, .type, .name, .aliases, .level, .number, .heading, .path, .units},
              plans: CASE WHEN $plans3 THEN COLLECT { MATCH (m3)-[r]-() WITH DISTINCT r.plan AS pid MATCH (p:Plan {id: pid}) WITH p ORDER BY p.id RETURN properties(p) } END
            }
          } END
        }
      } END
    }
  } END AS children
