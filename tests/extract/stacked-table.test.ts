// A cell-per-line indicator table without a number column, its rows closed
// by the attribute cell: numbered names, category rows with their ordinal,
// and `其中` parts sharing stacked merged cells with the row above. The
// snippet is written in the shape scraped county pages use.
import { describe, expect, it } from 'vitest';
import { indicatorRows } from '../../src/extract/indicators/table-rows.js';
import { parsePlan } from '../../src/text/index.js';
import { inferPlan } from '../../src/text/manifest.js';
import type { Message, Table } from '../../src/text/types.js';
import { nodes } from '../text/helpers.js';

const lines = [
  '“十四五”卫生健康事业主要指标表',
  '指  标', '2020年', '2025年', '属性',
  '一、健康水平', '     ',
  '1.人均预期寿命(岁)', '78.5', '79以上', '预期性',
  '2.孕产妇死亡率(1/10万)', '9.8', '9以下', '约束性',
  '二、医疗资源', '     ',
  '1.每千人口医疗机构床位数(张)', '其中:公立医院床位数(张)', '6.2', '4.1', '7', '5', '预期性',
  '2.每千人口执业医师数(人)', '其中:城市', '农村', '3.5', '2.1', '3.8', '2.6', '预期性',
];
const raw = `${lines.join('\n\n')}\n`;

function table(): Table {
  const doc = parsePlan(raw, inferPlan('t.txt', raw));
  return nodes(doc).find((n): n is Table => n.type === 'table')!;
}

describe('a cell-per-line table whose rows end at the attribute cell', () => {
  it('takes a caption ending in 表 as the caption, not as a header cell', () => {
    const t = table();
    expect(t.caption).toBe('“十四五”卫生健康事业主要指标表');
    expect(t.header[0]!.cells.map((c) => c.text)).toEqual(['指标', '2020年', '2025年', '属性']);
  });

  it('gives each `其中` part its own value from each stacked cell, and a name without values to its parts as parent', () => {
    const t = table();
    const grid = t.rows.map((r) => (r.isCategory ? `[${r.cells[0]!.text}]` : r.cells.map((c) => c.text).join(' | ') + (r.parent ? ` < ${r.parent.text}` : '')));
    expect(grid).toEqual([
      '[一、健康水平]',
      '1.人均预期寿命(岁) | 78.5 | 79以上 | 预期性',
      '2.孕产妇死亡率(1/10万) | 9.8 | 9以下 | 约束性',
      '[二、医疗资源]',
      '1.每千人口医疗机构床位数(张) | 6.2 | 7 | 预期性',
      '其中:公立医院床位数(张) | 4.1 | 5 | 预期性 < 1.每千人口医疗机构床位数(张)',
      '其中:城市 | 3.5 | 3.8 | 预期性 < 2.每千人口执业医师数(人)',
      '农村 | 2.1 | 2.6 | 预期性 < 2.每千人口执业医师数(人)',
    ]);
  });

  it('reads the row number from the name, the category without its ordinal, and a part with its parent’s number and unit', () => {
    const messages: Message[] = [];
    const rows = indicatorRows(table(), raw, messages).map((r) => [r.category, r.number, r.name, r.unit, r.values.baseline, r.values.target, r.attribute].join(' '));
    expect(rows).toEqual([
      '健康水平 1 人均预期寿命 岁 78.5 79以上 预期性',
      '健康水平 2 孕产妇死亡率 1/10万 9.8 9以下 约束性',
      '医疗资源 1 每千人口医疗机构床位数 张 6.2 7 预期性',
      '医疗资源 1 公立医院床位数 张 4.1 5 预期性',
      '医疗资源 2 城市 人 3.5 3.8 预期性',
      '医疗资源 2 农村 人 2.1 2.6 预期性',
    ]);
  });
});
