// Stage: captions and the rows after them → Table items. Cells keep their
// normalised text and exact positions; what a column means (target, baseline,
// growth rate…) is left to extraction. Shapes found in the seeds:
// - pipe (002, 003): `a | b | c |`, empty and shifted cells kept as written;
// - nbsp (000 表2): cells separated by U+00A0, category rows spelled `经  济  发  展`;
// - unseparated (000 表1): `4耕地保有量(万亩)357450`. Splitting such a row is
//   interpretation (357|450 or 3574|50?), so the row is ONE cell and extraction
//   splits it with the header in hand;
// - caption-only (004 `专栏 N`, all bodies lost).
import type { Chunk, Draft, Item } from './draft.js';
import { message } from './messages.js';
import { headerRole, isHeader } from './table-header.js';
import { isSpace, normalise } from './normalise.js';
import type { Message, Table, TableCell, TableRow, TableShape } from './types.js';
import type { PositionIndex } from './positions.js';

const HEADER_WORDS = /指标|序号|名称|属性|项目|领域/;
/** `2015年` / `2020 年`: a row of years under a header is still header (002 表1 row 2). */
const YEAR_CELL = /^\d{4}年?$/;
/** 000 表2 rows 341–347 run the attribute into the name (`…(亿元)预期性`): split off, the split is unambiguous. */
const TRAILING_ATTRIBUTE = /(预期性|约束性)$/;
/** Separator inside a nbsp row: a space run holding U+00A0/U+3000/tab, or two ASCII spaces. */
const NBSP_SEPARATOR = /[ \u00a0\u3000\t]*[\u00a0\u3000\t][ \u00a0\u3000\t]*| {2,}/g;
const MAX_UNSEPARATED_ROW = 80;

const rawOf = (raw: string, c: Chunk) => raw.slice(c.start, c.end);
const pipes = (s: string) => s.split('|').length - 1;
const isSingleLine = (c: Chunk) => c.line === c.endLine;

export function groupTables(draft: Draft): Draft {
  const { raw, index } = draft;
  const items: Item[] = [];
  const messages: Message[] = [...draft.messages];
  const src = draft.items;

  // Tables laid out one cell per line were read before the lines were joined (cell-lines.ts).
  const cellTables = new Map((draft.cellTables ?? []).map((t) => [t.table.position.start.offset, t.table] as const));
  for (let i = 0; i < src.length; i++) {
    const item = src[i]!;
    const cellTable = 'chunk' in item && item.chunk ? cellTables.get(item.chunk.start) : undefined;
    if (cellTable) {
      items.push({ type: 'table', table: cellTable });
      const end = cellTable.position.end.offset;
      while (i + 1 < src.length && 'chunk' in src[i + 1]! && (src[i + 1] as { chunk: Chunk }).chunk.start < end) i++;
      continue;
    }
    if (item.type === 'heading' && item.kind === 'box' && !rawOf(raw, item.chunk).endsWith('|') && src[i + 1]?.type !== 'image') {
      // 004: `专栏 3 科技创新驱动` followed directly by the next heading: a table whose body was lost.
      items.push({ type: 'table', table: captionOnly(item.chunk, index) });
      messages.push(message('table-body-missing', `\`${item.chunk.text}\` (line ${item.chunk.line}) has a caption but no body; nothing to read from it.`, index.position(item.chunk.start, item.chunk.end), 'warning'));
      continue;
    }
    const isCaption = item.type === 'caption';
    const isBareRow = (item.type === 'paragraph' || item.type === 'heading') && isSingleLine(item.chunk) && (pipes(rawOf(raw, item.chunk)) >= 2 || isSeparatedHeader(rawOf(raw, item.chunk)));
    if (!isCaption && !isBareRow) {
      items.push(item);
      continue;
    }
    const caption = isCaption ? item.chunk : undefined;
    const first = isCaption ? i + 1 : i;
    const shape = shapeOf(raw, caption, src[first]);
    const rows: Chunk[] = [];
    let j = first;
    for (; j < src.length; j++) {
      const next = src[j]!;
      if (!('chunk' in next)) break;
      const prevLine = rows.length ? rows.at(-1)!.endLine : (caption?.endLine ?? next.chunk.line);
      if (next.type === 'caption' || next.type === 'image' || !isRow(raw, shape, next, prevLine, rows.length === 0)) break;
      rows.push(next.chunk);
    }
    if (!caption && rows.length < 2) {
      items.push(item);
      continue;
    }
    if (caption && rows.length === 0) {
      items.push({ type: 'table', table: captionOnly(caption, index) });
      messages.push(message('table-body-missing', `\`${caption.text}\` (line ${caption.line}) has a caption but no rows follow it.`, index.position(caption.start, caption.end), 'warning'));
      continue;
    }
    items.push({ type: 'table', table: buildTable(raw, index, caption, shape, rows, messages) });
    i = j - 1;
  }
  return { ...draft, items, messages };
}

/** A header row whose cells are set apart by tabs or space runs (`序号\t工作任务\t责任单位`), without a caption. */
function isSeparatedHeader(text: string): boolean {
  const cells = text.split(NBSP_SEPARATOR).map((c) => normalise(c)).filter((c) => c !== '');
  return cells.length >= 3 && isHeader(cells.map(headerRole));
}

function shapeOf(raw: string, caption: Chunk | undefined, next: Item | undefined): TableShape {
  const firstRaw = next && 'chunk' in next && next.chunk ? rawOf(raw, next.chunk) : '';
  if ((caption && rawOf(raw, caption).includes('|')) || pipes(firstRaw) >= 2) return 'pipe';
  if (/[\u00a0\u3000\t]| {2,}/.test(firstRaw)) return 'nbsp';
  return 'unseparated';
}

