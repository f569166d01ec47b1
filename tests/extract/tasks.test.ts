// Tasks and LED_BY from the ways work plans write responsible units: each
// case a small snippet in the shape real plans use, through both stages.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { parsePlan } from '../../src/text/index.js';
import type { PlanExtraction } from '../../src/extract/types.js';
import { plan, seedGazetteer } from './helpers.js';

const benxi = plan('benxi-work', { name: '本溪市', level: 'city', parents: ['辽宁省'] });

function extract(body: string): PlanExtraction {
  const raw = `一、重点任务\n${body}\n`;
  return extractPlan(parsePlan(raw, benxi), seedGazetteer());
}

/** `task heading → agency [role order]` for every LED_BY, in task and written order. */
function ledBy(out: PlanExtraction): string[] {
  const name = (id: string) => out.nodes.find((n) => n.id === id)?.name ?? id;
  return out.relationships
    .filter((r) => r.type === 'LED_BY')
    .sort((a, b) => a.start.localeCompare(b.start) || Number(a.properties.order) - Number(b.properties.order))
    .map((r) => `${name(r.start)} → ${r.end.replace('GovernmentAgency:', '')} [${r.properties.role} ${r.properties.order}]`);
}

describe('LED_BY roles', () => {
  it('a 牵头单位 leads and the 责任单位 after it assist', () => {
    expect(ledBy(extract('1、抓好疫情防控。建立常态化机制。[牵头单位:市卫生健康委;责任单位:市教育局、各县(市)区政府]'))).toEqual([
      '抓好疫情防控 → 本溪市/卫生健康委员会 [lead 1]',
      '抓好疫情防控 → 本溪市/教育局 [assist 2]',
    ]);
  });

  it('`A牵头,B配合` in traditional characters resolves on the simplified names; kinds of units are not linked', () => {
    const out = extract('1.深化改革。推進落實。(市商務局牽頭,市財政局配合,市級各有關部門按職責分工負責)');
    expect(ledBy(out)).toEqual(['深化改革 → 本溪市/商务局 [lead 1]', '深化改革 → 本溪市/财政局 [assist 2]']);
    expect(out.messages.filter((m) => m.ruleId === 'generic-unit').map((m) => m.reason)).toEqual([expect.stringContaining('市級各有關部門')]);
  });

  it('the first of a bare or 责任单位 list leads', () => {
    expect(ledBy(extract('1.推进园区建设。加快项目落地。〔市发展改革委、市财政局〕'))).toEqual([
      '推进园区建设 → 本溪市/发展和改革委员会 [lead 1]',
      '推进园区建设 → 本溪市/财政局 [assist 2]',
    ]);
  });

  it('quotes every unit exactly', () => {
    const raw = '一、重点任务\n1.深化改革。推進落實。(市商務局牽頭,市財政局配合)\n';
    const doc = parsePlan(raw, benxi);
    for (const r of extractPlan(doc, seedGazetteer()).relationships) expect(raw.slice(Number(r.properties.start), Number(r.properties.end))).toBe(r.properties.quote);
  });
});

describe('a task that is a target', () => {
  it('`(一)地区生产总值增长7%以上` over `责任单位:…` is a task quoted on its heading, with a growth target for the year its headings name', () => {
    const raw = '一、2023年全市经济社会发展的主要预期目标\n(一)地区生产总值增长7%以上\n责任单位:市发展改革委\n(二)城镇登记失业率控制在4.5%以内\n责任单位:市人力资源社会保障局\n';
    const out = extractPlan(parsePlan(raw, benxi), seedGazetteer());
    const task = out.nodes.find((n) => n.type === 'Task' && n.name === '地区生产总值增长7%以上')!;
    expect(task.properties.number).toBe('一');
    const quoted = out.relationships.find((r) => r.type === 'MENTIONED_IN' && r.start === task.id)!;
    expect([quoted.properties.line, quoted.properties.quote]).toEqual([2, '地区生产总值增长7%以上']);
    const targets = out.relationships.filter((r) => r.type === 'HAS_TARGET').map((r) => [r.properties.name, r.properties.year, r.properties.growth ?? r.properties.target, r.properties.qualifier, r.properties.rule]);
    expect(targets.sort()).toEqual([
      ['地区生产总值', 2023, '7%', '以上', 'task:growth'],
      ['城镇登记失业率', 2023, '4.5%', '控制在…以内', 'task:target'],
    ]);
  });

  it('a heading that only contains a number is not a target', () => {
    const out = extract('1.建设10个示范点。加快推进。(责任单位:市商务局)');
    expect(out.relationships.filter((r) => r.type === 'HAS_TARGET')).toEqual([]);
  });
});

describe('task tables', () => {
  const cellPerLine = (lines: string[]) => lines.join('\n\n');

  it('a row of a table laid out one cell per line is a task: 牵头单位 leads, 配合单位 assists, a target row has a HAS_TARGET', () => {
    const out = extract(`附件\n重点工作责任分解表\n${cellPerLine(['序号', '主要工作任务', '牵头单位', '配合单位', '1', '地区生产总值增长6%左右。', '市发展改革委', '市统计局', '2', '推动开发区扩区调规,\n引进亿元以上项目30个。', '市商务局', '市自然资源局、各县(市、区)政府'])}`);
    expect(ledBy(out)).toEqual([
      '地区生产总值增长6%左右 → 本溪市/发展和改革委员会 [lead 1]',
      '地区生产总值增长6%左右 → 本溪市/统计局 [assist 2]',
      '推动开发区扩区调规,引进亿元以上项目30个 → 本溪市/商务局 [lead 1]',
      '推动开发区扩区调规,引进亿元以上项目30个 → 本溪市/自然资源局 [assist 2]',
    ]);
    const target = out.relationships.find((r) => r.type === 'HAS_TARGET')!;
    expect([target.properties.name, target.properties.growth, target.properties.rule]).toEqual(['地区生产总值', '6%', 'task:growth']);
  });

  it('a 责任单位 column is led by its first unit; a 责任领导 column names people, not units', () => {
    const out = extract('序号\t工作任务\t责任单位\t责任领导\n1\t实施技改项目50个\t市工业和信息化局、市发展改革委\t分管副市长');
    expect(ledBy(out)).toEqual(['实施技改项目50个 → 本溪市/工业和信息化局 [lead 1]', '实施技改项目50个 → 本溪市/发展和改革委员会 [assist 2]']);
  });
});
