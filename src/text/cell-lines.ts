// Stage: tables that scraped pages lay out one cell per line:
//   序号 / 指 标 / 单位 / 2020年 / “十四五”目标 / 属性 / 2025年 / 年均[累计] /
//   1 / 地区生产总值 / 亿元 / 1200 / 1800 / 8左右 / 预期性 / 2 / …
//   序号 / 重点任务 / 牵头单位 / 配合单位 / 1 / 推进… / 市发展改革委 / 市财政局 / 2 / …
// The header is a run of header cells (table-header.ts); its leaf columns
// give the row width. Rows start at the row numbers when the table has a
// number column (a line of its own, the next number), else every `width`
// lines. Lines are then assigned to columns by their shape (row-cells.ts): a
// cell broken over two lines (`万平` / `方米`) is one cell, an empty cell
// (its line lost) is an empty cell. Runs before joinLines, which must not
// join a table's lines into sentences.
import type { Draft, Line } from './draft.js';
import { classifyText } from './classify-line.js';
import { message } from './messages.js';
import { normalise } from './normalise.js';
import type { PositionIndex } from './positions.js';
import { alignRow, rowScore } from './row-cells.js';
import { readAttributeRows } from './stacked-rows.js';
import { isOrganisationName } from './unit-words.js';
import { headerRole, isHeader, leafColumns, type HeaderRole } from './table-header.js';
import type { Message, Table, TableCell, TableRow } from './types.js';

export interface CellTable {
  /** Index in draft.lines of the caption (when there is one) or the first header line. */
  first: number;
  /** Index of the last line. */
  last: number;
  table: Omit<Table, 'id'>;
}

/** Header cells are short lines without separators. */
const MAX_HEADER_CELL = 16;
/** What ends a table laid out this way: notes, sources, a new caption or a chapter-level heading. */
const AFTER_TABLE = /^(注|备注|说明|资料来源|数据来源)[::\d①]/;
const CAPTION = /^(表\s*\d|附表|附件)|(表|指标|清单|分工|分解)$/;

/** `| 2015年` → the cell after the pipe; a bare `|` → nothing; any other line as it is. */
function behindPipe(raw: string, l: Line): Line | undefined {
  const text = raw.slice(l.start, l.end);
  if (text === '|') return undefined;
  const m = /^\|\s*(?=[^|\s])/.exec(text);
  if (!m || text.indexOf('|', 1) >= 0) return l;
  const start = l.start + m[0].length;
  return { ...l, start, text: normalise(raw.slice(start, l.end)) };
}

const plainLine = (raw: string, l: Line) => !/[|\t\u00a0]/.test(raw.slice(l.start, l.end));

export function findCellTables(draft: Draft): Draft {
  const { raw, index } = draft;
  // Cells may sit behind a `|` each (`| 2015年`), with bare `|` lines between rows: read as cells alone.
  const at: number[] = [];
  const lines: Line[] = [];
  draft.lines.forEach((l, i) => {
    const cell = behindPipe(raw, l);
    if (!cell) return;
    lines.push(cell);
    at.push(i);
  });
  const tables: CellTable[] = [];
  const messages: Message[] = [...draft.messages];
  for (let i = 0; i < lines.length; i++) {
    const header = headerRun(raw, lines, i);
    if (!header) continue;
    const found = readTable(raw, index, lines, i, header, messages);
    if (!found) continue;
    tables.push({ ...found, first: at[found.first]!, last: at[found.last]! });
    i = found.last;
  }
  return tables.length ? { ...draft, cellTables: [...(draft.cellTables ?? []), ...tables], messages } : draft;
}

function headerRun(raw: string, lines: Line[], from: number): HeaderRole[] | undefined {
  const roles: HeaderRole[] = [];
  for (let k = from; k < lines.length; k++) {
    const l = lines[k]!;
    const role = l.text.length <= MAX_HEADER_CELL && plainLine(raw, l) ? headerRole(l.text) : undefined;
    if (!role) break;
    roles.push(role);
  }
  // The run must start a header: `序号` or a name/task column first, and read as one.
  return roles.length >= 3 && isHeader(roles) ? roles : undefined;
}

