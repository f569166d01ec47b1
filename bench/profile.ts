// Database hits (PROFILE) of Q3 three ways on one store: the generic
// read/traverse (types and labels as parameters), the compiled text
// (compile-traverse.ts) and the hand-written Cypher of bench/api.ts. Unlike
// latency on a shared machine, db hits do not depend on the load.
// Run: npx tsx bench/profile.ts [data dir, default .data/bench-scale-1]
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { compileTraversal } from '../src/api/compile-traverse.js';
import { PROJECT_ROOT, readConfig } from '../src/graph/config.js';
import { startLocalNeo4j } from '../src/graph/local-neo4j.js';
import { query } from '../src/graph/queries.js';
import { freePort } from '../tests/setup/neo4j-global-setup.js';

const AREA = 'AdminArea:辽宁省/鞍山市';
const PARKS = { types: ['LOCATED_IN'], direction: 'in', labels: ['IndustrialPark'] } as const;
const ENTERPRISES = { types: ['HOSTS'], direction: 'out', labels: ['Enterprise'] } as const;
const HAND = `MATCH (a:AdminArea {id: $id})
RETURN a.name AS name, COLLECT {
  MATCH (a)<-[:LOCATED_IN]-(p:IndustrialPark) WITH DISTINCT p ORDER BY p.name, p.id LIMIT 20
  RETURN p {.name, enterprises: COLLECT {
    MATCH (p)-[:HOSTS]->(e:Enterprise) WITH DISTINCT e ORDER BY e.name, e.id LIMIT 20
    RETURN e {.name, plans: COLLECT { MATCH (e)-[r]-() WITH DISTINCT r.plan AS id ORDER BY id RETURN id }}
  }}
} AS parks`;

function dbHits(plan: { dbHits: number; children: unknown[] }): number {
  return plan.dbHits + (plan.children as Array<{ dbHits: number; children: unknown[] }>).reduce((a, c) => a + dbHits(c), 0);
}

const config = readConfig();
const dataDir = process.argv[2] ?? path.join(PROJECT_ROOT, '.data', 'bench-scale-1');
const local = await startLocalNeo4j({ ...config.launcher, dataDir, boltPort: await freePort() });
const driver = neo4j.driver(local.uri, neo4j.auth.basic('neo4j', ''));
try {
  const generic = { ids: [AREA], plans0: false, t1: ['LOCATED_IN'], l1: ['IndustrialPark'], d1: 'in', p1: null, n1: neo4j.int(20), plans1: false, t2: ['HOSTS'], l2: ['Enterprise'], d2: 'out', p2: null, n2: neo4j.int(20), plans2: true, t3: [], l3: [], d3: 'out', p3: null, n3: neo4j.int(0), plans3: false };
  const compiled = compileTraversal({ plans: false, levels: [{ spec: { ...PARKS, types: [...PARKS.types], labels: [...PARKS.labels] }, plans: false, planFilter: false }, { spec: { ...ENTERPRISES, types: [...ENTERPRISES.types], labels: [...ENTERPRISES.labels] }, plans: true, planFilter: false }] });
  for (const [name, text, params] of [
    ['generic read/traverse', query('read/traverse'), generic],
    ['compiled', compiled, { ids: [AREA], n1: neo4j.int(20), n2: neo4j.int(20) }],
    ['hand-written', HAND, { id: AREA }],
  ] as const) {
    for (let i = 0; i < 3; i++) await driver.executeQuery(text, params); // plan caches warm
    const result = await driver.executeQuery(`PROFILE ${text.replace(/^\/\/.*\n/gm, '')}`, params);
    console.log(`${name.padEnd(22)} ${dbHits(result.summary.profile as never)} db hits`);
  }
} finally {
  await driver.close();
  await local.stop();
}
