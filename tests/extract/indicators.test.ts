import { describe, expect, it } from 'vitest';
import { columnRoles } from '../../src/extract/indicators/columns.js';
import { textTargets } from '../../src/extract/indicators/running-text.js';
import { alternation } from '../../src/extract/indicators/target-words.js';
import { placeShifted } from '../../src/extract/indicators/shifted.js';
import { splitGlued, splitMixed } from '../../src/extract/indicators/split-glued.js';
import { dropFootnoteMarks, normaliseIndicatorName, parseValue, splitName } from '../../src/extract/indicators/values.js';
import type { TableRow } from '../../src/text/types.js';
import type { TextUnit } from '../../src/extract/units.js';

const row = (...cells: string[]): TableRow => {
  const p = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
  return { cells: cells.map((text) => ({ text, position: p })), position: p, isCategory: false };
};

describe('column roles from headers', () => {
  it('reads a plan table whose header cells ran together', () => {
    expect(columnRoles([row('指标名称', '属性', '2020年', '2025年累计或年均增速')], false)).toEqual(['name', 'attribute', 'baseline', 'target', 'growth']);
  });
  it('reads a results table with a second header row of years', () => {
    expect(columnRoles([row('指 标', '规划目标', '实际完成'), row('2015年', '2020年', '年均增速 [累计]', '2020年', '年均增速 [累计]')], true)).toEqual([
      'name', 'baseline', 'target', 'growth', 'actual', 'actualGrowth',
    ]);
  });
  it('reads a one-cell results header', () => {
    expect(columnRoles([row('序号指标“十三五”目标2020年[累计]')], true)).toEqual(['number', 'name', 'target', 'actual']);
  });
  it('reads a 十三五 plan table: the earlier year is the baseline, `〔累计〕` in a cell of its own the growth', () => {
    expect(columnRoles([row('指标', '2015年', '2020年', '〔累计〕1', '属性')], false)).toEqual(['name', 'baseline', 'target', 'growth', 'attribute']);
  });
  it('reads a header with row numbers and a category column', () => {
    expect(columnRoles([row('序号', '领域', '指标名称', '2020年', '2025年', '属性')], false)).toEqual(['number', 'category', 'name', 'baseline', 'target', 'attribute']);
  });
});

describe('glued and merged cells', () => {
  it('splits glued numbers where the parts are closest in size', () => {
    expect(splitGlued('357450', 2)).toEqual({ parts: ['357', '450'], ambiguous: true });
    expect(splitGlued('14.514.6', 2).parts).toEqual(['14.5', '14.6']);
    expect(splitGlued('0.12280.15', 2).parts).toEqual(['0.1228', '0.15']);
    expect(splitGlued('<5043', 2).parts).toEqual(['<50', '43']);
    expect(splitGlued('100', 2).parts).toEqual(['10', '0']);
    expect(splitGlued('[16][6.64]*', 2)).toEqual({ parts: ['[16]', '[6.64]*'], ambiguous: false });
  });
  it('splits a number, a text and a dash that share a cell, but not a number with its tail', () => {
    expect(splitMixed('58.3完成省下达任务-')).toEqual(['58.3', '完成省下达任务', '-']);
    expect(splitMixed('-完成省下达任务')).toEqual(['-', '完成省下达任务']);
    expect(splitMixed('5.5左右')).toBeUndefined();
  });
});

describe('shifted rows', () => {
  const plan = ['baseline', 'target', 'growth'] as const;
  it('reads a lone % value on an absolute indicator as growth', () => {
    expect(placeShifted(['≥6%'], [...plan], '亿元', '地区生产总值', false).values).toEqual({ growth: '≥6%' });
  });
  it('reads a lone % value on a % indicator as the target, marked a guess', () => {
    expect(placeShifted(['≥1%'], [...plan], '%', '研究经费投入强度', false)).toEqual({ values: { target: '≥1%' }, ambiguous: true });
  });
  it('reads a level beside a growth rate as the base year', () => {
    expect(placeShifted(['4.9', '>6%'], [...plan], '%', '居民人均可支配收入增长', false).values).toEqual({ baseline: '4.9', growth: '>6%' });
  });
  it('reads results rows by shape', () => {
    const results = ['baseline', 'target', 'growth', 'actual', 'actualGrowth'] as const;
    expect(placeShifted(['[16.03]', '[17.19]'], [...results], '万人', 'x', true).values).toEqual({ growth: '[16.03]', actualGrowth: '[17.19]' });
    expect(placeShifted(['36.16', '37.5', '36.4'], [...results], '%', 'x', true).values).toEqual({ baseline: '36.16', target: '37.5', actual: '36.4' });
  });
});

