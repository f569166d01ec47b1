// The API is stateless, so scaling out is configuration: several API
// processes behind a load balancer, and a `neo4j://` (routing) URI so the
// driver sends reads (READ sessions, every API query) to read replicas and
// writes (ingest) to the leader of a Neo4j cluster. The local Neo4j answers a
// routing URI as a single-member cluster; this checks that the same code runs
// unchanged over it: reads through the API, a write through the loader.
import { afterAll, describe, expect, it } from 'vitest';
import { createPlanGraphYoga } from '../../src/api/yoga.js';
import { createDriver } from '../../src/graph/driver.js';
import { createExecutor } from '../../src/graph/executor.js';
import { loadPlan, removePlan } from '../../src/graph/ingest/load-plan.js';
import { fixture, renamed } from '../graph/fixtures.js';
import { uniqueId, useTestGraph } from '../setup/neo4j.js';
import { gql } from './helpers.js';

const { neo4j } = useTestGraph();
const routingUri = neo4j.uri.replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:');
const driver = createDriver({ ...neo4j, uri: routingUri });
const executor = createExecutor(driver, neo4j.database);
afterAll(() => driver.close());

describe('a routing URI (neo4j://)', () => {
  it('is what the driver is given', () => {
    expect(routingUri).toMatch(/^neo4j(\+s|\+ssc)?:\/\//);
  });

  it('serves reads through the API and writes through the loader, routed by access mode', async () => {
    const plan = renamed(fixture('plan-a'), uniqueId('route'), { entities: true });
    await loadPlan(executor, plan);
    const routing = await driver.executeQuery('CALL dbms.routing.getRoutingTable({}, $db) YIELD servers RETURN servers', { db: neo4j.database }, { routing: 'READ', database: neo4j.database });
    const roles = (routing.records[0]!.get('servers') as Array<{ role: string }>).map((s) => s.role).sort();
    expect(roles).toEqual(['READ', 'ROUTE', 'WRITE']);
    const yoga = createPlanGraphYoga({ executor, responseCache: false });
    const body = await gql(yoga, 'query($id: ID!) { node(id: $id) { id ... on Plan { planId } } }', { id: `Plan:${plan.planId}` });
    expect(body.errors).toBeUndefined();
    expect(body.data.node.planId).toBe(plan.planId);
    const cached = createPlanGraphYoga({ executor });
    expect((await gql(cached, '{ system { nodeCount } }')).errors).toBeUndefined();
    expect((await removePlan(executor, plan.planId)).removed).toBe(true);
  });
});