function isRow(raw: string, shape: TableShape, item: Item & { chunk?: Chunk }, prevLine: number, first: boolean): boolean {
  const c = item.chunk!;
  if (!isSingleLine(c) || /^注/.test(c.text)) return false;
  const r = rawOf(raw, c);
  if (shape === 'pipe') return pipes(r) >= 1 && (pipes(r) >= 2 || r.trim().endsWith('|'));
  if (shape === 'nbsp') return /[\u00a0\u3000\t]| {2,}/.test(r);
  // unseparated rows are consecutive short lines without sentences (one blank line allowed after the caption)
  return item.type === 'paragraph' && c.line - prevLine <= (first ? 2 : 1) && c.text.length <= MAX_UNSEPARATED_ROW && !c.text.includes('。');
}

function buildTable(raw: string, index: PositionIndex, caption: Chunk | undefined, shape: TableShape, rowChunks: Chunk[], messages: Message[]): Omit<Table, 'id'> {
  const rows = rowChunks.map((c) => buildRow(raw, index, shape, c));
  let headerCount = 0;
  if (rows[0] && (HEADER_WORDS.test(rows[0].cells.map((x) => x.text).join('')) || isHeader(rows[0].cells.map((x) => headerRole(x.text))))) {
    headerCount = 1;
    while (rows[headerCount] && YEAR_CELL.test(rows[headerCount]!.cells.find((x) => x.text)?.text ?? '')) headerCount++;
  }
  const header = rows.slice(0, headerCount);
  const body = rows.slice(headerCount);
  const start = caption?.start ?? rowChunks[0]!.start;
  const end = rowChunks.at(-1)?.end ?? caption!.end;
  const captionText = caption ? normalise(raw.slice(caption.start, caption.end).replace(/[\s|]+$/, '')) : '';

  if (shape === 'pipe' && header[0]) {
    // 003: rows after a category's first lack the category cell and end with an extra `| |`.
    const width = header[0].cells.length;
    const short = body.filter((r) => !r.isCategory && r.cells.length < width);
    if (short.length) {
      messages.push(message('table-row-shifted', `Table \`${captionText || '(no caption)'}\`: ${short.length} of ${body.length} rows have fewer cells than the header (${width}); their cells are shifted left (a category or an empty value is implied).`, index.position(short[0]!.position.start.offset, short.at(-1)!.position.end.offset), 'warning'));
    }
  }
  return { type: 'table', position: index.position(start, end), caption: captionText, shape, header, rows: body };
}

function captionOnly(c: Chunk, index: PositionIndex): Omit<Table, 'id'> {
  return { type: 'table', position: index.position(c.start, c.end), caption: c.text.replace(/[\s|]+$/, ''), shape: 'caption-only', header: [], rows: [] };
}

function buildRow(raw: string, index: PositionIndex, shape: TableShape, c: Chunk): TableRow {
  const cell = (start: number, end: number): TableCell => {
    while (start < end && isSpace(raw.charCodeAt(start))) start++;
    while (end > start && isSpace(raw.charCodeAt(end - 1))) end--;
    return { text: normalise(raw.slice(start, end)), position: index.position(start, end) };
  };
  const row = (cells: TableCell[], isCategory: boolean): TableRow => ({ cells, isCategory, position: index.position(c.start, c.end) });

  if (shape === 'unseparated') return row([cell(c.start, c.end)], false);

  if (shape === 'pipe') {
    const cells: TableCell[] = [];
    let from = c.start;
    for (let k = c.start; k <= c.end; k++) {
      if (k === c.end || raw[k] === '|') {
        cells.push(cell(from, k));
        from = k + 1;
      }
    }
    while (cells.length && cells.at(-1)!.text === '') cells.pop();
    // `| 1 | 推进… | 市大数据局 |`: a row that opens with its pipe has no cell before it.
    if (cells[0]?.text === '' && raw.slice(c.start, c.end).startsWith('|')) cells.shift();
    const filled = cells.filter((x) => x.text);
    // `经济发展 | ||||`: one short label and nothing else
    const isCategory = filled.length === 1 && filled[0] === cells[0] && /^[\u4e00-\u9fff]{2,10}$/.test(filled[0]!.text);
    return row(cells, isCategory);
  }

  // nbsp
  const text = raw.slice(c.start, c.end);
  const pieces: [number, number][] = [];
  let from = 0;
  for (const m of text.matchAll(NBSP_SEPARATOR)) {
    pieces.push([from, m.index!]);
    from = m.index! + m[0].length;
  }
  pieces.push([from, text.length]);
  if (pieces.length >= 2 && pieces.every(([a, b]) => b - a === 1 && /[\u4e00-\u9fff]/.test(text[a]!))) {
    return row([cell(c.start, c.end)], true); // `经  济  发  展` → one cell `经济发展`
  }
  const cells: TableCell[] = [];
  for (const [a, b] of pieces) {
    const t = normalise(text.slice(a, b));
    const attr = t.match(TRAILING_ATTRIBUTE);
    if (cells.length === 0 && attr && t.length > attr[0].length) {
      // 000 表2: `★地区生产总值(亿元)预期性` → name | attribute (raw ends with the same 3 characters)
      let e = c.start + b;
      while (isSpace(raw.charCodeAt(e - 1))) e--;
      cells.push(cell(c.start + a, e - 3), cell(e - 3, e));
    } else cells.push(cell(c.start + a, c.start + b));
  }
  return row(cells, false);
}
