// Tables as scraped pages lay them out: one cell per line (blank lines
// between), header cells over two rows, cells broken over lines, lost empty
// cells; and task tables in pipe, tab and space layouts. Snippets written in
// the shapes real pages use.
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/text/index.js';
import { inferPlan } from '../../src/text/manifest.js';
import { normalise } from '../../src/text/normalise.js';
import type { Table } from '../../src/text/types.js';
import { nodes } from './helpers.js';

function tablesOf(raw: string): Table[] {
  const doc = parsePlan(raw, inferPlan('t.txt', raw));
  const found = nodes(doc).filter((n): n is Table => n.type === 'table');
  // Every cell quotes its source exactly, joined cells included.
  for (const t of found) for (const r of [...t.header, ...t.rows]) for (const c of r.cells) expect(normalise(raw.slice(c.position.start.offset, c.position.end.offset))).toBe(c.text);
  return found;
}
const grid = (t: Table) => [...t.header, ...t.rows].map((r) => (r.isCategory ? `[${r.cells[0]!.text}]` : r.cells.map((c) => c.text).join(' | ')));
const cellPerLine = (lines: string[]) => lines.join('\n\n');

describe('a table laid out one cell per line', () => {
  it('reads a two-row header (`“十四五”目标` over `2025年 | 年均[累计]`), joins a cell broken over lines and leaves a lost value cell out', () => {
    const raw = `一、发展目标\n表1 主要指标\n${cellPerLine(['序号', '指 标', '单位', '2020年', '“十四五”目标', '属性', '2025年', '年均[累计]', '经济发展', '1', '地区生产总值', '亿元', '1200', '1800', '6左右', '预期性', '2', '城镇新增建设用地', '万平\n方米', '35', '[累计达到1000]', '约束性'])}\n\n注:按可比价计算。\n`;
    const [t] = tablesOf(raw);
    expect(t!.shape).toBe('cell-per-line');
    expect(t!.caption).toBe('表1主要指标');
    expect(grid(t!)).toEqual([
      '序号 | 指标 | 单位 | 2020年 | 2025年 | 年均[累计] | 属性',
      '[经济发展]',
      '1 | 地区生产总值 | 亿元 | 1200 | 1800 | 6左右 | 预期性',
      '2 | 城镇新增建设用地 | 万平方米 | 35 | [累计达到1000] | 约束性',
    ]);
  });

  it('reads a task table: a task cell cut after `,` continues on the next line, the last row keeps its last unit cell', () => {
    const raw = `附件\n重点工作责任分解表\n${cellPerLine(['序号', '主 要 工 作 任 务', '牵头单位', '配合单位', '1', '地区生产总值增长6%左右。', '市发展改革委', '市统计局', '2', '加快城市更新,完成老旧小区改造120个。', '市住房城乡建设局', '3', '推动开发区扩区调规,\n引进亿元以上项目30个。', '市商务局', '市自然资源局、各县(市、区)政府'])}\n`;
    const [t] = tablesOf(raw);
    expect(grid(t!)).toEqual([
      '序号 | 主要工作任务 | 牵头单位 | 配合单位',
      '1 | 地区生产总值增长6%左右。 | 市发展改革委 | 市统计局',
      '2 | 加快城市更新,完成老旧小区改造120个。 | 市住房城乡建设局 | ',
      '3 | 推动开发区扩区调规,引进亿元以上项目30个。 | 市商务局 | 市自然资源局、各县(市、区)政府',
    ]);
  });

  it('stops at the first line that is not the next row', () => {
    const raw = `${cellPerLine(['序号', '重点任务', '责任单位', '1', '推进数字政府建设', '市大数据局'])}\n二、保障措施\n加强组织领导,压实工作责任。\n`;
    const [t] = tablesOf(raw);
    expect(t!.rows).toHaveLength(1);
  });
});

describe('task tables in other layouts', () => {
  it('reads a pipe table whose rows open with `|`, without a caption', () => {
    const [t] = tablesOf('一、重点任务分工\n| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |\n| 1 | 推进数字政府建设 | 市大数据局 | 市财政局、市委网信办 | 2024年底 |\n');
    expect(grid(t!)).toEqual(['序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限', '1 | 推进数字政府建设 | 市大数据局 | 市财政局、市委网信办 | 2024年底']);
  });

  it('reads tab- and space-separated tables by their header', () => {
    const [tab] = tablesOf('一、任务分工\n序号\t工作任务\t责任单位\t责任领导\n1\t实施技改项目50个\t市工业和信息化局\t分管副市长\n');
    expect(grid(tab!)).toEqual(['序号 | 工作任务 | 责任单位 | 责任领导', '1 | 实施技改项目50个 | 市工业和信息化局 | 分管副市长']);
    const [spaced] = tablesOf('一、任务分工\n序号  工作任务  责任单位\n1  新增就业2万人  市人力资源社会保障局、市财政局\n');
    expect(grid(spaced!)).toEqual(['序号 | 工作任务 | 责任单位', '1 | 新增就业2万人 | 市人力资源社会保障局、市财政局']);
  });
});
