// How queries execute: round trips that do not grow with the results (one
// batched Cypher per field and level), the Cypher they run (pinned), keyset
// pages that neither skip nor repeat, and reads only.
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestGraph } from '../setup/neo4j.js';
import { gql, loadSeedPlans, recordedYoga } from './helpers.js';

const { executor } = useTestGraph();
const { yoga, recorder } = recordedYoga(executor);

beforeAll(async () => {
  await loadSeedPlans(executor);
});

// Q3 of the benchmark: area → parks → enterprises → plans.
const Q3 = `query($id: ID!, $n: Int) { node(id: $id) { ... on AdminArea { name
  parks(first: $n) { name enterprises(first: $n) { name plans { planId } } } } } }`;

function count(data: any): { parks: number; enterprises: number; plans: number } {
  const parks = data.node.parks as Array<{ enterprises: Array<{ plans: unknown[] }> }>;
  const enterprises = parks.flatMap((p) => p.enterprises);
  return { parks: parks.length, enterprises: enterprises.length, plans: enterprises.flatMap((e) => e.plans).length };
}

describe('round trips', () => {
  it('a depth-3 traversal is one query, however many results each level has', async () => {
    const trips: number[] = [];
    const sizes: Array<ReturnType<typeof count>> = [];
    for (const n of [1, 3, 30]) {
      recorder.reset();
      const body = await gql(yoga, Q3, { id: 'AdminArea:辽宁省/鞍山市', n });
      expect(body.errors).toBeUndefined();
      sizes.push(count(body.data));
      trips.push(recorder.calls.length);
    }
    // The results grow (鞍山市 has several parks, some hosting several enterprises)…
    expect(sizes[2]!.parks).toBeGreaterThan(sizes[0]!.parks);
    expect(sizes[2]!.enterprises).toBeGreaterThan(sizes[0]!.enterprises);
    // …the round trips do not: the chain area → parks → enterprises → plans is compiled into read/traverse.
    expect(trips).toEqual([1, 1, 1]);
  });

  it('fields off the chain batch per level, so they do not grow either', async () => {
    // Two relationship lists under each park: the chain takes the first, the other batches over all parks.
    const query = `query($n: Int) { node(id: "AdminArea:辽宁省/鞍山市") { ... on AdminArea {
      parks(first: $n) { name industries(first: $n) { name } enterprises(first: $n) { name mentions(first: 1) { edges { node { quote } } } } } } } }`;
    const trips: number[] = [];
    for (const n of [1, 30]) {
      recorder.reset();
      const body = await gql(yoga, query, { n });
      expect(body.errors).toBeUndefined();
      trips.push(recorder.calls.length);
    }
    // traverse (parks → industries), enterprises of all parks, their mentions; fewer when a level comes back empty.
    expect(trips.every((t) => t <= 3)).toBe(true);
    expect(trips[1]).toBe(3);
  });

  it('runs these named queries with these parameters (the Cypher is in cypher/read/ and, compiled, in cypher/compiled/)', async () => {
    recorder.reset();
    await gql(yoga, Q3, { id: 'AdminArea:辽宁省/鞍山市', n: 20 });
    const calls = recorder.calls.map(({ name, params }) => ({
      name,
      params: Object.fromEntries(Object.entries(params).map(([k, v]) => [k, k === 'ids' ? '[the batch]' : String(v)])),
    }));
    expect(calls).toMatchInlineSnapshot(`
      [
        {
          "name": "compiled/traverse/p0/in-located_in-industrialpark-p0/out-hosts-enterprise-p1",
          "params": {
            "f0": "false",
            "f1": "false",
            "f2": "false",
            "fp": "false",
            "ids": "[the batch]",
            "n1": "20",
            "n2": "20",
          },
        },
      ]
    `);
  });

  it('a neighbourhood is one query at any depth, breadth first, limitPerHop neighbours per node', async () => {
    const query = `query($depth: Int, $limit: Int) { neighborhood(id: "Enterprise:华晨宝马汽车有限公司", depth: $depth, limitPerHop: $limit) {
      truncated nodes { id depth } edges { source target } } }`;
    const sizes: number[] = [];
    for (const depth of [1, 2, 3]) {
      recorder.reset();
      const body = await gql(yoga, query, { depth, limit: 3 });
      expect(body.errors).toBeUndefined();
      expect(recorder.calls.map((c) => c.name)).toEqual(['read/neighborhood']);
      const { nodes, edges, truncated } = body.data.neighborhood as { nodes: Array<{ id: string; depth: number }>; edges: Array<{ source: string; target: string }>; truncated: boolean };
      expect(truncated).toBe(false);
      sizes.push(nodes.length);
      const depthOf = new Map(nodes.map((n) => [n.id, n.depth]));
      const byDepth = (d: number) => nodes.filter((n) => n.depth === d).length;
      // Every node past the centre touches a node one hop nearer; each node brings at most 3 new ones.
      for (const node of nodes.filter((n) => n.depth > 0)) {
        const touches = edges.filter((e) => e.source === node.id || e.target === node.id).map((e) => depthOf.get(e.source === node.id ? e.target : e.source));
        expect(touches).toContain(node.depth - 1);
      }
      for (let d = 1; d <= depth; d++) expect(byDepth(d)).toBeLessThanOrEqual(3 * Math.max(byDepth(d - 1), 1));
      expect(Math.max(...nodes.map((n) => n.depth))).toBeLessThanOrEqual(depth);
    }
    expect(sizes[1]).toBeGreaterThan(sizes[0]!);
    // Whole rows and quotes only when selected: the answer is the same either way.
    // Nor a type check per fact when every fact type is followed.
    const slim = recorder.calls[0]!.params;
    expect([slim.full, slim.provenance, slim.factIds, slim.types]).toEqual([false, false, false, null]);
    const edgesOf = async (selection: string) => {
      recorder.reset();
      const body = await gql(yoga, `{ neighborhood(id: "Enterprise:华晨宝马汽车有限公司", depth: 2, limitPerHop: 100) { ${selection} } }`);
      expect(body.errors).toBeUndefined();
      return { neighborhood: body.data.neighborhood, params: recorder.calls[0]!.params };
    };
    const counted = await edgesOf('edges { source target type count }');
    const full = await edgesOf('nodes { label entity { name aliases } } edges { source target type count factIds quote }');
    expect([full.params.full, full.params.provenance, full.params.factIds]).toEqual([true, true, true]);
    const nodes = full.neighborhood.nodes as Array<{ label: string; entity: { name: string; aliases: string[] } | null }>;
    for (const node of nodes) if (node.entity) expect(node.entity.name).toBe(node.label);
    const edges = full.neighborhood.edges as Array<{ source: string; target: string; type: string; count: number; factIds: string[]; quote: string | null }>;
    expect(edges.some((e) => e.quote)).toBe(true);
    // Each fact counted once, whether its id is read or not (facts between two frontier nodes are met from both).
    for (const edge of edges) expect(new Set(edge.factIds).size).toBe(edge.count);
    expect(edges.some((e) => e.count > 1)).toBe(true);
    expect(counted.neighborhood.edges).toEqual(edges.map(({ source, target, type, count }) => ({ source, target, type, count })));
    const some = await edgesOf('edges { type }');
    expect(some.params.types).toBeNull();
    recorder.reset();
    await gql(yoga, '{ neighborhood(id: "Enterprise:华晨宝马汽车有限公司", relationTypes: [LOCATED_IN, HOSTS]) { edges { type } } }');
    expect(recorder.calls[0]!.params.types).toEqual(['LOCATED_IN', 'HOSTS']);
  });

  it('crossPlan reads whole rows, quote places and plan properties only when selected, with the same answer', async () => {
    const ask = async (entity: string, quote: string) => {
      recorder.reset();
      const body = await gql(yoga, `{ crossPlan(type: Enterprise, first: 10, quotesPerPlan: 2) { entity { ${entity} } appearances { plan { planId } quotes { ${quote} } } } }`);
      expect(body.errors).toBeUndefined();
      return { rows: body.data.crossPlan as Array<{ entity: { name: string }; appearances: Array<{ plan: { planId: string }; quotes: Array<{ quote: string }> }> }>, params: recorder.calls[0]!.params };
    };
    const slim = await ask('name', 'quote');
    const full = await ask('name aliases', 'quote line');
    expect([slim.params.full, slim.params.quoteDetail, full.params.full, full.params.quoteDetail]).toEqual([false, false, true, true]);
    expect(slim.params.planDetail).toBe(false);
    const strip = (rows: typeof slim.rows) => rows.map((r) => [r.entity.name, r.appearances.map((a) => [a.plan.planId, a.quotes.map((q) => q.quote)])]);
    expect(slim.rows.length).toBeGreaterThan(0);
    expect(strip(slim.rows)).toEqual(strip(full.rows));
    recorder.reset();
    const named = await gql(yoga, `{ crossPlan(type: Enterprise, first: 3) { appearances { plan { planId title } } } }`);
    expect(named.errors).toBeUndefined();
    expect(recorder.calls[0]!.params.planDetail).toBe(true);
    expect(named.data.crossPlan[0].appearances[0].plan.title).toMatch(/规划|方案/);
  });

  it('answers many entities\' plans and mentions with one query per field', async () => {
    recorder.reset();
    const body = await gql(yoga, `{ entities(type: Enterprise, first: 50) { edges { node { name planCount plans { planId } mentions(first: 2) { totalCount edges { node { quote } } } } } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.entities.edges).toHaveLength(50);
    // page, plans (planCount shares it), mentions, mention counts; no count query: totalCount of entities was not asked.
    expect(recorder.calls.map((c) => c.name).sort()).toEqual(['read/entities-page', 'read/entity-mention-counts', 'read/entity-mentions', 'read/entity-plans']);
  });
});

describe('keyset pages', () => {
  it('walk every enterprise once, in name order, and totalCount agrees', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 20; page++) {
      const body: any = await gql(yoga, `query($after: String) { entities(type: Enterprise, first: 100, after: $after) { totalCount edges { node { graphId name } } pageInfo { hasNextPage endCursor } } }`, { after });
      expect(body.errors).toBeUndefined();
      total = body.data.entities.totalCount;
      seen.push(...body.data.entities.edges.map((e: { node: { graphId: string } }) => e.node.graphId));
      if (!body.data.entities.pageInfo.hasNextPage) break;
      after = body.data.entities.pageInfo.endCursor;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(seen.length);
    expect(total).toBeGreaterThan(100); // more than one page
  });

  it('by plan count: most plans first, the second page continuing the first', async () => {
    const first: any = await gql(yoga, `{ entities(type: Enterprise, orderBy: PLAN_COUNT, first: 5) { edges { node { name planCount } } pageInfo { endCursor } } }`);
    const second: any = await gql(yoga, `query($after: String) { entities(type: Enterprise, orderBy: PLAN_COUNT, first: 5, after: $after) { edges { node { name planCount } } } }`, {
      after: first.data.entities.pageInfo.endCursor,
    });
    const counts = [...first.data.entities.edges, ...second.data.entities.edges].map((e: { node: { planCount: number } }) => e.node.planCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBeGreaterThanOrEqual(3); // 鞍钢集团有限公司: 000, 001, 003
    const names = [...first.data.entities.edges, ...second.data.entities.edges].map((e: { node: { name: string } }) => e.node.name);
    expect(new Set(names).size).toBe(10);
  });

  it('search pages by score without repeats', async () => {
    const one: any = await gql(yoga, `{ search(text: "鞍山", first: 100) { totalCount edges { score node { graphId } } } }`);
    const all = one.data.search.edges.map((e: { node: { graphId: string } }) => e.node.graphId);
    const paged: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const body: any = await gql(yoga, `query($after: String) { search(text: "鞍山", first: 7, after: $after) { edges { node { graphId } } pageInfo { hasNextPage endCursor } } }`, { after });
      paged.push(...body.data.search.edges.map((e: { node: { graphId: string } }) => e.node.graphId));
      if (!body.data.search.pageInfo.hasNextPage) break;
      after = body.data.search.pageInfo.endCursor;
    }
    expect(paged).toEqual(all.slice(0, paged.length));
    expect(paged.length).toBe(Math.min(one.data.search.totalCount, 100));
  });
});

describe('read-only', () => {
  it('has no mutation root', async () => {
    const body = await gql(yoga, 'mutation { x }');
    expect(body.errors?.[0]?.message).toMatch(/Schema is not configured for mutations|mutation/i);
  });
});
