// A row laid out one cell per line, its lines assigned to the header's
// columns by shape. Scraped pages lose empty cells (`-` is kept, an empty
// cell is no line at all) and break long cells over two lines (`万平` /
// `方米`, `研发经费投入占全市` / `生产总值比例`), so the line count rarely
// equals the width. Every way of reading the lines in order, each column
// taking zero lines (an empty cell), one line, or a few lines joined (one
// broken cell), is scored by how well each cell fits its column, and the best
// reading wins (dynamic programming; rows are short).
import { normalise } from './normalise.js';
import type { PositionIndex } from './positions.js';
import type { HeaderRole } from './table-header.js';
import type { TableCell } from './types.js';
import { splitNames } from './unit-list.js';
import { isOrganisationName } from './unit-words.js';
import { lexicon } from '../extract/lexicon.js';

const MAX_JOIN = 4;
/** A value as indicator tables write it: `1200`, `-`, `>60`, `5左右`, `[累计达到1000]`, `≥6%`, `7.5%左右`. */
const VALUE = /^([<>≥≤~约]?\s*[\[〔{(]?\s*[<>≥≤]?-?\d|[-—/]+$|\[)/;
const MEASURE = /^(%|‰|[\p{Script=Han}a-zA-Z/²³·.%]{1,8})$/u;
/** Words of a value written in words (`与经济增长基本同步`, `完成省下达任务`, `高于全省平均水平`). */
const VALUE_WORDS = /同步|完成|高于|低于|不低于|不高于|达到|以上|以下|以内|左右|持平|稳定|下达|保持|力争|控制/;
let units: Set<string> | undefined;
const isMeasureUnit = (text: string) => (units ??= new Set(lexicon('measure-units'))).has(text);
const ATTRIBUTE = /^(预期性|约束性)$/;
const DATE = /\d{4}\s*年|\d{1,2}\s*月|年底|年内|月底|季度|长期|持续|全年|前$|底$/;
const HAN = /\p{Script=Han}/u;

function fit(role: HeaderRole, text: string): number {
  const value = VALUE.test(text);
  switch (role) {
    case 'number':
      return /^\d{1,3}$/.test(text) ? 3 : -3;
    case 'attribute':
      return ATTRIBUTE.test(text) ? 3 : -3;
    case 'measure':
      return isMeasureUnit(text) ? 2.5 : MEASURE.test(text) && !ATTRIBUTE.test(text) ? 1 : -2;
    case 'value':
      return value ? 2 : ATTRIBUTE.test(text) ? -3 : VALUE_WORDS.test(text) && text.length <= 30 ? 1 : -1.5;
    case 'name':
    case 'task':
    case 'category':
      // A cell ending in `,` or `、` was cut: its rest is on the next line.
      return value || ATTRIBUTE.test(text) ? -2 : HAN.test(text) ? 1 + Math.min(text.length, 20) / 20 - (/[,、;]$/.test(text) ? 1 : 0) : -1;
    case 'units':
      return splitNames(text, 0, text.length).every(([a, b]) => isOrganisationName(text.slice(a, b))) ? 2 : HAN.test(text) ? 0 : -2;
    case 'deadline':
      return DATE.test(text) ? 2 : 0;
    case 'leader':
    case 'note':
    case 'group':
      return HAN.test(text) && !value ? 0.5 : 0;
  }
}

/** The cost of a column left empty: values and optional columns are often empty, names never. */
const skipCost = (role: HeaderRole) => (role === 'name' || role === 'task' || role === 'number' ? -4 : role === 'units' ? -2 : -0.8);
/** Joining lines into one cell costs a little per break, more when the first piece could stand alone. */
const JOIN_COST = 0.6;

/** How well the best reading of these lines fits the columns (-Infinity when none does). */
export function rowScore(raw: string, lines: TableCell[], roles: HeaderRole[]): number {
  return table(raw, lines, roles).best[lines.length]![roles.length]!;
}

export function alignRow(raw: string, lines: TableCell[], roles: HeaderRole[], index: PositionIndex): TableCell[] {
  const n = lines.length;
  const m = roles.length;
  const { best, take } = table(raw, lines, roles);
  // More lines than the columns can take even joined: keep them as written.
  if (best[n]![m] === -Infinity) return lines;
  const cells: TableCell[] = [];
  let i = n;
  for (let j = m; j >= 1; j--) {
    const t = take[i]![j]!;
    if (t === 0) {
      // An empty value column is left out: which value column a row lacks is extraction's reading
      // (indicators/shifted.ts), as for pipe rows with fewer cells. Other empty columns keep their place.
      if (roles[j - 1] === 'value') continue;
      const at = i > 0 ? lines[i - 1]!.position.end.offset : (lines[0]?.position.start.offset ?? 0);
      cells.unshift({ text: '', position: index.position(at, at) });
    } else {
      const c = joined(raw, lines, i - t, i);
      cells.unshift({ text: c.text, position: index.position(c.start, c.end) });
    }
    i -= t;
  }
  return cells;
}

function table(raw: string, lines: TableCell[], roles: HeaderRole[]): { best: number[][]; take: number[][] } {
  const n = lines.length;
  const m = roles.length;
  // best[i][j]: score of reading lines[0..i) into columns[0..j)
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(-Infinity));
  const take: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  best[0]![0] = 0;
  for (let j = 1; j <= m; j++) {
    for (let i = 0; i <= n; i++) {
      // column j-1 empty
      let score = best[i]![j - 1]! + skipCost(roles[j - 1]!);
      let used = 0;
      for (let t = 1; t <= MAX_JOIN && t <= i; t++) {
        const prev = best[i - t]![j - 1]!;
        if (prev === -Infinity) continue;
        const s = prev + fit(roles[j - 1]!, joined(raw, lines, i - t, i).text) - JOIN_COST * (t - 1) * (t > 1 ? 1 + Number(VALUE.test(lines[i - t]!.text)) : 1);
        if (s > score) {
          score = s;
          used = t;
        }
      }
      best[i]![j] = score;
      take[i]![j] = used;
    }
  }
  return { best, take };
}

function joined(raw: string, lines: TableCell[], from: number, to: number): { text: string; start: number; end: number } {
  const start = lines[from]!.position.start.offset;
  const end = lines[to - 1]!.position.end.offset;
  return { text: to - from === 1 ? lines[from]!.text : normalise(raw.slice(start, end)), start, end };
}
