// One sentence per registered relation rule (src/extract/relations/rules.ts) → the fact it states,
// and the same sentence without that rule → no such fact (issue 9 §5c). A rule without a sentence
// here fails the first test.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { RELATE } from '../../src/extract/relations/rules.js';
import type { PlanExtraction } from '../../src/extract/types.js';
import { plan, seedGazetteer, syntheticDoc, type SyntheticSection } from './helpers.js';

interface RelateFixture {
  rule: string;
  section: SyntheticSection;
  /** `TYPE start → end`, as the graph writes it. */
  fact: string;
}

const FIXTURES: RelateFixture[] = [
  { rule: 'mentioned-in', section: { heading: '第一章 产业', paragraphs: ['支持鞍钢做强主业。'] }, fact: 'MENTIONED_IN Enterprise:鞍钢集团有限公司 → t-rel/s1' },
  { rule: 'located-in', section: { heading: '第一章 产业', paragraphs: ['建设海城菱镁工业园。'] }, fact: 'LOCATED_IN IndustrialPark:海城菱镁工业园 → AdminArea:辽宁省/鞍山市/海城市' },
  {
    rule: 'led-by',
    section: { heading: '第一章 任务', tasks: [{ number: '1', heading: '推进项目建设', body: '加快重点项目建设。', units: ['市发展改革委', '市财政局'], label: '责任单位' }] },
    fact: 'LED_BY Task:t-rel/s1/task1 → GovernmentAgency:鞍山市/财政局',
  },
  { rule: 'hosts', section: { heading: '第一章 园区', paragraphs: ['鞍山高新区依托云数科技、希思腾科等龙头企业,加快发展。'] }, fact: 'HOSTS IndustrialPark:鞍山高新技术产业开发区 → Enterprise:云数科技' },
  { rule: 'develops', section: { heading: '第一章 园区', paragraphs: ['鞍山高新区重点发展新材料、生物医药等产业。'] }, fact: 'DEVELOPS IndustrialPark:鞍山高新技术产业开发区 → Industry:新材料产业' },
  { rule: 'involves', section: { heading: '第一章 项目', paragraphs: ['加快后英集团产能置换、紫竹集团铁塔用耐候钢等重大项目建设。'] }, fact: 'INVOLVES Project:后英集团产能置换项目 → Enterprise:后英集团' },
  { rule: 'has-target', section: { heading: '第一章 目标', paragraphs: ['到2025年,地区生产总值突破1500亿元。'] }, fact: 'HAS_TARGET Plan:t-rel → Indicator:地区生产总值' },
];

const facts = (out: PlanExtraction): string[] => out.relationships.map((r) => `${r.type} ${r.start} → ${r.end}`);

describe('the relation rule registry', () => {
  it('has a fixture for every registered rule, and none for a rule it lacks', () => {
    const ids = RELATE.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !FIXTURES.some((f) => f.rule === id))).toEqual([]);
    expect(FIXTURES.map((f) => f.rule).filter((id) => !ids.includes(id))).toEqual([]);
  });
});

describe('each relation rule on its sentence', () => {
  for (const f of FIXTURES) {
    it(`${f.rule}: ${f.fact}`, () => {
      const doc = syntheticDoc(plan('t-rel'), [f.section]);
      expect(facts(extractPlan(doc, seedGazetteer()))).toContain(f.fact);
      expect(facts(extractPlan(doc, seedGazetteer(), RELATE.filter((r) => r.id !== f.rule)))).not.toContain(f.fact);
    });
  }
});
