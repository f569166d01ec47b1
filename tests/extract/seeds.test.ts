// The five seed plans through the real text stage and the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPlan, extractPlans, mergeGraphs } from '../../src/extract/index.js';
import type { GraphRelationship, PlanExtraction } from '../../src/extract/types.js';
import { loadPlanDocument } from '../../src/text/index.js';
import { loadManifest } from '../../src/text/manifest.js';
import type { PlanDocument } from '../../src/text/types.js';
import { seedGazetteer } from './helpers.js';

let docs: PlanDocument[];
let byPlan: Map<string, PlanExtraction>;

beforeAll(() => {
  docs = loadManifest().map((p) => loadPlanDocument(p.id));
  byPlan = new Map(docs.map((d) => [d.plan.id, extractPlan(d, seedGazetteer())]));
});

const target = (plan: string, line: number, name?: string): GraphRelationship | undefined =>
  byPlan.get(plan)!.relationships.find((r) => r.type === 'HAS_TARGET' && r.properties.line === line && (!name || r.properties.name === name));

describe('provenance', () => {
  it('quotes the original file exactly for every relationship of every seed', () => {
    let checked = 0;
    for (const doc of docs) {
      for (const r of byPlan.get(doc.plan.id)!.relationships) {
        const p = r.properties;
        expect(doc.raw.slice(Number(p.start), Number(p.end)), `${r.type} ${r.start} → ${r.end}`).toBe(p.quote);
        expect(p.plan).toBe(doc.plan.id);
        expect(typeof p.rule).toBe('string');
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(3000);
  });

  it('has a node for both ends of every relationship, in the plan’s own extraction', () => {
    for (const extraction of byPlan.values()) {
      const ids = new Set(extraction.nodes.map((n) => n.id));
      const dangling = extraction.relationships.filter((r) => !ids.has(r.start) || !ids.has(r.end));
      expect(dangling.map((r) => `${r.type} ${r.start} → ${r.end}`)).toEqual([]);
    }
  });

  it('gives every relationship a line that matches its start offset', () => {
    for (const doc of docs) {
      for (const r of byPlan.get(doc.plan.id)!.relationships.slice(0, 300)) {
        const line = doc.raw.slice(0, Number(r.properties.start)).split('\n').length;
        expect(r.properties.line).toBe(line);
      }
    }
  });
});

describe('determinism', () => {
  it('gives identical ids whether a plan is extracted alone or with the others, in any order', () => {
    const alone = extractPlan(loadPlanDocument('anshan-hitech-14fyp'), seedGazetteer());
    const together = extractPlans([...docs].reverse(), seedGazetteer());
    const ids = new Set([...together.nodes.map((n) => n.id), ...together.relationships.map((r) => r.properties.id)]);
    for (const n of alone.nodes) expect(ids.has(n.id)).toBe(true);
    for (const r of alone.relationships) expect(ids.has(r.properties.id)).toBe(true);
    expect(JSON.stringify(extractPlans(docs, seedGazetteer()))).toBe(JSON.stringify(together));
  });

  it('merges one enterprise named in several plans into one node', () => {
    const graph = mergeGraphs([...byPlan.values()]);
    const angang = graph.nodes.filter((n) => n.id === 'Enterprise:鞍钢集团有限公司');
    expect(angang).toHaveLength(1);
    const plans = new Set(graph.relationships.filter((r) => r.type === 'MENTIONED_IN' && r.start === 'Enterprise:鞍钢集团有限公司').map((r) => r.properties.plan));
    expect(plans.size).toBeGreaterThanOrEqual(3);
  });

  it('keeps the two 铁西区 apart', () => {
    const anshan = byPlan.get('anshan-14fyp')!.relationships.filter((r) => r.type === 'MENTIONED_IN' && r.start.endsWith('/铁西区'));
    const tiexi = byPlan.get('shenyang-tiexi-14fyp')!.relationships.filter((r) => r.type === 'MENTIONED_IN' && r.start.endsWith('/铁西区'));
    expect(new Set(anshan.map((r) => r.start))).toEqual(new Set(['AdminArea:辽宁省/鞍山市/铁西区']));
    expect(new Set(tiexi.map((r) => r.start))).toEqual(new Set(['AdminArea:辽宁省/沈阳市/铁西区']));
  });
});

describe('indicator tables, all three shapes, raw values exact', () => {
  it('reads the nbsp table (000 表2) with its attribute glued to the name', () => {
    expect(target('anshan-14fyp', 341)?.properties).toMatchObject({
      name: '地区生产总值', unit: '亿元', category: '经济发展', baseline: '1738.8', target: '-', growth: '高于省平均水平', attribute: '预期性', national: true, period: '十四五',
    });
    // one cell holding three values: 58.3完成省下达任务-
    expect(target('anshan-14fyp', 360)?.properties).toMatchObject({ baseline: '58.3', target: '完成省下达任务', growth: '-' });
  });

  it('splits an unseparated row (000 表1) into target and actual with the header in hand', () => {
    expect(target('anshan-14fyp', 264)?.properties).toMatchObject({ name: '新增建设用地规模', unit: '公顷', target: '2500', actual: '2000', period: '十三五' });
    expect(target('anshan-14fyp', 266)?.properties).toMatchObject({ target: '[16]', actual: '[6.64]', actualYear: 2019, cumulative: true });
  });

  it('reads pipe tables with shifted cells (002) and with row numbers (003)', () => {
    expect(target('huludao-14fyp', 73)?.properties).toMatchObject({ name: '一般公共预算收入', baseline: '69.5', target: '100', growth: '7.5%左右', category: '经济发展' });
    expect(target('huludao-14fyp', 72)?.properties).toMatchObject({ name: '地区生产总值', growth: '≥6%', baseline: null, target: null });
    expect(target('anshan-hitech-14fyp', 54)?.properties).toMatchObject({ row: '2', category: '经济发展', name: '地区生产总值', baseline: '95.3', target: '147', attribute: '预期性' });
  });

  it('reads targets in running text (004)', () => {
    const gdp = byPlan.get('shenyang-tiexi-14fyp')!.relationships.find((r) => r.type === 'HAS_TARGET' && r.properties.name === '地区生产总值');
    expect(gdp?.properties).toMatchObject({ source: 'text', year: 2025, target: '1500', unit: '亿元', qualifier: '突破' });
    expect(gdp?.end).toBe('Indicator:地区生产总值');
  });

  it('gives one indicator one id across plans (地区生产总值(亿元) → Indicator:地区生产总值)', () => {
    const plans = [...byPlan.values()].filter((e) => e.relationships.some((r) => r.type === 'HAS_TARGET' && r.end === 'Indicator:地区生产总值'));
    expect(plans.map((p) => p.planId).sort()).toEqual(['anshan-14fyp', 'anshan-hitech-14fyp', 'huludao-14fyp', 'shenyang-tiexi-14fyp']);
  });
});

describe('tasks (001)', () => {
  it('lists a task’s units in written order, the first leading', () => {
    const out = byPlan.get('anshan-ycydlq-2022')!;
    const task = out.nodes.find((n) => n.type === 'Task' && n.name === '共建国家级综合性钢铁产业基地');
    expect(task?.properties.units).toEqual(['市发展改革委', '市工业和信息化局', '市科技局', '市自然资源局', '相关县(市)区', '开发区']);
    const led = out.relationships.filter((r) => r.type === 'LED_BY' && r.start === task!.id).sort((a, b) => Number(a.properties.order) - Number(b.properties.order));
    expect(led.map((r) => [r.end, r.properties.lead])).toEqual([
      ['GovernmentAgency:鞍山市/发展和改革委员会', true],
      ['GovernmentAgency:鞍山市/工业和信息化局', false],
      ['GovernmentAgency:鞍山市/科学技术局', false],
      ['GovernmentAgency:鞍山市/自然资源局', false],
    ]);
  });
});
