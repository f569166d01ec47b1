// Rows of an indicator table → one record per indicator, values as written.
// Handles the seed shapes without knowing them by name: cells shifted left
// when a category or value is missing (002, 003), a row number in front
// (003), an unseparated row split with the header in hand (000 表1), and a
// merged cell like `58.3完成省下达任务-` (000 表2).
import type { Message, Table, TableRow } from '../../text/types.js';
import { columnRoles, VALUE_ROLES, type Role } from './columns.js';
import { looksLikeGrowth, parseValue, splitName, type Value } from './values.js';

export interface IndicatorRow {
  row: TableRow;
  category: string | null;
  number: string | null;
  name: string;
  unit: string | null;
  national: boolean;
  qualifier?: string;
  attribute: string | null;
  values: Partial<Record<'baseline' | 'target' | 'growth', Value>>;
  /** How the values were placed: `columns` when every column had its cell. */
  placement: 'columns' | 'by-shape' | 'split';
}

const ATTRIBUTE = /^(预期性|约束性)$/;
const NUMBER_CELL = /^\d{1,3}$/;

export function indicatorRows(table: Table, messages: Message[]): IndicatorRow[] {
  const roles = columnRoles(table.header);
  const valueRoles = roles.filter((r) => VALUE_ROLES.includes(r)) as ('baseline' | 'target' | 'growth')[];
  const out: IndicatorRow[] = [];
  let category: string | null = null;
  for (const row of table.rows) {
    const cells = row.cells.map((c) => c.text.trim());
    while (cells.length && cells[cells.length - 1] === '') cells.pop();
    if (cells.length === 0) continue;
    if (row.isCategory) {
      category = cells.join('').replace(/\s+/g, '');
      continue;
    }
    const record = readRow(row, cells, roles, valueRoles, category);
    if (!record) continue;
    category = record.category;
    if (record.placement !== 'columns') {
      messages.push({
        ruleId: 'indicator-row-doubtful',
        reason: `Row "${cells.join(' | ')}" has ${record.placement === 'split' ? 'no cell separators' : 'fewer cells than columns'}; values placed by their shape`,
        severity: 'info',
        place: row.position,
        source: 'plangraph:extract',
      });
    }
    out.push(record);
  }
  return out;
}

function readRow(row: TableRow, input: string[], roles: Role[], valueRoles: ('baseline' | 'target' | 'growth')[], category: string | null): IndicatorRow | undefined {
  const cells = [...input];
  let number: string | null = null;
  if (roles[0] === 'number' && NUMBER_CELL.test(cells[0] ?? '')) number = cells.shift()!;
  const width = roles.filter((r) => r !== 'number').length;
  // A category cell is present only when the row is as wide as the header.
  if (roles.includes('category') && cells.length >= width) category = cells.shift()!;
  if (cells.length === 1 && roles.filter((r) => VALUE_ROLES.includes(r)).length > 0) return splitRow(row, cells[0]!, number, category, valueRoles);
  const nameCell = cells.shift();
  if (!nameCell) return undefined;
  const { name, unit, national, qualifier } = splitName(nameCell);
  let attribute: string | null = null;
  const rest: string[] = [];
  let explicitUnit = unit;
  for (const c of cells) {
    if (ATTRIBUTE.test(c)) attribute = c;
    else if (roles.includes('unit') && explicitUnit === unit && rest.length === 0 && !parseValue(c)?.number && !looksLikeGrowth(c) && c.length <= 6 && roles.indexOf('unit') < roles.indexOf('baseline')) explicitUnit = c;
    else rest.push(c);
  }
  const values = placeValues(rest, valueRoles);
  const record: IndicatorRow = { row, category, number, name, unit: explicitUnit, national, attribute, values: values.values, placement: values.placement };
  if (qualifier) record.qualifier = qualifier;
  return record;
}

function placeValues(cells: string[], roles: ('baseline' | 'target' | 'growth')[]): { values: IndicatorRow['values']; placement: IndicatorRow['placement'] } {
  const values: IndicatorRow['values'] = {};
  if (cells.length >= roles.length) {
    roles.forEach((role, i) => {
      const v = parseValue(cells[i]!);
      if (v) values[role] = v;
    });
    return { values, placement: 'columns' };
  }
  // Fewer cells than columns (empties shifted left): a growth-shaped last value is growth, the rest fill baseline then target.
  const rest = [...cells];
  const last = rest[rest.length - 1];
  if (last !== undefined && roles.includes('growth') && looksLikeGrowth(last)) {
    const v = parseValue(rest.pop()!);
    if (v) values.growth = v;
  }
  const levelRoles = roles.filter((r) => r !== 'growth');
  if (rest.length === 1 && levelRoles.length === 2 && parseValue(rest[0]!)?.number === null) {
    const v = parseValue(rest[0]!);
    if (v) values.target = v; // a lone text value (`等待省下达`, `进入国家先进行列`) states the target
  } else {
    rest.forEach((c, i) => {
      const v = parseValue(c);
      const role = levelRoles[i];
      if (v && role) values[role] = v;
    });
  }
  return { values, placement: 'by-shape' };
}

/** `4耕地保有量(万亩)357450`: number, name up to its unit's `)`, then the values run together. */
function splitRow(row: TableRow, text: string, number: string | null, category: string | null, roles: ('baseline' | 'target' | 'growth')[]): IndicatorRow | undefined {
  const m = /^(\d{1,3})?(.+[))])(.*)$/.exec(text.replace(/\s+/g, ''));
  if (!m) return undefined;
  const { name, unit, national } = splitName(m[2]!);
  const tail = m[3]!;
  const parts = tail.match(/[\[〔{][^\]〕}]*[\]〕}]\*?|[<>≥≤]?\d+(?:\.\d+)?%?\*?|[^\d\[〔{<>≥≤]+/g) ?? [];
  const values: IndicatorRow['values'] = {};
  parts.slice(0, roles.length).forEach((p, i) => {
    const v = parseValue(p);
    if (v) values[roles[i]!] = v;
  });
  return { row, category, number: number ?? m[1] ?? null, name, unit, national, attribute: null, values, placement: 'split' };
}
