// The user's questions, asked through the public API against the real Neo4j
// holding the five seed plans. Expected values were read off the plans
// (seed/plans/*.txt); every quote the API returns must be found at its
// offsets in the original file.
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestGraph } from '../setup/neo4j.js';
import { gql, loadSeedPlans, quoteAt, recordedYoga } from './helpers.js';

const { executor } = useTestGraph();
const { yoga } = recordedYoga(executor);
let texts: Map<string, string>;

beforeAll(async () => {
  texts = await loadSeedPlans(executor);
});

async function entityId(text: string, type: string): Promise<string> {
  const body = await gql(yoga, `query($text: String!, $type: EntityType!) { search(text: $text, types: [$type], first: 1) { edges { node { id name } } } }`, { text, type });
  expect(body.errors).toBeUndefined();
  return body.data.search.edges[0].node.id;
}

describe('which enterprises appear in several plans', () => {
  it('lists 鞍钢集团 in three plans and 中科鞍镓 in two, each appearance quoted exactly', async () => {
    const body = await gql(yoga, `{ crossPlan(type: Enterprise, minPlans: 2, first: 100, quotesPerPlan: 2) {
      planCount entity { name } appearances { plan { planId } quotes { quote start end line } } } }`);
    expect(body.errors).toBeUndefined();
    const rows = body.data.crossPlan as Array<{ planCount: number; entity: { name: string }; appearances: Array<{ plan: { planId: string }; quotes: Array<{ quote: string; start: number; end: number }> }> }>;
    const byName = new Map(rows.map((r) => [r.entity.name, r]));
    // 000 (鞍山市十四五), 001 (一圈一带两区) and 003 (鞍山高新区) all name 鞍钢; 002 and 004 do not.
    expect(byName.get('鞍钢集团有限公司')?.appearances.map((a) => a.plan.planId)).toEqual(['anshan-14fyp', 'anshan-hitech-14fyp', 'anshan-ycydlq-2022']);
    expect(byName.get('中科鞍镓')?.appearances.map((a) => a.plan.planId)).toEqual(['anshan-14fyp', 'anshan-hitech-14fyp']);
    expect(rows.every((r) => r.planCount >= 2 && r.planCount === r.appearances.length)).toBe(true);
    expect(rows.map((r) => r.planCount)).toEqual([...rows.map((r) => r.planCount)].sort((a, b) => b - a));
    for (const row of rows) {
      for (const a of row.appearances) {
        expect(a.quotes.length).toBeGreaterThan(0);
        for (const q of a.quotes) expect(quoteAt(texts, a.plan.planId, q.start, q.end)).toBe(q.quote);
      }
    }
  });
});

describe('which enterprises 鞍山高新区 relies on', () => {
  it('finds the park by its short form and lists 比亚迪 (003: 比亚迪等在高新区设立新能源汽车整车生产基地)', async () => {
    const id = await entityId('鞍山高新区', 'IndustrialPark');
    const body = await gql(yoga, `query($id: ID!) { node(id: $id) { ... on IndustrialPark { name locatedIn { name }
      enterprises(first: 100) { name mentions(plan: "anshan-hitech-14fyp", first: 5) { edges { node { quote start end } } } } } } }`, { id });
    expect(body.errors).toBeUndefined();
    const park = body.data.node;
    expect(park.name).toBe('鞍山高新技术产业开发区');
    expect(park.locatedIn.map((a: { name: string }) => a.name)).toEqual(['鞍山市']);
    expect(park.enterprises.map((e: { name: string }) => e.name)).toContain('比亚迪股份有限公司');
    const byd = park.enterprises.find((e: { name: string }) => e.name === '比亚迪股份有限公司');
    for (const { node } of byd.mentions.edges) expect(quoteAt(texts, 'anshan-hitech-14fyp', node.start, node.end)).toBe(node.quote);
    expect(texts.get('anshan-hitech-14fyp')).toContain('比亚迪等在高新区设立新能源汽车整车生产基地');
  });

  it('lists the firms the zone’s own plan relies on (003 lines 96, 100, 101: 依托A、B等龙头企业)', async () => {
    const id = await entityId('鞍山高新区', 'IndustrialPark');
    const body = await gql(yoga, `query($id: ID!) { node(id: $id) { ... on IndustrialPark { enterprises(first: 100) { name } } } }`, { id });
    expect(body.errors).toBeUndefined();
    const names = body.data.node.enterprises.map((e: { name: string }) => e.name);
    for (const firm of ['辽宁中新自动控制集团', '海汇自动化', '维盛自动化', '亚世光电', '新光台电子', '希思腾科', '大普科技']) expect(names).toContain(firm);
  });
});

