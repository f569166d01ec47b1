// An indicator table whose rows lost their cell separators (`9森林发展森林覆盖率(%)2325`):
// a group label of the national outline's table (indicator-categories) before a name
// opens a group, and the rows after it inherit the label. Written in that shape.
import { describe, expect, it } from 'vitest';
import { indicatorRows } from '../../src/extract/indicators/table-rows.js';
import { parsePlan } from '../../src/text/index.js';
import { inferPlan } from '../../src/text/manifest.js';
import type { Message, Table } from '../../src/text/types.js';
import { nodes } from '../text/helpers.js';

const raw = [
  '某市“十三五”规划纲要',
  '',
  '表1 “十三五”时期约束性指标完成情况',
  '',
  '序号指标“十三五”目标2020年',
  '1耕地保有量(万亩)300310',
  '2森林发展森林覆盖率(%)2325',
  '3森林蓄积量(亿立方米)0.50.6',
  '4主要污染物排放总量减少化学需氧量(%)[10][12]',
  '5氨氮(%)[10][11]',
  '',
].join('\n');

function table(): Table {
  const doc = parsePlan(raw, inferPlan('t.txt', raw));
  return nodes(doc).find((n): n is Table => n.type === 'table')!;
}

describe('a glued indicator table with group labels', () => {
  it('cuts a group label from the front of a name and gives it to the rows after it', () => {
    const messages: Message[] = [];
    const rows = indicatorRows(table(), raw, messages).map((r) => [r.number, r.category ?? '-', r.name, r.unit].join(' '));
    expect(rows).toEqual([
      '1 - 耕地保有量 万亩',
      '2 森林发展 森林覆盖率 %',
      '3 森林发展 森林蓄积量 亿立方米',
      '4 主要污染物排放总量减少 化学需氧量 %',
      '5 主要污染物排放总量减少 氨氮 %',
    ]);
  });
});
