// Entities by graph id (`Enterprise:鞍钢集团有限公司`), for the per-request
// DataLoader: one row per id found, in any order (the loader re-orders).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n {.id, .type, .name, .aliases, .level, .number, .heading, .path, .units} AS node