describe('where 华晨宝马 sits and which plans mention it', () => {
  it('is in 沈阳市, and only the 铁西区 plan (004) mentions it, every mention at its offsets', async () => {
    const id = await entityId('华晨宝马', 'Enterprise');
    const body = await gql(yoga, `query($id: ID!) { node(id: $id) { ... on Enterprise { name aliases planCount plans { planId }
      locatedIn { name graphId } projects { name }
      mentions(first: 100) { totalCount edges { node { plan { planId } quote start end line sectionPath } } pageInfo { hasNextPage } } } } }`, { id });
    expect(body.errors).toBeUndefined();
    const e = body.data.node;
    expect(e.name).toBe('华晨宝马汽车有限公司');
    expect(e.aliases).toEqual(expect.arrayContaining(['华晨宝马', '宝马']));
    expect(e.locatedIn.map((a: { graphId: string }) => a.graphId)).toEqual(['AdminArea:辽宁省/沈阳市']);
    expect(e.plans.map((p: { planId: string }) => p.planId)).toEqual(['shenyang-tiexi-14fyp']);
    expect(e.planCount).toBe(1);
    expect(e.projects.map((p: { name: string }) => p.name)).toContain('华晨宝马第三工厂');
    // grep -c 华晨宝马: 6 lines of 004 and none elsewhere; 宝马 alone adds more.
    expect(e.mentions.totalCount).toBe(e.mentions.edges.length);
    const lines = new Set(e.mentions.edges.filter((m: { node: { quote: string } }) => m.node.quote === '华晨宝马').map((m: { node: { line: number } }) => m.node.line));
    const expectedLines = texts.get('shenyang-tiexi-14fyp')!.split('\n').flatMap((line, i) => (line.includes('华晨宝马') ? [i + 1] : []));
    expect([...lines].sort((a, b) => (a as number) - (b as number))).toEqual(expectedLines);
    for (const { node } of e.mentions.edges) {
      expect(node.plan.planId).toBe('shenyang-tiexi-14fyp');
      expect(quoteAt(texts, node.plan.planId, node.start, node.end)).toBe(node.quote);
      expect(node.sectionPath[0]).toBe('沈阳市铁西区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要');
    }
  });
});

describe('the lead agency of a 001 task', () => {
  it('is 市发展改革委 for 共建国家级综合性钢铁产业基地 (责任单位:市发展改革委、市商务局、千山区政府)', async () => {
    const body = await gql(yoga, `{ entities(type: Task, plan: "anshan-ycydlq-2022", where: { nameContains: "共建国家级综合性钢铁产业基地" }, first: 10) {
      edges { node { name ... on Task { plan { planId } units leadAgency { name graphId } agencies { lead order written quote line agency { name } } } } } } }`);
    expect(body.errors).toBeUndefined();
    const tasks = body.data.entities.edges.map((e: { node: unknown }) => e.node);
    const task = tasks.find((t: { name: string }) => t.name === '共建国家级综合性钢铁产业基地,打造国家铁矿石产业安全保障基地');
    expect(task).toBeDefined();
    expect(task.plan.planId).toBe('anshan-ycydlq-2022');
    expect(task.units).toEqual(['市发展改革委', '市商务局', '千山区政府']);
    expect(task.leadAgency.name).toBe('鞍山市发展和改革委员会');
    expect(task.agencies.map((a: { written: string; lead: boolean }) => [a.written, a.lead])).toEqual([
      ['市发展改革委', true],
      ['市商务局', false],
      ['千山区政府', false],
    ]);
    expect(task.agencies[0].line).toBe(166);
  });

  it('is answered from the agency side too: the tasks 鞍山市发展和改革委员会 leads include it', async () => {
    const id = await entityId('鞍山市发展和改革委员会', 'GovernmentAgency');
    const body = await gql(yoga, `query($id: ID!) { node(id: $id) { ... on GovernmentAgency { tasks(lead: true, first: 100) { lead task { name } } } } }`, { id });
    expect(body.errors).toBeUndefined();
    const tasks = body.data.node.tasks as Array<{ lead: boolean; task: { name: string } }>;
    expect(tasks.every((t) => t.lead)).toBe(true);
    expect(tasks.map((t) => t.task.name)).toContain('共建国家级综合性钢铁产业基地,打造国家铁矿石产业安全保障基地');
  });
});

