// `paths` on a small graph of this file's own (unique ids, in the shared
// test database): a node to itself, no path within maxLength (answered at
// once, not at a timeout), all shortest paths, and routing around hubs by
// degree or by type; each answered by Neo4j's own search in one query and, the
// same, by the bounded BFS that answers when that search runs out of time.
//
//   A ─ B ─ C ─ D ─ E        a chain of LOCATED_IN facts (Enterprise … Enterprise);
//                            C → D twice, and D → C by HOSTS
//   A ─ H ─ E                H: an AdminArea hub with 6 more leaves
//   A ─ P ─ Q ─ E            a second route of length 3 (Projects)
//   Z                        alone
import { beforeAll, describe, expect, it } from 'vitest';
import { QueryTimeoutError } from '../../src/graph/errors.js';
import type { Executor } from '../../src/graph/executor.js';
import { uniqueId, useTestGraph } from '../setup/neo4j.js';
import { gql, recordedYoga } from './helpers.js';

const { driver, executor } = useTestGraph();
/** As if Neo4j's shortest-path search had run out of its time budget: the bounded BFS answers. */
const searchTimesOut: Executor = {
  ...executor,
  read: ((name, params, options) => (name === 'read/paths-shortest' ? Promise.reject(new QueryTimeoutError(name, 1000)) : executor.read(name, params, options))) as Executor['read'],
};
const routes = { neo4j: recordedYoga(executor), bfs: recordedYoga(searchTimesOut) };
const run = uniqueId('paths');
const id = (type: string, name: string) => `${type}:${run}-${name}`;
const [A, B, C, D, E] = ['A', 'B', 'C', 'D', 'E'].map((n) => id('Enterprise', n)) as [string, string, string, string, string];
const H = id('AdminArea', 'H');
const [P, Q] = [id('Project', 'P'), id('Project', 'Q')];
const Z = id('Enterprise', 'Z');
const LEAVES = Array.from({ length: 6 }, (_, i) => id('Enterprise', `leaf${i}`));

beforeAll(async () => {
  const nodes = [A, B, C, D, E, H, P, Q, Z, ...LEAVES].map((key) => ({ id: key, type: key.split(':')[0], name: key.split(':')[1] }));
  const edges = [
    [A, B], [B, C], [C, D], [D, E],
    [A, H], [E, H], ...LEAVES.map((leaf) => [leaf, H]),
    [A, P], [P, Q], [Q, E],
  ].map(([start, end], i) => ({ start, end, id: `${run}-f${i}` }));
  await driver.executeQuery(
    `UNWIND $nodes AS n CREATE (e:Entity {id: n.id, type: n.type, name: n.name}) SET e:$(n.type)`,
    { nodes },
    { database: executor.database },
  );
  await driver.executeQuery(
    `UNWIND $edges AS f MATCH (a:Entity {id: f.start}), (b:Entity {id: f.end})
     CREATE (a)-[:LOCATED_IN {id: f.id, plan: $run, quote: f.id}]->(b)`,
    { edges, run },
    { database: executor.database },
  );
  // Parallel facts: a second C → D, and one of another type the other way.
  await driver.executeQuery(
    `MATCH (c:Entity {id: $C}), (d:Entity {id: $D})
     CREATE (c)-[:LOCATED_IN {id: $run + '-cd2', plan: $run + '-other', quote: 'cd2'}]->(d), (d)-[:HOSTS {id: $run + '-dc', plan: $run, quote: 'dc'}]->(c)`,
    { C, D, run },
    { database: executor.database },
  );
});

const QUERY = `query($from: ID!, $to: ID!, $max: Int, $all: Boolean, $maxDegree: Int, $exclude: [EntityType!]) {
  paths(from: $from, to: $to, maxLength: $max, all: $all, limit: 100, maxDegree: $maxDegree, excludeTypes: $exclude) {
    truncated nodes { graphId } edges { id source target type } paths { nodes edges length } } }`;

async function pathsBy(variables: Record<string, unknown>, route: keyof typeof routes = 'neo4j') {
  const { yoga, recorder } = routes[route];
  recorder.reset();
  const body = await gql(yoga, QUERY, variables);
  expect(body.errors).toBeUndefined();
  const decode = (global: string) => Buffer.from(global, 'base64').toString('utf8');
  const g = body.data.paths as {
    truncated: boolean;
    nodes: Array<{ graphId: string }>;
    edges: Array<{ id: string; source: string; target: string }>;
    paths: Array<{ nodes: string[]; edges: string[]; length: number }>;
  };
  return { ...g, routes: g.paths.map((p) => p.nodes.map(decode)), reads: recorder.calls.length };
}

