// Against the real Neo4j with the seed plans: every compiled traversal text
// plans (EXPLAIN); the API's answers are the same with and without the
// traversal compiler, the compiled execution of repeated documents
// (graphql-jit) and the response cache; the stored planCount
// matches a full recount after ingest, re-ingest and removal; an ingest makes
// the cached answers unreachable.
import { beforeAll, describe, expect, it } from 'vitest';
import { compileTraversal } from '../../src/api/compile-traverse.js';
import { CACHE_HEADER } from '../../src/api/plugins/use-response-cache.js';
import { schemaChains } from '../../src/api/print-compiled.js';
import { createPlanGraphYoga, type PlanGraphYoga } from '../../src/api/yoga.js';
import { loadPlan, removePlan } from '../../src/graph/ingest/load-plan.js';
import { fixture, renamed } from '../graph/fixtures.js';
import { uniqueId, useTestGraph } from '../setup/neo4j.js';
import { gql, gqlText, loadSeedPlans } from './helpers.js';

const { driver, executor, neo4j } = useTestGraph();
// Planning a compiled text the first time can take seconds on a loaded machine: no 5 s timeout here.
const patient = { ...executor, read: ((name, params, options) => executor.read(name, params, { timeoutMs: 120_000, ...options })) as typeof executor.read };
const generic = createPlanGraphYoga({ executor: patient, compileTraversals: false, compileQueries: false, responseCache: false });
const compiled = createPlanGraphYoga({ executor: patient, compileTraversals: true, responseCache: false });
const cached = createPlanGraphYoga({ executor: patient, compileTraversals: true, responseCache: { versionTtlMs: 0 } });

beforeAll(async () => {
  await loadSeedPlans(executor);
});

const AREA = 'AdminArea:辽宁省/鞍山市';
const BMW = 'Enterprise:华晨宝马汽车有限公司';
const ANSTEEL = 'Enterprise:鞍钢集团有限公司';

