// Rows of an indicator table → one record per indicator, values as written.
// Handles the seed shapes without knowing them by name: cells shifted left
// when a category or value is missing (002, 003), a row number in front
// (003), an unseparated row split with the header in hand (000 表1), and
// merged cells like `58.3完成省下达任务-` (000 表2).
import type { Message, Table, TableCell, TableRow } from '../../text/types.js';
import { columnRoles, VALUE_ROLES, type Role, type ValueRole } from './columns.js';
import { placeShifted } from './shifted.js';
import { splitGlued, splitMixed } from './split-glued.js';
import { dropFootnoteMarks, splitName } from './values.js';
import { lexiconLongestFirst } from '../lexicon.js';

export interface IndicatorRow {
  row: TableRow;
  category: string | null;
  number: string | null;
  name: string;
  unit: string | null;
  national: boolean;
  qualifier?: string;
  attribute: string | null;
  /** Values by column, as written (`-` included). */
  values: Partial<Record<ValueRole, string>>;
  /** The value cells in written order (a glued row: the glued text). */
  cells: string[] | string;
  /** True where a value's column is a reading, not given by the row. */
  ambiguous: boolean;
  placement: 'columns' | 'by-shape' | 'split';
}

const ATTRIBUTE = /^(预期性|约束性)$/;
const NUMBER_CELL = /^\d{1,3}$/;
/** A footnote mark after a name: `居民人均可支配收入增长[1]`, `…比重①`. */
const FOOTNOTE_MARK = /(\[\d{1,2}\]|[①-⑩])$/;
/** A cell that is a value, not a unit of measure: a number, a dash, a bracket or comparison (`>60`, `[累计达到1000]`). */
const VALUE_SHAPE = /^([<>≥≤~约]?\s*[\[〔{(]?\s*[<>≥≤]?-?\d|[-—/]+$|[\[〔{])/;
/** A name that carries its row number (`1.学前教育毛入园率(%)`, `2、…`), in tables without a number column. */
const NUMBERED_NAME = /^(\d{1,2})[.、.。](?=\p{Script=Han})/u;
/** A part of the row above (`其中:本科及以上学历比例(%)`): named as written after the mark. */
const PART_OF = /^其中[::]/;
/** A category's ordinal (`一、发展水平`, `(二)社会民生`) is the list's, not the category's name. */
const CATEGORY_ORDINAL = /^[((]?[一二三四五六七八九十]+[、)).]/;
/** A results table reports planned against actual values (十三五 完成情况). */
export const RESULTS_TABLE = /十三五|完成情况/;

/** A cell's text as written: the raw span, whitespace runs kept as one space (`进入国家 先进行列` wraps inside its cell). */
const asWritten = (raw: string, cell: TableCell): string => raw.slice(cell.position.start.offset, cell.position.end.offset).replace(/[\s\u00a0\u3000]+/g, ' ').trim();

/**
 * A 十三五 table reports results when its header sets planned against actual values
 * (`规划目标 | 实际完成`, `“十三五”目标 | 2020年`, a year written twice); a 十三五 plan's own
 * table (`2015年 | 2020年 | 〔累计〕`) sets targets.
 */
function isResultsTable(table: Table): boolean {
  if (!RESULTS_TABLE.test(table.caption)) return false;
  if (/完成情况/.test(table.caption)) return true;
  const header = table.header.map((r) => r.cells.map((c) => c.text).join('|')).join('|');
  const years = [...header.matchAll(/(\d{4})\s*年/g)].map((m) => m[1]);
  // No header read (000 表1 runs it into one unseparated line): the caption decides.
  return header === '' || /完成|实际|目标/.test(header) || new Set(years).size < years.length;
}

export function indicatorRows(table: Table, raw: string, messages: Message[]): IndicatorRow[] {
  const results = isResultsTable(table);
  const roles = columnRoles(table.header, results);
  const valueRoles = roles.filter((r): r is ValueRole => (VALUE_ROLES as Role[]).includes(r));
  const out: IndicatorRow[] = [];
  let category: string | null = null;
  for (const row of table.rows) {
    const cells = row.cells.map((c) => c.text.trim());
    const written = row.cells.map((c) => asWritten(raw, c));
    while (cells.length && cells[cells.length - 1] === '') cells.pop();
    if (cells.length === 0) continue;
    if (row.isGroup) continue;
    if (row.isCategory) {
      category = cells.join('').replace(/\s+/g, '').replace(CATEGORY_ORDINAL, '');
      continue;
    }
    const record: IndicatorRow | undefined = cells.length === 1 && valueRoles.length > 0 ? gluedRow(row, cells[0]!, category, valueRoles) : readRow(row, cells, written, roles, valueRoles, category, results);
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

function readRow(row: TableRow, input: string[], written: string[], roles: Role[], valueRoles: ValueRole[], inherited: string | null, results: boolean): IndicatorRow | undefined {
  const cells = [...input];
  const asIs = [...written];
  let category = inherited;
  let number: string | null = null;
  const take = () => (asIs.shift(), cells.shift()!);
  if (roles[0] === 'number' && NUMBER_CELL.test(cells[0] ?? '')) number = take();
  const labelled = roles.filter((r) => r !== 'number' && r !== 'unit').length;
  // A category cell is present only when the row is as wide as the header (003 shifts it out otherwise).
  if (roles.includes('category') && cells.length >= labelled) category = take();
  // No category column, but a unit-less first cell before a name with a unit: `主要污染物排放总量减少 | 化学需氧量(%) | …` (002 表1).
  else if (!roles.includes('category') && cells.length > 2 && !/[((]/.test(cells[0]!) && /[((][^()()]+[))]$/.test(cells[1]!) && !/\d/.test(cells[0]!)) category = take();
  let nameCell = cells.length ? take() : undefined;
  if (!nameCell) return undefined;
  const numbered = NUMBERED_NAME.exec(nameCell);
  if (numbered) {
    number ??= numbered[1]!;
    nameCell = nameCell.slice(numbered[0].length);
  }
  const split = splitName(dropFootnoteMarks(nameCell.replace(FOOTNOTE_MARK, '').replace(PART_OF, '')));
  const { name, national, qualifier } = split;
  let unit = split.unit;
  // A `其中` part shares the number and unit of the row it belongs to (`4.标准班额比例(%)` / `其中:小学`).
  if (row.parent) {
    const parent = row.parent.text;
    number ??= NUMBERED_NAME.exec(parent)?.[1] ?? null;
    unit ??= splitName(parent.replace(NUMBERED_NAME, '').replace(FOOTNOTE_MARK, '')).unit;
  }
  // A unit-of-measure column (`单位 | 亿元`): the cell after the name, when it is not a value (an empty one is kept by the text stage).
  if (roles.includes('unit') && cells.length && !VALUE_SHAPE.test(cells[0]!) && !ATTRIBUTE.test(cells[0]!)) {
    const written = take();
    unit = written || unit;
  }
  let attribute: string | null = null;
  let values: string[] = [];
  cells.forEach((c, i) => {
    if (ATTRIBUTE.test(c)) attribute = c;
    else values.push(asIs[i] ?? c);
  });
  if (values.length < valueRoles.length) values = values.flatMap((v) => (values.length < valueRoles.length ? (splitMixed(v) ?? [v]) : [v]));
  const placed = values.length >= valueRoles.length ? { values: direct(values, valueRoles), ambiguous: false } : placeShifted(values, valueRoles, unit, name, results);
  const record: IndicatorRow = {
    row, category, number, name, unit, national, attribute,
    values: placed.values,
    cells: values,
    ambiguous: placed.ambiguous,
    placement: values.length >= valueRoles.length ? 'columns' : 'by-shape',
  };
  if (qualifier) record.qualifier = qualifier;
  return record;
}

const direct = (values: string[], roles: ValueRole[]): Partial<Record<ValueRole, string>> => Object.fromEntries(roles.map((r, i) => [r, values[i]!]));

/** `4耕地保有量(万亩)357450`: number, name up to its unit's `)`, then the values run together. */
function gluedRow(row: TableRow, text: string, category: string | null, roles: ValueRole[]): IndicatorRow | undefined {
  const m = /^(\d{1,2})?(.+[))])(.*)$/.exec(text.replace(/\s+/g, ''));
  if (!m) return undefined;
  const { name: written, unit, national, qualifier } = splitName(m[2]!);
  // `9森林增长森林覆盖率(%)4948`: a group label before the name opens a group (indicator-categories).
  const label = lexiconLongestFirst('indicator-categories').find((c) => written.startsWith(c) && written.length >= c.length + 2);
  const name = label ? written.slice(label.length) : written;
  if (label) category = label;
  const tail = m[3]!;
  const split = splitGlued(tail, roles.length);
  const values: Partial<Record<ValueRole, string>> = {};
  split.parts.slice(0, roles.length).forEach((p, i) => (values[roles[i]!] = p));
  const record: IndicatorRow = { row, category, number: m[1] ?? null, name, unit, national, attribute: null, values, cells: tail, ambiguous: split.ambiguous, placement: 'split' };
  if (qualifier) record.qualifier = qualifier;
  return record;
}