describe.each(Object.keys(routes) as Array<keyof typeof routes>)('paths, answered by %s', (route) => {
  const paths = (variables: Record<string, unknown>) => pathsBy(variables, route);
  const { yoga } = routes[route];

  it('from a node to itself: the path of length 0 (Neo4j refuses shortestPath there)', async () => {
    const g = await paths({ from: A, to: A });
    expect(g.routes).toEqual([[A]]);
    expect(g.paths[0]).toMatchObject({ length: 0, edges: [] });
    expect(g.nodes.map((n) => n.graphId)).toEqual([A]);
  });

  it('the shortest path, and with all: every shortest path, each edge joining consecutive nodes', async () => {
    expect((await paths({ from: A, to: E })).routes).toEqual([[A, H, E]]);
    const both = await paths({ from: C, to: H, all: true });
    expect(both.routes.sort()).toEqual([[C, B, A, H], [C, D, E, H]]);
    const one = await paths({ from: C, to: H });
    expect(one.routes).toHaveLength(1);
    expect(both.routes).toContainEqual(one.routes[0]);
    for (const path of both.paths) {
      expect(path.edges).toHaveLength(path.length);
      path.edges.forEach((edgeId, i) => {
        const edge = both.edges.find((e) => e.id === edgeId)!;
        expect([edge.source, edge.target].sort()).toEqual([path.nodes[i], path.nodes[i + 1]].sort());
      });
    }
  });

  it('no path within maxLength: an empty answer after at most maxLength levels, not a timeout', async () => {
    const near = await paths({ from: B, to: E, max: 2 });
    expect(near).toMatchObject({ paths: [], truncated: false });
    // Neo4j's search: one query. The BFS: the two ends, then one query per level.
    expect(near.reads).toBeLessThanOrEqual(route === 'neo4j' ? 1 : 1 + 1 + 2);
    const alone = await paths({ from: A, to: Z, max: 6 });
    expect(alone).toMatchObject({ paths: [], truncated: false });
    expect(alone.reads).toBeLessThanOrEqual(route === 'neo4j' ? 1 : 1 + 3); // the ends, one level of A, then Z's: it has no neighbour, so no path exists
  });

  it('maxDegree routes around a hub (the ends may be hubs themselves)', async () => {
    const around = await paths({ from: A, to: E, maxDegree: 3 });
    expect(around.routes).toEqual([[A, P, Q, E]]);
    expect(around.nodes.map((n) => n.graphId)).not.toContain(H);
    const fromHub = await paths({ from: H, to: B, maxDegree: 3 });
    expect(fromHub.routes).toEqual([[H, A, B]]);
  });

  it('excludeTypes keeps entities of those types off the path, except at its ends', async () => {
    expect((await paths({ from: A, to: E, exclude: ['AdminArea'] })).routes).toEqual([[A, P, Q, E]]);
    expect((await paths({ from: A, to: E, exclude: ['AdminArea', 'Project'] })).routes).toEqual([[A, B, C, D, E]]);
    expect((await paths({ from: A, to: E, exclude: ['AdminArea', 'Project'], max: 3 })).routes).toEqual([]);
  });

  it('draws each hop as the facts of its first type, in their own direction, counted', async () => {
    const hopCD = async (relationTypes: string) => {
      const body = await gql(
        yoga,
        `query($from: ID!, $to: ID!) { paths(from: $from, to: $to, relationTypes: ${relationTypes}, excludeTypes: [AdminArea, Project]) {
          nodes { id graphId } edges { source target type count plans factIds } } }`,
        { from: A, to: E },
      );
      expect(body.errors).toBeUndefined();
      const { nodes, edges } = body.data.paths as { nodes: Array<{ id: string; graphId: string }>; edges: Array<{ source: string; target: string; type: string; count: number; plans: string[]; factIds: string[] }> };
      const graphIdOf = new Map(nodes.map((n) => [n.id, n.graphId]));
      expect(edges).toHaveLength(4);
      return edges.map((e) => ({ ...e, source: graphIdOf.get(e.source), target: graphIdOf.get(e.target) })).find((e) => [e.source, e.target].includes(C) && [e.source, e.target].includes(D));
    };
    // HOSTS sorts before LOCATED_IN: the hop is drawn as D → C.
    expect(await hopCD('[LOCATED_IN, HOSTS]')).toEqual({ source: D, target: C, type: 'HOSTS', count: 1, plans: [run], factIds: [`${run}-dc`] });
    expect(await hopCD('[LOCATED_IN]')).toEqual({ source: C, target: D, type: 'LOCATED_IN', count: 2, plans: [run, `${run}-other`].sort(), factIds: [`${run}-cd2`, `${run}-f2`] });
  });

  it('answers BAD_USER_INPUT for a maxDegree below 1, NOT_FOUND for an unknown end', async () => {
    const bad = await gql(yoga, QUERY, { from: A, to: E, maxDegree: 0 });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toContain('maxDegree');
    const unknown = await gql(yoga, QUERY, { from: A, to: id('Enterprise', 'nobody') });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
