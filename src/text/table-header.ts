// What a table's header cells are, from the header words of seed/lexicon:
// enough for the text stage to find a header however the table is laid out,
// to count its columns (a group cell such as `“十四五”目标` spans the cells
// under it), and to know which lines a row's cells may be. What a value
// column means (baseline, target, growth) is left to extraction.
import { lexicon } from '../extract/lexicon.js';
import { listLabels } from './unit-words.js';

export type HeaderRole =
  | 'number'
  | 'name' // an indicator's name
  | 'task' // a task's description
  | 'measure' // unit of measure (亿元, %)
  | 'attribute'
  | 'category'
  | 'value' // a year, baseline, target or growth column
  | 'group' // a cell over value columns (`“十四五”目标`, `规划目标`)
  | 'units' // responsible units (牵头单位, 责任单位, 配合单位…)
  | 'leader' // people (责任领导)
  | 'deadline'
  | 'note';

const LISTS: [HeaderRole, string][] = [
  ['number', 'number-column-headers'],
  ['name', 'indicator-name-headers'],
  ['task', 'task-column-headers'],
  ['measure', 'measure-unit-headers'],
  ['attribute', 'attribute-headers'],
  ['category', 'category-headers'],
  ['leader', 'leader-column-headers'],
  ['deadline', 'deadline-column-headers'],
  ['note', 'note-column-headers'],
  ['value', 'baseline-headers'],
  ['value', 'growth-headers'],
];
const YEAR = /^(19|20)\d\d\s*年?/;
const PERIOD = /^“?十[一二三四五六]五”?/;

let exact: Map<string, HeaderRole> | undefined;
function words(): Map<string, HeaderRole> {
  if (exact) return exact;
  exact = new Map();
  for (const label of listLabels()) exact.set(label, 'units');
  for (const [role, name] of LISTS) for (const w of lexicon(name)) if (!exact.has(w)) exact.set(w, role);
  return exact;
}

/** `“十四五”目标` → `十四五目标`; `年均[累计]` → `年均累计`; `指 标` → `指标`. */
export const headerKey = (text: string): string => text.replace(/[\s“”"'‘’\[\]〔〕{}【】()()]/g, '');

/** The role of one header cell, or undefined when it is not header text. */
export function headerRole(text: string): HeaderRole | undefined {
  const key = headerKey(text);
  if (key === '' || key.length > 16) return undefined;
  // `“十四五”教育事业发展主要指标表` is the table's caption above the header, not a column.
  if (/表$/.test(key)) return undefined;
  const known = words().get(key);
  if (known) return known;
  const targets = lexicon('target-headers');
  const growth = lexicon('growth-headers');
  if (YEAR.test(key)) return 'value'; // `2020年`, `2025年目标`, `2020年基期值`
  if (PERIOD.test(key) || targets.some((t) => key.endsWith(t))) {
    // `“十四五”目标`, `规划目标`: over the year columns when they follow; `“十四五”末` alone is a value
    return targets.some((t) => key.endsWith(t)) || /(完成情况|规划)$/.test(key) ? 'group' : 'value';
  }
  if (growth.some((g) => key.startsWith(g) || key.endsWith(g))) return 'value';
  if (listLabels().some((l) => key.endsWith(l))) return 'units'; // `主要责任单位`
  return undefined;
}

/** True when a row of header cells reads as a table header: three or more cells, with a key column. */
export function isHeader(roles: (HeaderRole | undefined)[]): boolean {
  if (roles.length < 3 || roles.some((r) => r === undefined)) return false;
  const has = (r: HeaderRole) => roles.includes(r);
  const indicator = has('name') && (has('value') || has('group') || has('measure'));
  const tasks = has('units') && (has('task') || has('number') || has('leader') || has('deadline'));
  return indicator || tasks;
}

/**
 * The leaf columns of a header given as one run of cells, in reading order:
 * a group cell (`“十四五”目标`) is replaced by the value cells that close the
 * header after its last label (`属性 | 2025年 | 年均[累计]`), shared evenly
 * among the groups. Returns indices into `cells`.
 */
export function leafColumns(roles: HeaderRole[]): number[] {
  const groups = roles.map((r, i) => (r === 'group' ? i : -1)).filter((i) => i >= 0);
  let tail = roles.length;
  while (tail > 0 && roles[tail - 1] === 'value') tail--;
  const subs = roles.length - tail;
  if (groups.length === 0 || subs === 0 || groups.some((g) => g >= tail) || subs % groups.length !== 0) return roles.map((_, i) => i);
  const each = subs / groups.length;
  const out: number[] = [];
  for (let i = 0; i < tail; i++) {
    const g = groups.indexOf(i);
    if (g === -1) out.push(i);
    else for (let k = 0; k < each; k++) out.push(tail + g * each + k);
  }
  return out;
}
