import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/text/index.js';
import { inferPlan } from '../../src/text/manifest.js';
import { normalise } from '../../src/text/normalise.js';
import { findUnitList } from '../../src/text/tasks.js';
import type { TaskBlock } from '../../src/text/types.js';
import { nodes, quote } from './helpers.js';

function tasksOf(body: string): TaskBlock[] {
  const raw = `一、重点任务\n(一)产业发展\n${body}\n`;
  const doc = parsePlan(raw, inferPlan('t.txt', raw));
  const found = nodes(doc).filter((n): n is TaskBlock => n.type === 'task');
  for (const t of found) for (const u of t.units) expect(normalise(quote(doc, u.position))).toBe(u.name);
  return found;
}

describe('task blocks', () => {
  it('reads ﹝﹞ brackets', () => {
    const [t] = tasksOf('1.推进项目建设。加快前期工作。﹝责任单位:市发展改革委、市财政局﹞');
    expect(t!.units.map((u) => u.name)).toEqual(['市发展改革委', '市财政局']);
  });

  it('reads 牵头单位 and 配合单位 in one list, in order, with their labels', () => {
    const [t] = tasksOf('2.建设产业园。(牵头单位:市工业和信息化局;配合单位:市商务局、市自然资源局等)');
    expect(t!.units.map((u) => [u.label, u.name])).toEqual([
      ['牵头单位', '市工业和信息化局'],
      ['配合单位', '市商务局'],
      ['配合单位', '市自然资源局'],
    ]);
  });

  it('keeps 、 inside parentheses within one name (`各县(市、区)政府`)', () => {
    const [t] = tasksOf('3.开展整治行动。(责任单位:市生态环境局、各县(市、区)政府)');
    expect(t!.units.map((u) => u.name)).toEqual(['市生态环境局', '各县(市、区)政府']);
  });

  it('reads full-width （：） as written in many plans', () => {
    const [t] = tasksOf('4．加强合作。（责任单位：市商务局，相关县（市）区）');
    expect(t!.number).toBe('4');
    expect(t!.units.map((u) => u.name)).toEqual(['市商务局', '相关县(市)区']);
  });

  it('only takes a list that closes the paragraph', () => {
    expect(findUnitList('由责任单位负责(责任单位:市财政局)推进,并持续跟踪。')).toBeUndefined();
    expect(findUnitList('推进。(责任单位:市财政局)。')).toMatchObject({ open: 3, close: 13 });
  });

  const named = (t: TaskBlock | undefined) => t!.units.map((u) => [u.label, u.name]);

  it('reads square brackets with 牵头单位 then 责任单位 (a work plan)', () => {
    const [t] = tasksOf('1、抓好疫情防控工作。建立常态化机制。[牵头单位:区卫健局;责任单位:区疫情防控指挥部成员单位、各街办(新区)]');
    expect(named(t)).toEqual([['牵头单位', '区卫健局'], ['责任单位', '区疫情防控指挥部成员单位'], ['责任单位', '各街办(新区)']]);
  });

  it('reads a second label after spaces instead of `;`', () => {
    const [t] = tasksOf('1.提高管理效能。加强工作力量。(牵头单位:市商务局  责任单位:市编办、市发改委)');
    expect(named(t)).toEqual([['牵头单位', '市商务局'], ['责任单位', '市编办'], ['责任单位', '市发改委']]);
  });

  it('reads names followed by their verb: `A、B牵头,C及D按职责分工负责`', () => {
    const [t] = tasksOf('1.实施清单管理。编制并公布清单。(市政府办公室、市审改办牵头,市级各有关部门及各县市区政府按职责分工负责)');
    expect(named(t)).toEqual([['牵头', '市政府办公室'], ['牵头', '市审改办'], ['按职责分工负责', '市级各有关部门'], ['按职责分工负责', '各县市区政府']]);
  });

  it('reads traditional characters (labels and verbs match on the simplified text, names stay as written)', () => {
    const [t] = tasksOf('2.深化改革。推進落實。(市商務局牽頭,市財政局配合)');
    expect(named(t)).toEqual([['牵头', '市商務局'], ['配合', '市財政局']]);
  });

  it('reads a bare closing list of government units, but not a closing bracket of other words', () => {
    expect(named(tasksOf('3.推进产业园建设。加快项目落地。〔市发展改革委、市财政局〕')[0])).toEqual([['', '市发展改革委'], ['', '市财政局']]);
    expect(tasksOf('4.加快建设产业园区。完成规划编制(2021-2025年)')).toEqual([]);
    expect(tasksOf('5.做强主导产业。支持企业入驻(沈阳经济技术开发区)')).toEqual([]);
  });

  it('reads a line that is only the list as the task of the heading above it', () => {
    const raw = '一、主要预期目标\n(一)地区生产总值增长7%以上\n责任单位:区发展和改革局\n(二)固定资产投资增长10%以上\n责任单位:区发展和改革局、区财政局\n';
    const doc = parsePlan(raw, inferPlan('t.txt', raw));
    const found = nodes(doc).filter((n): n is TaskBlock => n.type === 'task');
    expect(found.map((t) => [t.id.replace(/^.*?\//, ''), t.heading, t.units.map((u) => u.name).join('、')])).toEqual([
      ['n1/b1/task1', '地区生产总值增长7%以上', '区发展和改革局'],
      ['n1/b2/task1', '固定资产投资增长10%以上', '区发展和改革局、区财政局'],
    ]);
  });

  it('reads a line that is only the list as the task of the numbered paragraph above it', () => {
    // dev-zhejiang-zrfj-2020 (lines 27–36, shortened): `  1. 稳企业、防风险。…` then, lines below, `牵头单位:…`.
    const raw = '一、重点工作\n\n  1. 稳企业、防风险。扎实做好稳企业各项工作。\n\n  牵头单位:省发展改革委、省经信厅\n\n  2. 推进数字化转型。打造整体政府。\n\n  牵头单位:省大数据局\n';
    const doc = parsePlan(raw, inferPlan('t.txt', raw));
    const found = nodes(doc).filter((n): n is TaskBlock => n.type === 'task');
    expect(found.map((t) => [t.id.replace(/^.*?\//, ''), t.number, t.heading, t.units.map((u) => u.name).join('、')])).toEqual([
      ['n1/task1', '1', '稳企业、防风险', '省发展改革委、省经信厅'],
      ['n1/task2', '2', '推进数字化转型', '省大数据局'],
    ]);
    expect(doc.messages.map((m) => m.ruleId)).not.toContain('task-without-number');
  });

  it('reads `由A牵头,B配合` inside the text, not `由对应的部门负责组织…`', () => {
    const [t] = tasksOf('6.建立协调机制。由市发展改革委牵头,市财政局、市商务局配合,定期会商。');
    expect(named(t)).toEqual([['牵头', '市发展改革委'], ['配合', '市财政局'], ['配合', '市商务局']]);
    expect(tasksOf('7.实行揭榜制。由对应的部门负责组织需求征集、发布榜单。')).toEqual([]);
  });

  it('reads `责任单位为X` lists inside a `名称:目标` line, each list its own', () => {
    const [t] = tasksOf('固定资产投资:投资162亿元,增长7%(依据年度目标设置),责任单位为区发改委;技改投资占比16.5%,责任单位为区经信局;');
    expect(t!.heading).toBe('固定资产投资');
    expect(t!.units.map((u) => [u.name, u.list])).toEqual([['区发改委', 1], ['区经信局', 2]]);
  });

  it('ends a labelled list at a full stop or a note about it, and drops a role verb after the last name', () => {
    expect(named(tasksOf('1.推进改革。落实政策。(责任单位:市税务局、市财政局,排在首位的为牵头单位,下同)')[0])).toEqual([['责任单位', '市税务局'], ['责任单位', '市财政局']]);
    expect(named(tasksOf('2.加强市场体系建设。推进试点。〔责任单位:省发展改革委、省大数据中心按职责分工负责。具体任务均涉及相关市(州)人民政府,下同。〕')[0])).toEqual([['责任单位', '省发展改革委'], ['责任单位', '省大数据中心']]);
  });
});