/** The operations of the API test suite (questions, execution), by what they ask. */
const OPERATIONS: Array<[string, string, Record<string, unknown>?]> = [
  ['Q3', 'query($id: ID!) { node(id: $id) { ... on AdminArea { name parks { name enterprises { name plans { planId } } } } } }', { id: AREA }],
  ['Q3 with pages', 'query($id: ID!, $n: Int) { node(id: $id) { ... on AdminArea { name parks(first: $n) { name enterprises(first: $n) { name plans { planId } } } } } }', { id: AREA, n: 2 }],
  ['plans at every level', 'query($id: ID!) { node(id: $id) { ... on AdminArea { planCount plans { planId } parks { planCount plans { planId name } enterprises { planCount plans { planId } } } } } }', { id: AREA }],
  ['whole rows at every level', 'query($id: ID!) { node(id: $id) { ... on AdminArea { aliases level parks { aliases enterprises { name ... on Entity { aliases } plans { planId title issuer period } } } } } }', { id: AREA }],
  ['slim rows, whole plans', 'query($id: ID!) { node(id: $id) { ... on AdminArea { name parks { graphId type enterprises { id name plans { planId title } } } } } }', { id: AREA }],
  ['plan filter', 'query($id: ID!) { node(id: $id) { ... on AdminArea { parks(plan: "anshan-hitech-14fyp") { name enterprises(plan: "anshan-hitech-14fyp") { name } } } } }', { id: AREA }],
  ['aliases and fragments', 'query($id: ID!) { node(id: $id) { ...A } } fragment A on AdminArea { zones: parks { n: name firms: enterprises { name ... on Entity { plans { planId } } } } children { name } }', { id: AREA }],
  // Areas' ids are paths (AdminArea:辽宁省/鞍山市), not `Label:name`: their slim rows carry the id.
  ['slim rows of areas', 'query($id: ID!) { node(id: $id) { ... on Enterprise { locatedIn { id graphId type name children { graphId type name parks { id graphId type } } } } } }', { id: BMW }],
  ['three levels', 'query($id: ID!) { node(id: $id) { ... on Enterprise { locatedIn(first: 5) { name parks(first: 5) { name enterprises(first: 5) { name plans { planId } } } } } } }', { id: BMW }],
  ['mentions below a chain', `{ node(id: "${AREA}") { ... on AdminArea { parks(first: 30) { name industries(first: 30) { name } enterprises(first: 30) { name mentions(first: 1) { edges { node { quote } } } } } } } }`],
  ['lookup', `{ node(id: "${ANSTEEL}") { id ... on Entity { name type aliases } } }`],
  ['search', '{ search(text: "鞍钢", first: 20) { totalCount edges { score node { graphId name type } } } }'],
  ['crossPlan', '{ crossPlan(type: Enterprise, minPlans: 2, first: 100, quotesPerPlan: 2) { planCount entity { name } appearances { plan { planId } quotes { quote start end line } } } }'],
  ['crossPlan full', '{ crossPlan(type: IndustrialPark, minPlans: 2) { planCount entity { id name aliases ... on IndustrialPark { locatedIn { name } } } appearances { plan { planId name } quotes { relationship quote section { id } } } } }'],
  ['entities by plan count', '{ entities(type: Enterprise, orderBy: PLAN_COUNT, first: 10) { edges { cursor node { name planCount } } pageInfo { hasNextPage endCursor } } }'],
  ['entities of a plan', '{ entities(type: Task, plan: "anshan-ycydlq-2022", first: 5) { edges { node { name ... on Task { leadAgency { name } } } } } }'],
  ['neighborhood', `{ neighborhood(id: "${BMW}", depth: 2, limitPerHop: 100) { truncated nodes { graphId label type depth } edges { source target type count quote } } }`],
  ['paths', `{ paths(from: "${BMW}", to: "${ANSTEEL}", maxLength: 6) { nodes { graphId label } edges { source target type plans quote } } }`],
  ['indicator', '{ compareIndicator(name: "地区生产总值") { targets { plan { planId } baseline target growth unit quote } } }'],
  ['mentions', `{ node(id: "${BMW}") { ... on Enterprise { plans { planId } mentions(first: 50) { totalCount edges { node { quote line start end sectionPath } } } } } }`],
  ['not found', '{ node(id: "Enterprise:不存在的公司") { id } }'],
  ['errors in a list', '{ nodes(ids: ["Plan:huludao-14fyp", "???", "Plan:nope", "Plan:anshan-14fyp"]) { ... on Plan { planId } } }'],
];

/** Status and body, the body as the text it was sent as: equal answers list their fields in the same (selection) order. */
async function answer(yoga: PlanGraphYoga, query: string, variables?: Record<string, unknown>) {
  const { status, text } = await gqlText(yoga, query, variables);
  return { status, text, body: JSON.parse(text) as { errors?: unknown[] } };
}