function readTable(raw: string, index: PositionIndex, lines: Line[], start: number, headerRoles: HeaderRole[], messages: Message[]): CellTable | undefined {
  const leaves = leafColumns(headerRoles);
  const roles = leaves.map((i) => headerRoles[i]!);
  const width = roles.length;
  const cellOf = (l: Line): TableCell => ({ text: l.text, position: index.position(l.start, l.end) });
  const headerLines = lines.slice(start, start + headerRoles.length);
  let k = start + headerRoles.length;
  const rows: TableRow[] = [];
  const numbered = roles[0] === 'number';
  const ends = (l: Line | undefined) => !l || !plainLine(raw, l) || AFTER_TABLE.test(l.text) || isOuterHeading(l.text);

  if (numbered) {
    let expected = 1;
    let current: Line[] | undefined;
    const flush = () => {
      if (!current) return;
      const [num, ...rest] = current;
      // A short label left over after a full row is the next group's category (`二、社会民生`).
      const spill: Line[] = [];
      while (rest.length > width - 1 && isCategoryLine(rest[rest.length - 1]!.text)) spill.unshift(rest.pop()!);
      rows.push(row(index, [cellOf(num!), ...alignRow(raw, rest.map(cellOf), roles.slice(1), index)], false, num!, rest.at(-1) ?? num!));
      for (const c of spill) rows.push(row(index, [cellOf(c)], true, c, c));
      current = undefined;
    };
    for (; k < lines.length; k++) {
      const l = lines[k]!;
      const startsRow = l.text === String(expected) && (!current || current.length >= 2) && startsName(lines[k + 1]);
      if (startsRow) {
        flush();
        current = [l];
        expected++;
        continue;
      }
      if (!current) {
        if (ends(l) || !isCategoryLine(l.text)) break; // nothing numbered follows the header
        rows.push(row(index, [cellOf(l)], true, l, l));
        continue;
      }
      if (ends(l)) break;
      // Past its width with no next number ahead, the row is the table's last: it may still run
      // over a line or two (a broken cell), kept only where they read better as cells.
      if (current.length >= width && !upcoming(lines, k, expected, width)) {
        let keep = current.length;
        let bestScore = rowScore(raw, current.slice(1).map(cellOf), roles.slice(1));
        const more = [...current];
        for (let extra = 0; extra < 2 && k + extra < lines.length; extra++) {
          const next = lines[k + extra]!;
          if (ends(next) || next.text.length > 60 || classifyText(next.text).type === 'heading') break;
          more.push(next);
          const score = rowScore(raw, more.slice(1).map(cellOf), roles.slice(1));
          if (score > bestScore) {
            bestScore = score;
            keep = more.length;
          }
        }
        current = more.slice(0, keep);
        break;
      }
      current.push(l);
    }
    flush();
  } else if (roles[width - 1] === 'attribute') {
    const read = readAttributeRows(raw, index, lines.slice(k), roles, ends, isCategoryLine);
    rows.push(...read.rows);
    k += read.used;
  } else {
    for (; k + width <= lines.length; k += width) {
      const group = lines.slice(k, k + width);
      if (group.some(ends)) break;
      rows.push(row(index, group.map(cellOf), false, group[0]!, group[width - 1]!));
    }
  }
  while (rows.length && rows[rows.length - 1]!.isCategory) {
    rows.pop();
    k--;
  }
  if (rows.filter((r) => !r.isCategory).length === 0) return undefined;
  const last = lastLine(lines, rows, k);
  const captionAt = start > 0 && isCaption(lines[start - 1]!) ? start - 1 : undefined;
  const caption = captionAt === undefined ? '' : lines[captionAt]!.text.replace(/[\s|]+$/, '');
  const first = captionAt ?? start;
  const header: TableRow = { cells: leaves.map((i) => cellOf(headerLines[i]!)), isCategory: false, position: index.position(headerLines[0]!.start, headerLines.at(-1)!.end) };
  const table: Omit<Table, 'id'> = { type: 'table', position: index.position(lines[first]!.start, lines[last]!.end), caption, shape: 'cell-per-line', header: [header], rows };
  if (leaves.length !== headerRoles.length) {
    messages.push(message('table-header-groups', `Table \`${caption || '(no caption)'}\` (line ${lines[start]!.number}): a group header spans the cells after it; ${width} columns read.`, header.position));
  }
  return { first, last, table };
}

function row(index: PositionIndex, cells: TableCell[], isCategory: boolean, from: Line, to: Line): TableRow {
  return { cells, isCategory, position: index.position(from.start, to.end) };
}

function lastLine(lines: Line[], rows: TableRow[], fallback: number): number {
  const end = rows.at(-1)?.position.end.offset;
  const at = lines.findIndex((l) => l.end === end);
  return at >= 0 ? at : fallback - 1;
}

/** The next row number within a row's width: the row is not over yet. */
function upcoming(lines: Line[], k: number, expected: number, width: number): boolean {
  for (let j = k; j < Math.min(lines.length, k + width); j++) if (lines[j]!.text === String(expected)) return true;
  return false;
}

const startsName = (l: Line | undefined) => !!l && /\p{Script=Han}/u.test(l.text) && !/^\d/.test(l.text);
/** A category row's label (`经济发展`, `二、社会民生`): short, no digits or clause marks, not a unit's name. */
const isCategoryLine = (text: string) => {
  const label = text.replace(/^[(]?[一二三四五六七八九十]+[、)]/, '');
  return text.length <= 16 && /\p{Script=Han}/u.test(label) && !/\d/.test(label) && !/[。,;:、]/.test(label) && !isOrganisationName(label);
};
const isOuterHeading = (text: string) => {
  const c = classifyText(text);
  return c.type === 'heading' && (c.kind === 'part' || c.kind === 'chapter' || c.kind === 'section' || c.kind === 'attachment');
};
const isCaption = (l: Line) => l.text.length <= 60 && CAPTION.test(l.text) && !/[。;]/.test(l.text);

