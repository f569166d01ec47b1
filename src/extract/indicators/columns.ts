// What each column of an indicator table means, read from its header rows.
// Header cells may run together (000 表2: `2025年累计或年均增速` is two
// columns), so roles are found by keyword position in the joined header.
import type { TableRow } from '../../text/types.js';

export type Role = 'number' | 'category' | 'name' | 'unit' | 'attribute' | 'baseline' | 'target' | 'growth';

const ROLE_WORDS: [Role, RegExp][] = [
  ['number', /序号/],
  ['category', /领域|类别|分类/],
  ['name', /指\s*标\s*(名\s*称)?|名称|项目/],
  ['unit', /单位/],
  ['attribute', /属性/],
  ['baseline', /20[12]0\s*年|基期|现状/],
  ['target', /2025\s*年|目标值?/],
  ['growth', /年均|增速|增长率?|累计/],
];

export function columnRoles(header: TableRow[]): Role[] {
  if (header.length === 0) return ['name', 'attribute', 'baseline', 'target', 'growth'];
  const text = header.map((r) => r.cells.map((c) => c.text).join('|')).join('|');
  const found: { role: Role; at: number }[] = [];
  for (const [role, re] of ROLE_WORDS) {
    const m = re.exec(text);
    if (m && !found.some((f) => f.role === role)) found.push({ role, at: m.index });
  }
  // `累计或年均增速` after 2025年 is growth; a `[累计]` inside a year cell is not a column of its own.
  return found.sort((a, b) => a.at - b.at).map((f) => f.role);
}

export const VALUE_ROLES: Role[] = ['baseline', 'target', 'growth'];
