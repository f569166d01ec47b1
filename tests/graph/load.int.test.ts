// The loader against the real Neo4j, on hand-built fixtures whose plan and
// entity ids are unique per test (tests/graph/fixtures.ts), so nothing here
// collides with other tests or runs on the same database.
import { describe, expect, it } from 'vitest';
import type { PlanExtraction } from '../../src/extract/types.js';
import { ConstraintViolationError } from '../../src/graph/errors.js';
import { graphContentHash, readGraph } from '../../src/graph/export/read-graph.js';
import { loadPlan, removePlan } from '../../src/graph/ingest/load-plan.js';
import { graphStats } from '../../src/graph/stats.js';
import { uniqueId, useTestGraph } from '../setup/neo4j.js';
import { fixture, renamed } from './fixtures.js';

const { executor } = useTestGraph();

function pair() {
  const suffix = uniqueId('t');
  const a = renamed(fixture('plan-a'), suffix, { entities: true });
  const b = renamed(fixture('plan-b'), suffix, { entities: true });
  const id = (plain: string) => `${plain}~${suffix}`;
  return { suffix, a, b, id };
}

async function counts(plans: string[]) {
  const graph = await readGraph(executor, plans);
  return { nodes: graph.nodes.length, relationships: graph.relationships.length };
}

/** This test's entities with no relationship at all. */
async function orphans(suffix: string): Promise<number> {
  const graph = await readGraph(executor, null);
  const linked = new Set(graph.relationships.flatMap((r) => [r.start, r.end]));
  return graph.nodes.filter((n) => n.id.endsWith(suffix) && !linked.has(n.id)).length;
}

describe('loadPlan', () => {
  it('writes every node and relationship of the extraction, once', async () => {
    const { a } = pair();
    const result = await loadPlan(executor, a);
    expect(result.status).toBe('new');
    expect(result.written).toMatchObject({ Plan: 1, Section: 2, Paragraph: 1, Enterprise: 1, MENTIONED_IN: 3, PART_OF: 3 });
    expect(await counts([a.planId])).toEqual({ nodes: a.nodes.length, relationships: a.relationships.length });
    const back = await readGraph(executor, [a.planId]);
    const byId = <T extends { id: string }>(list: T[]): T[] => [...list].sort((x, y) => (x.id < y.id ? -1 : 1));
    // What comes back is what went in (nulls are not stored, so `number: null` is absent).
    const expected = byId(a.nodes).map((n) => ({ ...n, properties: Object.fromEntries(Object.entries(n.properties).filter(([, v]) => v !== null)) }));
    expect(byId(back.nodes).map((n) => ({ ...n, properties: { ...n.properties, plan: undefined } }))).toEqual(
      expected.map((n) => ({ ...n, properties: { ...n.properties, plan: undefined } })),
    );
  });

  it('skips an unchanged plan, and a forced re-write changes nothing', async () => {
    const { a, b } = pair();
    await loadPlan(executor, a);
    await loadPlan(executor, b);
    const before = await graphContentHash(executor, [a.planId, b.planId]);
    const again = await loadPlan(executor, a);
    expect(again).toMatchObject({ status: 'unchanged', written: {} });
    const forced = await loadPlan(executor, a, { force: true });
    expect(forced.status).toBe('replaced');
    expect(forced.existing.Enterprise).toBe(1);
    expect(forced.removed.facts).toBe(7);
    expect(await graphContentHash(executor, [a.planId, b.planId])).toBe(before);
  });

  it('replaces a changed plan: removed facts and the entities only they used are gone, shared ones keep other plans’ facts', async () => {
    const { suffix, a, b, id } = pair();
    await loadPlan(executor, a);
    await loadPlan(executor, b);
    const changed: PlanExtraction = {
      ...a,
      // Drop the task (its mention and LED_BY) and the park's HOSTS fact.
      nodes: a.nodes.filter((n) => n.type !== 'Task'),
      relationships: a.relationships.filter((r) => r.type !== 'LED_BY' && r.type !== 'HOSTS' && !r.start.startsWith('Task:')),
    };
    const result = await loadPlan(executor, changed);
    expect(result.status).toBe('replaced');
    const graph = await readGraph(executor, null);
    const ids = new Set(graph.nodes.map((n) => n.id));
    expect(ids.has(id(`Task:${a.planId}/1`))).toBe(false);
    expect(ids.has(id('GovernmentAgency:鞍山市/市发展改革委'))).toBe(false); // only the LED_BY pointed at it
    expect(graph.relationships.filter((r) => r.properties.plan === a.planId).map((r) => r.type).sort()).toEqual(
      ['HAS_TARGET', 'LOCATED_IN', 'MENTIONED_IN', 'MENTIONED_IN', 'PART_OF', 'PART_OF', 'PART_OF'],
    );
    const enterprise = id('Enterprise:鞍钢集团有限公司');
    expect(graph.relationships.filter((r) => r.end === enterprise).map((r) => `${r.type} ${r.properties.plan}`).sort()).toEqual([`HOSTS ${b.planId}`]);
    expect(await orphans(suffix)).toBe(0);
    expect(result.unlinked).toBe(1); // the agency is still listed, but nothing points at it any more
    expect(await counts([changed.planId])).toEqual({ nodes: changed.nodes.length - 1, relationships: changed.relationships.length });
  });

  it('removes a plan and keeps the shared entity with the other plan’s facts', async () => {
    const { suffix, a, b, id } = pair();
    await loadPlan(executor, a);
    await loadPlan(executor, b);
    const bOnly = await graphContentHash(executor, [b.planId]);
    expect(await removePlan(executor, a.planId)).toMatchObject({ removed: true, facts: 7 });
    expect(await counts([a.planId])).toEqual({ nodes: 0, relationships: 0 });
    const graph = await readGraph(executor, null);
    const ids = new Set(graph.nodes.map((n) => n.id));
    expect(ids.has(id('Enterprise:鞍钢集团有限公司'))).toBe(true);
    expect(ids.has(id('IndustrialPark:鞍山高新技术产业开发区'))).toBe(false);
    expect(await graphContentHash(executor, [b.planId])).toBe(bOnly);
    expect(await orphans(suffix)).toBe(0);
    expect(await removePlan(executor, a.planId)).toMatchObject({ removed: false, facts: 0 });
  });
});

