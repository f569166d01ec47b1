// What each column of an indicator table means, read from its header rows.
// Header cells may run together (000 表2: `2025年累计或年均增速` is two
// columns; 000 表1: one cell for the whole header), so columns are found as
// keywords in order. A results table (十三五 完成情况) has planned and actual
// columns: `2015年 | 2020年 | 年均增速 | 2020年 | 年均增速` (002 表1) or
// `“十三五”目标 | 2020年` (000 表1), where the repeated or post-target year is
// the actual value.
import { headerRole, leafColumns, type HeaderRole } from '../../text/table-header.js';
import type { TableRow } from '../../text/types.js';
import { lexicon } from '../lexicon.js';

export type ValueRole = 'baseline' | 'target' | 'growth' | 'actual' | 'actualGrowth';
export type Role = 'number' | 'category' | 'name' | 'unit' | 'attribute' | ValueRole;

/** Header words by the role of their column (seed/lexicon/*-headers.json). */
const LABEL_LISTS: [Role, string][] = [
  ['number', 'number-column-headers'],
  ['category', 'category-headers'],
  ['name', 'indicator-name-headers'],
  ['unit', 'measure-unit-headers'],
  ['attribute', 'attribute-headers'],
];
/** Any character of a word may be set apart by scraping spaces (`指 标`). */
const spaced = (w: string) => [...w].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*');
const longestFirst = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(spaced).join('|');

interface Vocabulary {
  token: RegExp;
  label: Map<string, Role>;
  growth: RegExp;
  baseline: RegExp;
}
let vocabulary: Vocabulary | undefined;
function words(): Vocabulary {
  if (vocabulary) return vocabulary;
  const label = new Map<string, Role>();
  for (const [role, name] of LABEL_LISTS) for (const w of lexicon(name)) if (!label.has(w)) label.set(w, role);
  const target = `(?:“?十[三四五]五”?|规划)?(?:${longestFirst(lexicon('target-headers').filter((w) => w.endsWith('目标')).map((w) => w.replace(/^规划/, '')))})`;
  const growth = longestFirst(lexicon('growth-headers'));
  const baseline = longestFirst(lexicon('baseline-headers'));
  const token = new RegExp(`${longestFirst([...label.keys()])}|${target}|\\d{4}\\s*年|${growth}|${baseline}`, 'g');
  vocabulary = { token, label, growth: new RegExp(`^(${growth})$`), baseline: new RegExp(`^(${baseline})$`) };
  return vocabulary;
}

export const VALUE_ROLES: ValueRole[] = ['baseline', 'target', 'growth', 'actual', 'actualGrowth'];

export function columnRoles(header: TableRow[], results: boolean): Role[] {
  if (header.length === 0) return ['name', 'attribute', 'baseline', 'target', 'growth'];
  const { token: TOKEN, label: LABEL, growth: GROWTH, baseline: BASELINE } = words();
  header = flattenGroups(header);
  const texts = header.map((r) => r.cells.map((c) => c.text).join('|'));
  const all = texts.join('|');
  // With a second header row of years, value columns are read from the last row only (the first names groups).
  const valueText = header.length > 1 && /\d{4}\s*年/.test(texts[texts.length - 1]!) ? texts[texts.length - 1]! : all;
  const roles: { role: Role; at: number }[] = [];
  for (const m of all.matchAll(TOKEN)) {
    const label = LABEL.get(m[0].replace(/\s+/g, ''));
    if (label && !roles.some((r) => r.role === label)) roles.push({ role: label, at: m.index });
  }
  const base = valueText === all ? 0 : all.length - valueText.length;
  const years: number[] = [];
  // A plan table's years: the last is the target year, earlier ones are baselines (`2015年 | 2020年` in a 十三五 plan).
  const planYears = new Set([...valueText.matchAll(/(\d{4})\s*年/g)].map((m) => Number(m[1])));
  const latest = Math.max(...planYears);
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
      } else role = latest > y || (latest === y && y <= 2020 && planYears.size === 1) ? 'baseline' : 'target';
      years.push(y);
      roles.push({ role, at });
    } else if (/目标$/.test(t) && results && !/规划目标/.test(t)) {
      sawTarget = true;
      roles.push({ role: 'target', at });
    } else if (GROWTH.test(t)) {
      // A bare `累计` is a column only as a cell of its own (`| 〔累计〕`); after a year it marks that year's column (000 表1 `2020年[累计]`).
      if (t === '累计' && !/(^|\|)[\s\[〔{(]*$/.test(all.slice(0, at))) continue;
      roles.push({ role: actualGroup ? 'actualGrowth' : 'growth', at });
    } else if (BASELINE.test(t)) {
      roles.push({ role: 'baseline', at });
    }
  }
  return roles.sort((a, b) => a.at - b.at).map((r) => r.role);
}

/**
 * Two header rows where the first holds value columns of its own beside a
 * group (`指标 | 2020年 | “十四五”目标 | 属性` over `2025年 | 年均[累计]`): one row
 * of leaf columns, the group replaced by the cells under it. Rows whose first
 * row only names groups (002 表1 `规划目标 | 实际完成` over the years) stay as
 * they are: their years are read from the last row.
 */
function flattenGroups(header: TableRow[]): TableRow[] {
  if (header.length !== 2) return header;
  const [top, under] = header as [TableRow, TableRow];
  const cells = [...top.cells, ...under.cells.filter((c) => c.text !== '')];
  const roles = cells.map((c) => headerRole(c.text));
  if (!top.cells.some((c) => headerRole(c.text) === 'value') || !roles.includes('group') || roles.some((r) => r === undefined)) return header;
  const leaves = leafColumns(roles as HeaderRole[]);
  if (leaves.length === cells.length) return header;
  return [{ ...top, cells: leaves.map((i) => cells[i]!) }];
}
