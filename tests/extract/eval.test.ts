import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../../src/extract/eval/evaluate.js';
import type { GoldFile } from '../../src/extract/eval/gold.js';
import { summarise } from '../../src/extract/eval/report.js';
import { score } from '../../src/extract/eval/score.js';
import { withoutPlan } from '../../src/extract/eval/leave-one-out.js';
import { extractPlan } from '../../src/extract/index.js';
import type { PlanExtraction } from '../../src/extract/types.js';
import { plan, seedGazetteer, syntheticDoc } from './helpers.js';

describe('scores', () => {
  it('computes precision, recall and F1 over sets', () => {
    const s = score(['a', 'b', 'c', 'c'], ['b', 'c', 'd', 'e']);
    expect([s.tp, s.fp, s.fn]).toEqual([2, 1, 2]);
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(0.5);
    expect(s.f1).toBeCloseTo(4 / 7);
    expect(s.falsePositives).toEqual(['a']);
    expect(s.falseNegatives).toEqual(['d', 'e']);
  });
});

describe('evaluatePlan', () => {
  const doc = syntheticDoc(plan('t-eval'), [
    { heading: '第一章', paragraphs: ['支持鞍钢做强主业,海城菱镁工业园加快发展。', '推进达道湾工业园建设。'] },
    { heading: '第二章', tasks: [{ number: '1', heading: '任务', body: '推进。', units: ['市发展改革委', '相关县(市)区'] }] },
  ]);
  const out = extractPlan(doc, seedGazetteer());

  it('counts only what lies in the labelled scope, and scores tasks by their written units', () => {
    const gold: GoldFile = {
      plan: 't-eval',
      scope: [{ from: 2, to: 2 }, { from: 1, to: 10, labels: ['tasks'] }],
      entities: [
        { type: 'Enterprise', name: '鞍钢集团有限公司', line: 2 },
        { type: 'IndustrialPark', name: '海城菱镁工业园', line: 2 },
        { type: 'Institution', name: '不存在的研究院', line: 2 },
      ],
      relations: [{ type: 'LOCATED_IN', start: '海城菱镁工业园', end: '海城市', line: 2 }],
      indicators: [],
      tasks: [{ number: '1', heading: '任务', units: ['市发展改革委', '相关县(市)区'], line: 5 }],
    };
    const result = evaluatePlan(gold, out);
    expect(result.entities.Enterprise).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(result.entities.Institution).toMatchObject({ tp: 0, fn: 1 });
    // line 3 (达道湾工业园) is outside the scope: not a false positive
    expect(result.entities.IndustrialPark).toMatchObject({ tp: 1, fp: 0 });
    expect(result.relations.LOCATED_IN).toMatchObject({ tp: 1 });
    expect(result.tasks).toEqual([{ line: 5, name: '任务', exact: true, differences: [] }]);
    expect(summarise([result]).tasks.rate).toBe(1);
  });
});

