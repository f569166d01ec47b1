// What each column of an indicator table means, read from its header rows.
// Header cells may run together (000 表2: `2025年累计或年均增速` is two
// columns; 000 表1: one cell for the whole header), so columns are found as
// keywords in order. A results table (十三五 完成情况) has planned and actual
// columns: `2015年 | 2020年 | 年均增速 | 2020年 | 年均增速` (002 表1) or
// `“十三五”目标 | 2020年` (000 表1), where the repeated or post-target year is
// the actual value.
import type { TableRow } from '../../text/types.js';

export type ValueRole = 'baseline' | 'target' | 'growth' | 'actual' | 'actualGrowth';
export type Role = 'number' | 'category' | 'name' | 'unit' | 'attribute' | ValueRole;

const LABEL_WORDS: [Role, RegExp][] = [
  ['number', /^序\s*号$/],
  ['category', /^(领\s*域|类\s*别|分\s*类)$/],
  ['name', /^指\s*标(名\s*称)?$|^名\s*称$/],
  ['unit', /^单\s*位$/],
  ['attribute', /^属\s*性$/],
];
const TOKEN = /序\s*号|领\s*域|类\s*别|分\s*类|指\s*标\s*名\s*称|指\s*标|名\s*称|单\s*位|属\s*性|(?:“?十[三四五]五”?|规划)?目\s*标|\d{4}\s*年|年均增速|年均增长率?|增\s*速|增长率/g;

export const VALUE_ROLES: ValueRole[] = ['baseline', 'target', 'growth', 'actual', 'actualGrowth'];

export function columnRoles(header: TableRow[], results: boolean): Role[] {
  if (header.length === 0) return ['name', 'attribute', 'baseline', 'target', 'growth'];
  const texts = header.map((r) => r.cells.map((c) => c.text).join('|'));
  const all = texts.join('|');
  // With a second header row of years, value columns are read from the last row only (the first names groups).
  const valueText = header.length > 1 && /\d{4}\s*年/.test(texts[texts.length - 1]!) ? texts[texts.length - 1]! : all;
  const roles: { role: Role; at: number }[] = [];
  for (const m of all.matchAll(TOKEN)) {
    const label = LABEL_WORDS.find(([, re]) => re.test(m[0].replace(/\s+/g, '')) || re.test(m[0]));
    if (label && !roles.some((r) => r.role === label[0])) roles.push({ role: label[0], at: m.index });
  }
  const base = valueText === all ? 0 : all.length - valueText.length;
  const years: number[] = [];
  let actualGroup = false;
  let sawTarget = false;
  for (const m of valueText.matchAll(TOKEN)) {
    const t = m[0].replace(/\s+/g, '');
    const at = base + m.index;
    const year = /^(\d{4})年$/.exec(t)?.[1];
    if (year) {
      const y = Number(year);
      let role: ValueRole;
      if (results) {
        if (years.includes(y) || sawTarget) actualGroup = true;
        role = actualGroup ? 'actual' : years.length === 0 && y < 2020 ? 'baseline' : 'target';
      } else role = y <= 2020 ? 'baseline' : 'target';
      years.push(y);
      roles.push({ role, at });
    } else if (/目标$/.test(t) && results && !/规划目标/.test(t)) {
      sawTarget = true;
      roles.push({ role: 'target', at });
    } else if (/增速|增长/.test(t)) {
      roles.push({ role: actualGroup ? 'actualGrowth' : 'growth', at });
    }
  }
  return roles.sort((a, b) => a.at - b.at).map((r) => r.role);
}