describe('atomicity', () => {
  it('a failure halfway through a new plan leaves nothing of it; a re-run gives the clean result', async () => {
    const { a, b } = pair();
    await loadPlan(executor, b);
    const bBefore = await graphContentHash(executor, [b.planId]);
    let total = 0;
    await expect(
      loadPlan(executor, a, {
        batchSize: 1,
        onStep: (done, all) => {
          total = all;
          if (done === Math.floor(all / 2)) throw new Error('injected failure');
        },
      }),
    ).rejects.toThrow('injected failure');
    expect(total).toBeGreaterThan(10);
    expect(await counts([a.planId])).toEqual({ nodes: 0, relationships: 0 });
    expect(await graphContentHash(executor, [b.planId])).toBe(bBefore);
    await loadPlan(executor, a);
    const clean = pair();
    // A clean ingest of the same content under other ids has the same shape.
    await loadPlan(executor, clean.a);
    expect(await counts([a.planId])).toEqual(await counts([clean.a.planId]));
  });

  it('a failed replace keeps the previous version whole; a re-run converges', async () => {
    const { a } = pair();
    await loadPlan(executor, a);
    const original = await graphContentHash(executor, [a.planId]);
    const changed: PlanExtraction = { ...a, relationships: a.relationships.filter((r) => r.type !== 'HOSTS') };
    await expect(loadPlan(executor, changed, { onStep: (done) => { if (done === 5) throw new Error('boom'); } })).rejects.toThrow('boom');
    expect(await graphContentHash(executor, [a.planId])).toBe(original);
    expect((await loadPlan(executor, changed)).status).toBe('replaced');
    const replaced = await graphContentHash(executor, [a.planId]);
    expect(replaced).not.toBe(original);
    await loadPlan(executor, a);
    expect(await graphContentHash(executor, [a.planId])).toBe(original);
  });

  it('a constraint violation in the last batch rolls back the whole plan', async () => {
    const { a, b } = pair();
    await loadPlan(executor, b);
    // Re-use one of b's fact ids for a different fact of a: the uniqueness constraint fires mid-transaction.
    const taken = b.relationships.find((r) => r.type === 'HOSTS')!.properties.id;
    const clash: PlanExtraction = {
      ...a,
      relationships: a.relationships.map((r) => (r.type === 'HOSTS' ? { ...r, properties: { ...r.properties, id: taken } } : r)),
    };
    await expect(loadPlan(executor, clash)).rejects.toBeInstanceOf(ConstraintViolationError);
    expect(await counts([a.planId])).toEqual({ nodes: 0, relationships: 0 });
  });
});

describe('stats', () => {
  it('counts a plan’s sections, paragraphs, facts and entities', async () => {
    const { a } = pair();
    await loadPlan(executor, a);
    const stats = await graphStats(executor);
    expect(stats.plans.find((p) => p.plan === a.planId)).toMatchObject({
      name: '鞍山市测试规划',
      sections: 2,
      paragraphs: 1,
      relationships: { PART_OF: 3, MENTIONED_IN: 3, LOCATED_IN: 1, HOSTS: 1, HAS_TARGET: 1, LED_BY: 1 },
      entities: { AdminArea: 1, Enterprise: 1, GovernmentAgency: 1, Indicator: 1, IndustrialPark: 1, Task: 1 },
    });
    expect(stats.nodes.Plan).toBeGreaterThanOrEqual(1);
    expect(stats.relationships.MENTIONED_IN).toBeGreaterThanOrEqual(3);
  });
});

describe('full-text search', () => {
  it('finds entities and paragraphs by Chinese substring (cjk analyzer)', async () => {
    const { a, id } = pair();
    await loadPlan(executor, a);
    await executor.write('system/await-indexes', { timeoutSeconds: 30 });
    const search = async (index: string, text: string) =>
      (await executor.read<{ id: string }>('stats/fulltext-search', { index, query: `"${text}"` })).map((r) => r.id);
    expect(await search('entity_search', '鞍钢')).toContain(id('Enterprise:鞍钢集团有限公司'));
    expect(await search('entity_search', '高新区')).toContain(id('IndustrialPark:鞍山高新技术产业开发区'));
    expect(await search('entity_search', '钢集团')).toContain(id('Enterprise:鞍钢集团有限公司')); // inside the name
    expect(await search('paragraph_search', '高新区')).toContain(`${a.planId}/c1/para1`);
    expect(await search('paragraph_search', '精品钢材')).toContain(`${a.planId}/c1/para1`);
    expect(await search('entity_search', '葫芦岛')).not.toContain(id('Enterprise:鞍钢集团有限公司'));
  });
});
