// Rows of a cell-per-line table without a number column whose last column is
// the attribute (`指标 | 2020年 | 2025年 | 属性`): each row ends at its
// 预期性/约束性 line, which finds the rows however many lines a row has.
// Inside a row:
//   category lines open it (`一、发展水平`) when a name follows;
//   a name with `其中:` parts below it shares merged cells with them, each
//   value cell holding one value per name, stacked in name order:
//     1.教师专科及以上学历比例(%) / 其中:本科及以上学历比例(%) / 97.74% / 49.85% / 100% / 50% / 预期性
//   and a name with no values of its own lends its number and unit to its
//   `其中` parts (`4.标准班额比例(%)` / `其中:小学` / `初中` / 4 values / 预期性);
//   numbered labels over an unnumbered name head a group (`1。空气质量`);
//   any other row is aligned by shape (row-cells.ts).
import type { Line } from './draft.js';
import type { PositionIndex } from './positions.js';
import { alignRow } from './row-cells.js';
import type { HeaderRole } from './table-header.js';
import type { TableCell, TableRow } from './types.js';

const ATTRIBUTE = /^(预期性|约束性)$/;
const VALUE = /^([<>≥≤~约]?\s*[\[〔{(]?\s*[<>≥≤]?-?\d|[-—/]+$|\[)/;
const SUB_ROW = /^其中[::]/;
/** A numbered name (`1.学前教育毛入园率(%)`) starts with a digit but is no value. */
const NUMBERED_NAME = /^\d{1,2}[.、.。]\p{Script=Han}/u;
/** An ordinal in front of a label (`1。空气质量`, `(一)`). */
const ORDINAL = /^(\d{1,2}[.、.。]|[((][一二三四五六七八九十]+[))])/;
const isValue = (text: string) => VALUE.test(text) && !NUMBERED_NAME.test(text);

export interface StackedRead {
  rows: TableRow[];
  /** Lines read (from the first line given). */
  used: number;
}

/** Reads rows from `lines` (the lines after the header) until a line ends the table or no row closes. */
export function readAttributeRows(raw: string, index: PositionIndex, lines: Line[], roles: HeaderRole[], ends: (l: Line) => boolean, isCategoryLine: (text: string) => boolean): StackedRead {
  const cellOf = (l: Line): TableCell => ({ text: l.text, position: index.position(l.start, l.end) });
  const span = (from: Line, to: Line) => index.position(from.start, to.end);
  const valueColumns = roles.filter((r) => r === 'value').length;
  const rows: TableRow[] = [];
  let used = 0;
  for (let k = 0; k < lines.length; ) {
    let close = k;
    while (close < lines.length && !ends(lines[close]!) && !ATTRIBUTE.test(lines[close]!.text)) close++;
    if (close >= lines.length || ends(lines[close]!)) break;
    const block = lines.slice(k, close + 1);
    let names = 0;
    while (names < block.length - 1 && !isValue(block[names]!.text)) names++;
    let first = 0;
    while (names - first > 1 && isCategoryLine(block[first]!.text) && !SUB_ROW.test(block[first + 1]!.text)) {
      rows.push({ cells: [cellOf(block[first]!)], isCategory: true, position: span(block[first]!, block[first]!) });
      first++;
    }
    // Numbered labels above an unnumbered name head a group of rows (`1。空气质量` / `地级及以上城市…`): no values of their own.
    while (names - first > 1 && ORDINAL.test(block[first]!.text) && !ORDINAL.test(block[names - 1]!.text) && !SUB_ROW.test(block[first + 1]!.text)) {
      rows.push({ cells: [cellOf(block[first]!)], isCategory: false, isGroup: true, position: span(block[first]!, block[first]!) });
      first++;
    }
    const nameLines = block.slice(first, names);
    const values = block.slice(names, -1);
    const attribute = block.at(-1)!;
    const n = nameLines.length;
    if (n > 1 && SUB_ROW.test(nameLines[1]!.text) && valueColumns > 0 && (values.length === valueColumns * n || values.length === valueColumns * (n - 1))) {
      // Without values of its own the first name only heads its parts.
      const owners = values.length === valueColumns * n ? nameLines : nameLines.slice(1);
      const stack = owners.length;
      owners.forEach((name, i) => {
        const cells = [cellOf(name), ...Array.from({ length: valueColumns }, (_, c) => cellOf(values[c * stack + i]!)), cellOf(attribute)];
        const row: TableRow = { cells, isCategory: false, position: span(name, attribute) };
        if (name !== nameLines[0]) row.parent = cellOf(nameLines[0]!);
        rows.push(row);
      });
    } else {
      const own = block.slice(first);
      rows.push({ cells: alignRow(raw, own.map(cellOf), roles, index), isCategory: false, position: span(own[0]!, attribute) });
    }
    k = close + 1;
    used = k;
  }
  return { rows, used };
}