describe('task and LED_BY scores', () => {
  const doc = syntheticDoc(plan('t-tasks', { name: '西宁市', parents: ['青海省'] }), [
    { heading: '第一章', tasks: [
      { number: '1', heading: '任务甲', body: '推进。', units: ['市商务局', '市发改委', '相关县(市)区'] },
      { number: '2', heading: '任务乙', body: '推进。', units: ['市财政局'] },
    ] },
  ]);
  const out = extractPlan(doc, seedGazetteer());
  const lineOf = (heading: string) => doc.raw.split('\n').findIndex((l) => l.includes(heading)) + 1;
  const base: GoldFile = { plan: 't-tasks', scope: [{ from: 1, to: 20 }], entities: [], relations: [], indicators: [], tasks: [] };

  it('matches tasks by line and scores task → unit with its role; classes of units are not LED_BY', () => {
    const gold: GoldFile = { ...base, tasks: [
      { number: '1', heading: '任务甲', units: ['市商务局', '市发改委', '相关县(市)区'], roles: ['lead', 'assist', 'assist'], agencies: ['市商务局', '市发改委', null], line: lineOf('任务甲') },
      { number: '2', heading: '任务乙', units: ['市财政局'], line: lineOf('任务乙') },
    ] };
    const result = evaluatePlan(gold, out);
    expect(result.taskBlocks).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(result.ledBy.falsePositives).toEqual([]);
    expect(result.ledBy).toMatchObject({ tp: 3, fp: 0, fn: 0 });
    expect(summarise([result]).taskScores.LED_BY.f1).toBe(1);
  });

  it('counts a wrong role, a missed task and a task nobody labelled', () => {
    const gold: GoldFile = { ...base, tasks: [
      { number: '1', heading: '任务甲', units: ['市商务局', '市发改委', '相关县(市)区'], roles: ['lead', 'lead', 'assist'], agencies: ['市商务局', '市发改委', null], line: lineOf('任务甲') },
      { number: '9', heading: '没有的任务', units: ['市教育局'], line: 99 },
    ] };
    const result = evaluatePlan(gold, out);
    expect(result.taskBlocks).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(result.ledBy.falseNegatives).toContain('L' + lineOf('任务甲') + ' 任务甲 → 市发改委 (lead)');
    expect(result.ledBy.falsePositives).toContain('L' + lineOf('任务甲') + ' 任务甲 → 市发改委 (assist)');
  });
});