describe('answers with and without the compiler and the cache', () => {
  it.each(OPERATIONS)('%s', async (_name, query, variables) => {
    const expected = await answer(generic, query, variables);
    expect(expected.status).toBe(200);
    expect(JSON.stringify(expected.body.errors ?? [])).not.toContain('QUERY_TIMEOUT');
    // The same document three times: graphql-js twice, then compiled (plugins/use-compiled-execution.ts);
    // the text is compared, so a field out of selection order fails (as Yoga's default executor put async fields last).
    for (let run = 1; run <= 3; run++) expect(await answer(compiled, query, variables), `run ${run}`).toEqual(expected);
    expect(await answer(cached, query, variables)).toEqual(expected); // miss, then kept
    expect(await answer(cached, query, variables)).toEqual(expected); // hit when it had no errors
  });

  it('every chain of the schema, from its best-connected roots', async () => {
    let compared = 0;
    for (const { path } of schemaChains()) {
      const [root, ...fields] = path.split('.');
      const roots = await gql(generic, `{ entities(type: ${root}, orderBy: PLAN_COUNT, first: 1) { edges { node { id } } } }`);
      for (const { node } of roots.data.entities.edges as Array<{ node: { id: string } }>) {
        const selection = fields.reduceRight((inner, field) => `${field}(first: 5) { name ${inner} }`, 'plans { planId }');
        const query = `query($id: ID!) { node(id: $id) { ... on ${root} { name ${selection} } } }`;
        const expected = await answer(generic, query, { id: node.id });
        expect(expected.body.errors, path).toBeUndefined();
        expect(await answer(compiled, query, { id: node.id }), path).toEqual(expected);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(150);
  }, 600_000);
});

describe('compiled texts', () => {
  it('every text EXPLAINs (each level with plans and a plan filter: every clause the compiler writes)', async () => {
    const session = driver.session({ database: neo4j.database });
    // The chains above run every text with plans at the leaf; here, one three-level chain per first step with every option on.
    const firstSteps = new Map(schemaChains().filter(({ shape }) => shape.levels.length === 3).map(({ shape }) => [JSON.stringify(shape.levels[0]!.spec), shape]));
    const texts = [...firstSteps.values()].map((shape) => compileTraversal({ plans: true, levels: shape.levels.map((l) => ({ ...l, plans: true, planFilter: true })) }));
    try {
      for (const text of texts) {
        const result = await session.run(`EXPLAIN ${text.replace(/^\/\/.*\n/, '')}`, { ids: ['x'], n1: 1, n2: 1, n3: 1, p1: 'p', p2: 'p', p3: 'p', f0: true, f1: true, f2: true, f3: true, fp: true });
        expect(result.summary.plan, text.split('\n')[0]).toBeTruthy();
      }
    } finally {
      await session.close();
    }
  }, 600_000);
});

describe('planCount and the graph version', () => {
  async function drift() {
    return executor.read<{ id: string; stored: number | null; counted: number }>('stats/plan-count-drift');
  }

  it('the stored planCount matches a full recount after ingest, re-ingest and removal', async () => {
    expect(await drift()).toEqual([]);
    const suffix = uniqueId('pc');
    const a = renamed(fixture('plan-a'), suffix, { entities: true });
    const b = renamed(fixture('plan-b'), suffix, { entities: true });
    await loadPlan(executor, a);
    await loadPlan(executor, b);
    expect(await drift()).toEqual([]);
    await loadPlan(executor, a, { force: true });
    expect(await drift()).toEqual([]);
    await removePlan(executor, b.planId);
    expect(await drift()).toEqual([]);
    await removePlan(executor, a.planId);
    expect(await drift()).toEqual([]);
  });

  it('an ingest changes the version, so the next request is answered afresh', async () => {
    const query = `{ node(id: "${AREA}") { ... on AdminArea { name parks { name } } } }`;
    const headers = async () => {
      const response = await cached.fetch('http://yoga/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      await response.json();
      return response.headers.get(CACHE_HEADER);
    };
    const [before] = await executor.read<{ version: string }>('read/graph-version');
    await headers();
    expect(await headers()).toBe('hit');
    const plan = renamed(fixture('plan-a'), uniqueId('ver'), { entities: true });
    await loadPlan(executor, plan);
    const [after] = await executor.read<{ version: string }>('read/graph-version');
    expect(after!.version).not.toBe(before!.version);
    expect(await headers()).toBe('miss');
    expect(await headers()).toBe('hit');
    await removePlan(executor, plan.planId);
    expect(await headers()).toBe('miss');
  });

  it('answers with errors are not kept', async () => {
    const query = '{ node(id: "Enterprise:不存在的公司") { id } }';
    const first = await cached.fetch('http://yoga/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    await first.json();
    const second = await cached.fetch('http://yoga/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    await second.json();
    expect(second.headers.get(CACHE_HEADER)).toBe('miss');
  });
});
