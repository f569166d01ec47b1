// Entities by graph id (`Enterprise:鞍钢集团有限公司`), for the per-request
// DataLoader: one row per id found, in any order (the loader re-orders).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN properties(n) AS node