describe('written forms in the dev gold', () => {
  const doc = syntheticDoc(plan('t-dev', { name: '西宁市', parents: ['青海省'] }), [{ heading: '第一章', paragraphs: ['支持青海盐湖工业股份有限公司发展。'] }]);
  const out = extractPlan(doc, seedGazetteer());
  const gold = (entity: GoldFile['entities'][number]): GoldFile => ({ plan: 't-dev', scope: [{ from: 1, to: 5 }], entities: [entity], relations: [], indicators: [], tasks: [] });

  it('counts a match on the canonical name or an alias once, only when forms are allowed', () => {
    const byCanonical = gold({ type: 'Enterprise', name: '盐湖股份', surface: '盐湖股份', canonical: '青海盐湖工业股份有限公司', line: 2 });
    expect(evaluatePlan(byCanonical, out, { surfaces: true }).entities.Enterprise).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(evaluatePlan(byCanonical, out).entities.Enterprise).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    const byAlias = gold({ type: 'Enterprise', name: '盐湖股份', aliases: ['青海盐湖工业股份有限公司'], line: 2 });
    expect(evaluatePlan(byAlias, out, { surfaces: true }).entities.Enterprise).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('ignores script and a scraper\'s pinyin glosses: 市稅務局 and 東南銅業(yè) match 市税务局 and 东南铜业', () => {
    const extraction: PlanExtraction = {
      planId: 't-script',
      messages: [],
      nodes: [
        { id: 'GovernmentAgency:市税务局', type: 'GovernmentAgency', name: '市税务局', aliases: [], properties: {} },
        { id: 'Enterprise:东南铜业', type: 'Enterprise', name: '东南铜业', aliases: [], properties: {} },
      ],
      relationships: ['GovernmentAgency:市税务局', 'Enterprise:东南铜业'].map((start, i) => ({ type: 'MENTIONED_IN' as const, start, end: 'Plan:t', properties: { id: `m${i}`, line: 2 } })),
    };
    const g: GoldFile = {
      plan: 't-script', scope: [{ from: 1, to: 5 }], relations: [], indicators: [], tasks: [],
      entities: [{ type: 'GovernmentAgency', name: '市稅務局', surface: '市稅務局', line: 2 }, { type: 'Enterprise', name: '東南銅業(yè)', surface: '東南銅業(yè)', line: 2 }],
    };
    const result = evaluatePlan(g, extraction, { surfaces: true });
    expect(result.entities.GovernmentAgency).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(result.entities.Enterprise).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('scores a relation whose end the gold writes by its official name (上海市) as the entity it labelled by its written form (上海)', () => {
    const extraction: PlanExtraction = {
      planId: 't-ends',
      messages: [],
      nodes: [
        { id: 'AdminArea:上海市', type: 'AdminArea', name: '上海市', aliases: ['上海'], properties: {} },
        { id: 'Project:沪苏湖铁路上海段', type: 'Project', name: '沪苏湖铁路上海段', aliases: [], properties: {} },
      ],
      relationships: [
        ...['AdminArea:上海市', 'Project:沪苏湖铁路上海段'].map((start, i) => ({ type: 'MENTIONED_IN' as const, start, end: 'Plan:t', properties: { id: `m${i}`, line: 2 } })),
        { type: 'LOCATED_IN' as const, start: 'Project:沪苏湖铁路上海段', end: 'AdminArea:上海市', properties: { id: 'r', line: 2, rule: 'name-carries-area' } },
      ],
    };
    const g: GoldFile = {
      plan: 't-ends', scope: [{ from: 1, to: 5 }], indicators: [], tasks: [],
      entities: [{ type: 'AdminArea', name: '上海', surface: '上海', canonical: '上海市', line: 2 }, { type: 'Project', name: '沪苏湖铁路上海段', surface: '沪苏湖铁路上海段', line: 2 }],
      relations: [{ type: 'LOCATED_IN', start: '沪苏湖铁路上海段', end: '上海市', line: 2 }],
    };
    expect(evaluatePlan(g, extraction, { surfaces: true }).relations.LOCATED_IN).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('gives each extracted indicator row to one gold row, the one it agrees with most', () => {
    const row = (id: string, year: number, target: string) => ({ type: 'HAS_TARGET' as const, start: 'Plan:t', end: 'Indicator:5G基站', properties: { id, line: 3, name: '5G基站', year, target } });
    const extraction: PlanExtraction = { planId: 't-rows', messages: [], nodes: [], relationships: [row('a', 2024, '1万'), row('b', 2022, '2600')] };
    const g: GoldFile = {
      plan: 't-rows', scope: [{ from: 1, to: 5 }], entities: [], relations: [], tasks: [],
      indicators: [{ name: '5G基站', year: 2022, target: '2600', line: 3 }, { name: '5G基站', year: 2024, target: '1万', line: 3 }, { name: '5G基站', year: 2025, target: '2万', line: 3 }],
    };
    expect(evaluatePlan(g, extraction).indicators.map((r) => r.exact)).toEqual([true, true, false]);
  });

  it('leaves unlabelled types out of the score', () => {
    const g = { ...gold({ type: 'Enterprise', name: '青海盐湖工业股份有限公司', line: 2 }), unlabelled: { entities: ['Enterprise'] } };
    expect(evaluatePlan(g, out, { surfaces: true }).entities.Enterprise).toBeUndefined();
  });
});

describe('leave one plan out', () => {
  it('drops only the entries whose source quotes the plan left out', () => {
    const g = seedGazetteer();
    const left = withoutPlan(g, 'anshan-14fyp');
    const fromPlan = g.entries.filter((e) => e.source.kind === 'plan' && e.source.plan === 'anshan-14fyp');
    expect(fromPlan.length).toBeGreaterThan(0);
    expect(left.entries.length).toBe(g.entries.length - fromPlan.length);
    expect(left.entries.some((e) => e.id === 'Enterprise:鞍钢集团有限公司')).toBe(false);
    // public entries and other plans' entries stay
    expect(left.entries.some((e) => e.id === 'AdminArea:辽宁省/鞍山市/海城市')).toBe(true);
    expect(left.entries.some((e) => e.source.kind === 'plan' && e.source.plan === 'huludao-14fyp')).toBe(true);
    expect(left.notEntities).toEqual(g.notEntities);
  });
});
