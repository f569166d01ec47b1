// What the API refuses, and how it says so: limits before execution, bad
// arguments naming the argument and its range, unknown and malformed ids as
// null plus a message, an unreachable Neo4j as DATABASE_UNAVAILABLE within
// seconds, production switches, and no stack traces for clients.
import { beforeAll, describe, expect, it } from 'vitest';
import { createPlanGraphYoga } from '../../src/api/yoga.js';
import { createDriver } from '../../src/graph/driver.js';
import { createExecutor } from '../../src/graph/executor.js';
import { freePort } from '../setup/neo4j-global-setup.js';
import { useTestGraph } from '../setup/neo4j.js';
import { gql, loadSeedPlans, recordedYoga } from './helpers.js';

const { executor } = useTestGraph();
const { yoga, recorder } = recordedYoga(executor);

beforeAll(async () => {
  await loadSeedPlans(executor);
});

describe('limits, checked before any query runs', () => {
  it.each([
    // plans(1) outline(2) children ×8 (3–10) heading(11)
    ['depth', `{ plans { outline { ${'children { '.repeat(8)}heading ${'} '.repeat(8)}} } }`, /depth limit of 10 exceeded, found 11/i],
    ['aliases', `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: plans { planId }`).join(' ')} }`, /Aliases limit of 15 exceeded, found 16/],
    ['tokens', `{ plans { ${'planId '.repeat(2100)} } }`, /Token limit of 2000 exceeded/i],
  ])('%s', async (_kind, query, message) => {
    recorder.reset();
    const body = await gql(yoga, query);
    expect(body.errors?.[0]?.message).toMatch(message);
    expect(body.data).toBeUndefined();
    expect(recorder.calls).toEqual([]);
  });

  it('cost: first multiplies what lies below it; the error names the cost and the limit', async () => {
    recorder.reset();
    const body = await gql(yoga, `{ node(id: "AdminArea:辽宁省") { ... on AdminArea { children(first: 100) { children(first: 100) { parks(first: 100) { name } } } } } }`);
    expect(body.status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'complexity', max: 50000 } });
    expect(body.errors?.[0]?.message).toMatch(/Query complexity \d+ exceeds the limit of 50000; ask for fewer items per list \(first\)/);
    expect(recorder.calls).toEqual([]);
  });

  it('first ≤ 100, on connections and on relationship lists', async () => {
    recorder.reset();
    for (const query of [
      '{ search(text: "鞍钢", first: 101) { edges { cursor } } }',
      '{ entities(first: 1000) { edges { cursor } } }',
      '{ node(id: "AdminArea:辽宁省/鞍山市") { ... on AdminArea { parks(first: 101) { name } } } }',
      '{ entities(first: -1) { edges { cursor } } }',
    ]) {
      const body = await gql(yoga, query);
      expect(body.errors?.[0]?.message).toMatch(/^Argument "first" must be a whole number from 0 to 100 \(got -?\d+\)$/);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    }
    expect(recorder.calls).toEqual([]);
  });
});

describe('bad arguments name the argument and what is allowed', () => {
  it.each([
    ['{ neighborhood(id: "AdminArea:辽宁省/鞍山市", depth: 4) { nodes { id } } }', 'depth', /must be a whole number from 1 to 3 \(got 4\)/],
    ['{ neighborhood(id: "AdminArea:辽宁省/鞍山市", limitPerHop: 0) { nodes { id } } }', 'limitPerHop', /from 1 to 100 \(got 0\)/],
    ['{ paths(from: "Plan:anshan-14fyp", to: "Plan:huludao-14fyp", maxLength: 7) { nodes { id } } }', 'maxLength', /from 1 to 6 \(got 7\)/],
    ['{ crossPlan(minPlans: 1) { planCount } }', 'minPlans', /from 2 to 10 \(got 1\)/],
    ['{ search(text: "鞍") { edges { cursor } } }', 'text', /must have 2 to 100 characters \(got 1\)/],
    ['{ entities(after: "bm90IGEgY3Vyc29y") { edges { cursor } } }', 'after', /must be a cursor this EntityNAME connection returned/],
    ['{ compareIndicator(name: "  ") { name } }', 'name', /must be an indicator name of 1 to 100 characters/],
  ])('%s', async (query, argument, message) => {
    const body = await gql(yoga, query);
    expect(body.errors?.[0]?.message).toMatch(new RegExp(`^Argument "${argument}" `));
    expect(body.errors?.[0]?.message).toMatch(message);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });

  it('a bad plan filter says what a plan id looks like', async () => {
    const body = await gql(yoga, '{ entities(plan: "Enterprise:鞍钢") { edges { cursor } } }');
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'INVALID_ID' } });
    expect(body.errors?.[0]?.message).toMatch(/argument "plan" takes a plan id such as "anshan-14fyp"/);
  });
});

describe('ids', () => {
  it('malformed or unknown: null with a message, and the rest of the query still answers', async () => {
    const body = await gql(yoga, `{
      malformed: node(id: "%%%") { id }
      unknownType: node(id: "${Buffer.from('Person:张三').toString('base64')}") { id }
      unknown: node(id: "Enterprise:没有这家公司") { id }
      known: node(id: "Plan:anshan-14fyp") { ... on Plan { planId } }
      list: nodes(ids: ["Plan:huludao-14fyp", "???", "Plan:nope"]) { ... on Plan { planId } }
    }`);
    expect(body.data).toEqual({ malformed: null, unknownType: null, unknown: null, known: { planId: 'anshan-14fyp' }, list: [{ planId: 'huludao-14fyp' }, null, null] });
    const byPath = new Map(body.errors!.map((e) => [e.path!.join('.'), e]));
    expect(byPath.get('malformed')).toMatchObject({ extensions: { code: 'INVALID_ID' } });
    expect(byPath.get('malformed')?.message).toBe('Id "%%%" is not valid: it is neither a PlanGraph global id (base64) nor a graph id such as "Enterprise:鞍钢集团有限公司".');
    expect(byPath.get('unknownType')?.message).toMatch(/"Person" is not a node type; use one of AdminArea, .*Plan, Section/);
    expect(byPath.get('unknown')).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(byPath.get('unknown')?.message).toMatch(/^No Enterprise has the id "Enterprise:没有这家公司"/);
    expect(byPath.get('list.1')).toMatchObject({ extensions: { code: 'INVALID_ID' } });
    expect(byPath.get('list.2')).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(body.errors).toHaveLength(5);
  });

  it('plan(id) takes a plan id and says when there is no such plan', async () => {
    const body = await gql(yoga, '{ known: plan(id: "huludao-14fyp") { planId shortTitle } unknown: plan(id: "nope-2099") { planId } }');
    expect(body.data).toEqual({ known: { planId: 'huludao-14fyp', shortTitle: '葫芦岛市“十四五”规划纲要' }, unknown: null });
    expect(body.errors?.[0]).toMatchObject({ path: ['unknown'], extensions: { code: 'NOT_FOUND' } });
  });

  it('traversals from an unknown node say so instead of answering "nothing"', async () => {
    const body = await gql(yoga, '{ paths(from: "Enterprise:没有这家公司", to: "Plan:anshan-14fyp") { nodes { id } } }');
    expect(body.data?.paths).toBeNull();
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, path: ['paths'] });
  });
});

describe('errors never carry internals', () => {
  it('an unexpected failure is masked, without a stack', async () => {
    const broken = createPlanGraphYoga({ executor: { ...executor, read: async () => { throw new Error('secret host db-7:7687 exploded'); } } });
    const body = await gql(broken, '{ plans { planId } }');
    expect(body.errors?.[0]?.message).toBe('Unexpected error.');
    expect(JSON.stringify(body)).not.toMatch(/secret|db-7|stack|at .*\.ts/);
  });

  it('an unreachable Neo4j answers DATABASE_UNAVAILABLE within seconds, and /ready is 503', async () => {
    const driver = createDriver({ uri: `bolt://127.0.0.1:${await freePort()}`, user: 'neo4j', password: undefined, database: 'neo4j' });
    try {
      const down = createPlanGraphYoga({ executor: createExecutor(driver, 'neo4j') });
      const started = Date.now();
      const body = await gql(down, '{ search(text: "鞍钢") { edges { node { name } } } }');
      expect(Date.now() - started).toBeLessThan(5000);
      expect(body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
      expect(body.errors?.[0]?.message).toBe('The graph database is unavailable right now; try again in a few seconds.');
      expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|stack/);
      expect((await down.fetch('http://yoga/ready')).status).toBe(503);
    } finally {
      await driver.close();
    }
  });
});

describe('production switches', () => {
  it('introspection off refuses __schema; GraphiQL off serves no page', async () => {
    const production = createPlanGraphYoga({ executor, introspection: false, graphiql: false });
    const body = await gql(production, '{ __schema { types { name } } }');
    expect(body.errors?.[0]?.message).toMatch(/introspection/i);
    const page = await production.fetch('http://yoga/graphql', { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/graphiql/i);
    // Suggestions would leak field names too.
    const typo = await gql(production, '{ plan { planid } }');
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('development (the default) has both', async () => {
    const body = await gql(yoga, '{ __schema { queryType { name } } }');
    expect(body.data?.__schema.queryType.name).toBe('Query');
    const page = await yoga.fetch('http://yoga/graphql', { headers: { accept: 'text/html' } });
    expect(await page.text()).toMatch(/graphiql/i);
  });
});