describe('values and names', () => {
  it('drops a footnote digit inside a name, not a number that counts something', () => {
    expect(dropFootnoteMarks('城镇污水3集中处理率')).toBe('城镇污水集中处理率');
    expect(dropFootnoteMarks('每千人口拥有3岁以下婴幼儿托位数')).toBe('每千人口拥有3岁以下婴幼儿托位数');
    expect(dropFootnoteMarks('第3产业增加值比重')).toBe('第3产业增加值比重');
    expect(dropFootnoteMarks('城市细颗粒物(PM2.5)浓度')).toBe('城市细颗粒物(PM2.5)浓度');
  });
  it('keeps values as written and parses the number', () => {
    expect(parseValue('[21.3]')).toEqual({ raw: '[21.3]', number: 21.3, cumulative: true });
    expect(parseValue('-')).toEqual({ raw: '-', number: null, cumulative: false });
    expect(parseValue('进入国家 先进行列')).toEqual({ raw: '进入国家 先进行列', number: null, cumulative: false });
  });
  it('splits name, unit, qualifier and the national mark', () => {
    expect(splitName('★地区生产总值(亿元)')).toEqual({ name: '地区生产总值', unit: '亿元', national: true });
    expect(splitName('园区企业在境外设立的研发机构(个)(含离岸孵化器和科技园区)')).toMatchObject({ name: '园区企业在境外设立的研发机构', unit: '个', qualifier: '含离岸孵化器和科技园区' });
    expect(normaliseIndicatorName('﹡地区生产总值(亿元)')).toBe('地区生产总值');
  });
});