describe('地区生产总值 across the plans', () => {
  it('gives each plan\'s baseline, target or growth as the plan states it', async () => {
    const body = await gql(yoga, `{ compareIndicator(name: "地区生产总值") { plans { planId }
      targets { plan { planId } unit baseline baselineValue target targetValue growth year attribute quote start end } } }`);
    expect(body.errors).toBeUndefined();
    const c = body.data.compareIndicator;
    expect(c.plans.map((p: { planId: string }) => p.planId)).toEqual(['anshan-14fyp', 'anshan-hitech-14fyp', 'huludao-14fyp', 'shenyang-tiexi-14fyp']);
    const by = new Map<string, any>(c.targets.map((t: { plan: { planId: string } }) => [t.plan.planId, t]));
    // 000 表2: ★地区生产总值(亿元) 预期性 1738.8 - 高于省平均水平
    expect(by.get('anshan-14fyp')).toMatchObject({ unit: '亿元', baselineValue: 1738.8, growth: '高于省平均水平', attribute: '预期性' });
    // 003 表1: 地区生产总值(亿元) | 95.3 | 147 | 预期性
    expect(by.get('anshan-hitech-14fyp')).toMatchObject({ unit: '亿元', baselineValue: 95.3, targetValue: 147 });
    // 002 表2: 地区生产总值(亿元) | 预期性 | ≥6%
    expect(by.get('huludao-14fyp')).toMatchObject({ growth: '≥6%', attribute: '预期性' });
    // 004 text: 到 2025 年,地区生产总值突破 1500 亿元
    expect(by.get('shenyang-tiexi-14fyp')).toMatchObject({ unit: '亿元', targetValue: 1500, year: 2025 });
    for (const t of c.targets) expect(quoteAt(texts, t.plan.planId, t.start, t.end)).toBe(t.quote);
  });
});

describe('the path between two entities of different plans', () => {
  const query = `query($from: ID!, $to: ID!, $max: Int) { paths(from: $from, to: $to, maxLength: $max) {
    nodes { id label type } edges { id source target type plans quote } paths { nodes edges length } } }`;

  it('joins 华晨宝马 (only in 004) and 鞍钢集团 (000, 001, 003) by a shortest path whose facts come from several plans', async () => {
    const [from, to] = [await entityId('华晨宝马', 'Enterprise'), await entityId('鞍钢集团有限公司', 'Enterprise')];
    const body = await gql(yoga, query, { from, to, max: 6 });
    expect(body.errors).toBeUndefined();
    const g = body.data.paths;
    expect(g.paths).toHaveLength(1);
    const [path] = g.paths;
    expect(path.nodes[0]).toBe(from);
    expect(path.nodes.at(-1)).toBe(to);
    expect(path.nodes).toHaveLength(path.length + 1);
    expect(path.edges).toHaveLength(path.length);
    // The two ends share no plan, so the facts on the way must come from at least two.
    const plans = new Set(g.edges.flatMap((e: { plans: string[] }) => e.plans));
    expect(plans.has('shenyang-tiexi-14fyp')).toBe(true);
    expect(plans.size).toBeGreaterThanOrEqual(2);
    for (const e of g.edges) expect(e.plans.some((p: string) => texts.get(p)?.includes(e.quote))).toBe(true);
    // Ready for drawing: every edge joins two nodes of the result, consecutive along the path.
    const ids = new Set(g.nodes.map((n: { id: string }) => n.id));
    for (const e of g.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    path.edges.forEach((edgeId: string, i: number) => {
      const e = g.edges.find((x: { id: string }) => x.id === edgeId);
      expect([e.source, e.target].sort()).toEqual([path.nodes[i], path.nodes[i + 1]].sort());
    });
    // Shortest: one relationship less finds nothing (and is not an error).
    const shorter = await gql(yoga, query, { from, to, max: path.length - 1 });
    expect(shorter.errors).toBeUndefined();
    expect(shorter.data.paths.paths).toEqual([]);
  });
});
