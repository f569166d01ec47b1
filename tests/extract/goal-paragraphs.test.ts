// Goals stated in the paragraphs after a run-in goal heading: `(二)发展目标。到2025年,…`
// then one paragraph per goal area, whose sentences carry no year of their own.
// Written in the shape action plans use.
import { describe, expect, it } from 'vitest';
import { goalTargets } from '../../src/extract/indicators/running-text.js';
import { extractPlan } from '../../src/extract/index.js';
import { parsePlan } from '../../src/text/index.js';
import { inferPlan } from '../../src/text/manifest.js';
import type { TextUnit } from '../../src/extract/units.js';
import { seedGazetteer } from './helpers.js';

const raw = [
  '某市建设制造强市三年行动计划(2023—2025年)',
  '一、总体要求',
  '(一)指导思想。坚持把制造业高质量发展作为主攻方向,规模以上工业企业达到1000家的基础更加牢固。',
  '(二)发展目标。到2025年,初步建成先进制造业强市。',
  '产业能级更高。制造业增加值占全市生产总值的比重稳定在30%以上,工业增加值保持稳定增长,规模以上工业企业力争突破2200家。',
  '创新能力更强。2022年,研发投入120亿元,同比增长8%。高新技术企业达到600家。',
  '(三)基本原则。坚持市场主导,新增市场主体5万户。',
  '',
].join('\n');

const sectioned = [
  '某市产业振兴行动方案',
  '一、发展基础',
  '全市规模以上工业企业达到800家。',
  '二、总体目标',
  '产业基础更加牢固,制造业增加值占地区生产总值比重力争达到30%。',
  '到2025年,地区生产总值突破1000亿元。主要指标平均增速分别是:地区生产总值增长6%以上;进出口总额增长5%。',
  '三、重点任务',
  '新增市场主体5万户。',
  '',
].join('\n');

describe('paragraphs after a run-in goal heading', () => {
  it('reads every clause of a goal sentence with the heading’s year', () => {
    const text = '产业能级更高。制造业增加值占全市生产总值的比重稳定在30%以上,工业增加值保持稳定增长,规模以上工业企业力争突破2200家。';
    const t = goalTargets({ matchText: text, text } as TextUnit, 2025);
    expect(t.map((x) => [x.year, x.name, x.target, x.unit, x.qualifier])).toEqual([
      [2025, '制造业增加值占全市生产总值的比重', '30%', '%', '稳定在…以上'],
      [2025, '规模以上工业企业', '2200', '家', '力争突破'],
    ]);
  });

  it('stops at the next run-in heading and skips sentences that state results', () => {
    const doc = parsePlan(raw, inferPlan('t.txt', raw));
    const out = extractPlan(doc, seedGazetteer());
    const targets = out.relationships.filter((r) => r.type === 'HAS_TARGET').map((r) => [r.properties.year, r.properties.name, r.properties.target]);
    expect(targets).toEqual([
      [2025, '制造业增加值占全市生产总值的比重', '30%'],
      [2025, '规模以上工业企业', '2200'],
      [2025, '高新技术企业', '600'],
    ]);
  });

  it('reads the paragraphs of a section headed 总体目标, with no year where none is named', () => {
    const doc = parsePlan(sectioned, inferPlan('t.txt', sectioned));
    const out = extractPlan(doc, seedGazetteer());
    const targets = out.relationships.filter((r) => r.type === 'HAS_TARGET').map((r) => [r.properties.year, r.properties.name, r.properties.target, r.properties.qualifier]);
    expect(targets).toHaveLength(4);
    expect(targets).toEqual(expect.arrayContaining([
      [2025, '地区生产总值', '1000', '突破'],
      [null, '制造业增加值占地区生产总值比重', '30%', '力争达到'],
      // After `到2025年` in the paragraph, its later sentences hold for 2025 too.
      [2025, '地区生产总值增长', '6%', '以上'],
      [2025, '进出口总额增长', '5%', null],
    ]));
  });
});

describe('a section of goals broken down by scope (dev-zhanjiang-cyyq-2017, shortened)', () => {
  const parks = [
    '某市产业园区发展规划',
    '一、产业园区2017-2020年主要目标',
    '——到2020年末,争取现有园区扩容面积达到4.8万亩。',
    '——全市园区规上工业总产值力争达到3000亿元(比2016年增加1502亿元),园区经济主力军地位凸显。其中:',
    '甲乙产业转移工业园规上工业总产值达到1450亿元(增加810亿元);',
    '丙丁经济开发区(含戊己产业园)规上工业总产值达到300亿元,其中戊己产业园达到220亿元;',
    '庚辛产业转移工业园工业总产值达到30亿元。',
    '——园区主导产业工业产值占园区工业总产值比重超过60%。',
    '',
  ].join('\n');

  it('reads the targets of a section headed …年主要目标 with its last year, each park as the scope of the indicator broken down', () => {
    const doc = parsePlan(parks, inferPlan('t.txt', parks));
    const out = extractPlan(doc, seedGazetteer());
    const targets = out.relationships.filter((r) => r.type === 'HAS_TARGET').map((r) => [r.properties.year, r.properties.scope ?? null, r.properties.name, r.properties.target, r.properties.qualifier]);
    expect(targets).toHaveLength(7);
    expect(targets).toEqual(expect.arrayContaining([
      // 争取 qualifies like 力争; a bullet dash is no part of a name.
      [2020, null, '现有园区扩容面积', '4.8', '争取…达到'],
      // A comparison with a year before the goal's is the target's own increase, not a result.
      [2020, '全市', '园区规上工业总产值', '3000', '力争达到'],
      [2020, '甲乙产业转移工业园', '规上工业总产值', '1450', '达到'],
      [2020, '丙丁经济开发区(含戊己产业园)', '规上工业总产值', '300', '达到'],
      // A clause naming only its scope restates the indicator broken down.
      [2020, '戊己产业园', '园区规上工业总产值', '220', '达到'],
      [2020, '庚辛产业转移工业园', '工业总产值', '30', '达到'],
      // The next bullet ends the breakdown.
      [2020, null, '园区主导产业工业产值占园区工业总产值比重', '60%', '超过'],
    ]));
  });
});