describe('targets in running text', () => {
  it('tries the longest unit and verb first', () => {
    const units = alternation('measure-units').split('|');
    expect(units.indexOf('万亿元')).toBeLessThan(units.indexOf('亿元'));
    expect(units.indexOf('亿元')).toBeLessThan(units.indexOf('元'));
    const verbs = alternation('target-level-verbs', 'target-count-verbs').split('|');
    expect(verbs.indexOf('力争突破')).toBeLessThan(verbs.indexOf('突破'));
    expect(verbs.indexOf('超过')).toBeLessThan(verbs.indexOf('超'));
  });
  const unit = (text: string) => ({ matchText: text, text }) as TextUnit;
  it('reads every clause after the year, with qualifiers', () => {
    const t = textTargets(unit('到 2025 年,全区进出口总额突破 400 亿元,双创载体达到35家以上,城镇登记失业率控制在3.8%以内。其他'));
    expect(t.map((x) => [x.year, x.name, x.target, x.unit, x.qualifier, x.scope])).toEqual([
      [2025, '进出口总额', '400', '亿元', '突破', '全区'],
      [2025, '双创载体', '35', '家', '达到…以上', null],
      [2025, '城镇登记失业率', '3.8%', '%', '控制在…以内', null],
    ]);
  });
  it('reads a count before its name and carries a lead verb to the next clause', () => {
    const t = textTargets(unit('到2025年,力争培育省级以上数字经济园区1个,省级以上专业创新载体2个。'));
    expect(t.map((x) => [x.name, x.target, x.qualifier])).toEqual([
      ['省级以上数字经济园区', '1', '力争培育'],
      ['省级以上专业创新载体', '2', '力争培育'],
    ]);
    expect(textTargets(unit('到2025年,建设1个跨行业综合性平台。')).map((x) => x.name)).toEqual(['跨行业综合性平台']);
  });
  it('reads a year opening a sentence as a target year only from the plan\'s first year on', () => {
    const text = '2024年,全市新建5G基站2000个以上。';
    expect(textTargets(unit(text), 2023).map((x) => [x.year, x.name, x.target, x.qualifier, x.scope])).toEqual([[2024, '5G基站', '2000', '新建…以上', '全市']]);
    // A work report issued in 2023 states last year's results this way: no target.
    expect(textTargets(unit('2022年,全市新建5G基站2000个。'), 2023)).toEqual([]);
    expect(textTargets(unit('到2025年底前,森林覆盖率达到40%。')).map((x) => [x.year, x.name])).toEqual([[2025, '森林覆盖率']]);
  });
  it('takes a year-opened sentence compared with a past period as results, and a Latin acronym as a name', () => {
    const t = textTargets(unit('到2023年,全县GDP超200亿元。2020年,全县GDP完成145.8亿元,税收收入11.8亿元,分别比2015年增长17.5%、68.9%。2022年,工业增加值200亿元,同比增长5%。'));
    expect(t.map((x) => [x.year, x.name, x.target, x.qualifier, x.scope])).toEqual([[2023, 'GDP', '200', '超', '全县']]);
    expect(textTargets(unit('2022年,开发区入选国家级示范区,在2021年度全国217家国家级开发区综合考评中位列第13位。'))).toEqual([]);
    // With no plan year known, a year-opened sentence without a comparison is a target.
    expect(textTargets(unit('2022年,全市新建5G基站2600个以上。')).map((x) => [x.year, x.target])).toEqual([[2022, '2600']]);
  });
  it('cuts a modal word before the verb and a closing predicate after a counted name', () => {
    const t = textTargets(unit('到2025年,地区生产总值将达到1000亿元,森林覆盖率要达到40%,有望突破50亿元。'));
    expect(t.map((x) => [x.name, x.target, x.qualifier])).toEqual([
      ['地区生产总值', '1000', '达到'],
      ['森林覆盖率', '40%', '达到'],
    ]);
    const c = textTargets(unit('到2025年,首批10个示范社区全面建成。'));
    expect(c.map((x) => [x.name, x.target, x.unit, x.qualifier])).toEqual([['示范社区', '10', '个', '首批']]);
    expect(textTargets(unit('到2025年,建成5所学校投入使用。')).map((x) => [x.name, x.target, x.unit])).toEqual([['学校', '5', '所']]);
  });
  it('reads 分 and 年 as units only where the clause ends with them', () => {
    const t = textTargets(unit('到2025年,消防救援5分钟可达覆盖率100%,城区防洪标准达到50年一遇,基本形成“15分钟文化活动圈”。'));
    expect(t.map((x) => [x.name, x.target])).toEqual([['消防救援5分钟可达覆盖率', '100%']]);
    expect(textTargets(unit('到2025年,人均预期寿命达到79岁,政务服务事项办理时限压缩到3天。')).map((x) => [x.name, x.target, x.unit])).toEqual([
      ['人均预期寿命', '79', '岁'],
      ['政务服务事项办理时限', '3', '天'],
    ]);
  });
  it('reads 万 inside a count, 超 as a level verb, and 条/场 as counted units', () => {
    const t = textTargets(unit('到2025年,累计建成充电桩1万个,打造2条精品旅游线路,承办3场国际赛事,地区生产总值超200亿元。'));
    expect(t.map((x) => [x.name, x.target, x.number, x.unit, x.qualifier])).toEqual([
      ['充电桩', '1万', 10000, '个', '累计建成'],
      ['精品旅游线路', '2', 2, '条', '打造'],
      ['国际赛事', '3', 3, '场', '承办'],
      ['地区生产总值', '200', 200, '亿元', '超'],
    ]);
    const s = textTargets(unit('2025年,力争全区专业村达到10个。到2025年,全市PM2.5浓度下降到40微克/立方米以下。'), 2021);
    expect(s.map((x) => [x.name, x.target, x.unit, x.qualifier, x.scope])).toEqual([
      ['专业村', '10', '个', '力争…达到', '全区'],
      ['PM2.5浓度', '40', '微克/立方米', '下降到…以下', '全市'],
    ]);
    // 万 stays with its unit where 万 + unit is one (`1.5万人`, not `1.5万` + `人`).
    expect(textTargets(unit('到2025年,新增城镇就业1.5万人。')).map((x) => [x.target, x.unit])).toEqual([['1.5', '万人']]);
  });
});
