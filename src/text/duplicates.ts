// Stage: read a repeated block once. 000 holds its whole text twice (lines
// 1–1037 and 1039–2073) with small layout differences (the notice title spans
// three lines in the first copy, one in the second). A long run of lines that
// repeats an earlier run, allowing a few misaligned lines, is dropped and
// reported, so no mention is counted twice.
import { classify } from './classify.js';
import type { Draft, Line } from './draft.js';
import { message } from './messages.js';
import { groupTables } from './tables.js';

/** A repeat must be long to count: short lines like `一、指导思想` recur legitimately. */
const MIN_RUN_LINES = 8;
const MIN_RUN_CHARS = 500;
/** How far ahead to look to re-align two copies whose layout differs. */
const RESYNC = 6;

export function dropDuplicates(draft: Draft): Draft {
  const { lines, index } = draft;
  const first = new Map<string, number>();
  const drop = new Set<number>();
  const messages = [...draft.messages];

  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    const j = first.get(text);
    if (j === undefined) {
      first.set(text, i);
      continue;
    }
    const run = extend(lines, j, i);
    if (run.matchedLines < MIN_RUN_LINES || run.matchedChars < MIN_RUN_CHARS) continue;
    const [from, source] = extendBack(lines, j, i, drop);
    const dropped = lines.slice(from, run.end);
    for (let k = from; k < run.end; k++) drop.add(k);
    const kinds = census(draft, dropped);
    const a = dropped[0]!;
    const b = dropped.at(-1)!;
    messages.push(
      message(
        'duplicate-block',
        `Lines ${a.number}–${b.number} repeat lines ${lines[source]!.number}–${lines[run.sourceEnd - 1]!.number}: read once, dropped ${dropped.length} non-blank lines: ${kinds.paragraphs} paragraph lines, ${kinds.headings} headings, ${kinds.tables} tables (${kinds.rows} rows and captions), ${kinds.other} other.`,
        index.position(a.start, b.end),
        'warning',
      ),
    );
    i = run.end - 1;
  }
  return drop.size ? { ...draft, lines: lines.filter((_, k) => !drop.has(k)), messages } : draft;
}

/** What the dropped lines were, read line by line with the same classify and table stages. */
function census(draft: Draft, dropped: Line[]) {
  const chunks = dropped.map((l) => ({ start: l.start, end: l.end, line: l.number, endLine: l.number, text: l.text }));
  const { items } = groupTables(classify({ ...draft, chunks, items: [], messages: [] }));
  const count = (type: string) => items.filter((i) => i.type === type).length;
  const tables = items.flatMap((i) => (i.type === 'table' ? [i.table] : []));
  const rows = tables.reduce((n, t) => n + t.header.length + t.rows.length + (t.caption ? 1 : 0), 0);
  const paragraphs = count('paragraph') + count('task');
  const headings = count('heading');
  return { paragraphs, headings, tables: tables.length, rows, other: dropped.length - paragraphs - headings - rows };
}

/**
 * The copy may start with lines its source sets differently: a title on one
 * line in the copy, on three in the source (000 line 1040 vs lines 2–4).
 * Walk back while a line equals the concatenation of up to RESYNC source lines.
 */
function extendBack(lines: Line[], j: number, i: number, dropped: Set<number>): [number, number] {
  let from = i;
  let source = j;
  while (from - 1 > source && !dropped.has(from - 1)) {
    const text = lines[from - 1]!.text;
    let joined = '';
    let k = 0;
    while (k < RESYNC && source - k - 1 >= 0 && joined.length < text.length) {
      k++;
      joined = lines[source - k]!.text + joined;
    }
    if (joined !== text) break;
    from--;
    source -= k;
  }
  return [from, source];
}

/** Walk the copy (from i) along its source (from j), re-aligning over small layout differences. */
function extend(lines: Line[], j: number, i: number) {
  let a = j;
  let b = i;
  let matchedLines = 0;
  let matchedChars = 0;
  let end = i;
  let sourceEnd = j;
  while (b < lines.length && a < i) {
    if (lines[a]!.text === lines[b]!.text) {
      matchedLines++;
      matchedChars += lines[b]!.text.length;
      a++;
      b++;
      end = b;
      sourceEnd = a;
      continue;
    }
    const next = resync(lines, a, b, i);
    if (!next) break;
    [a, b] = next;
  }
  return { end, sourceEnd, matchedLines, matchedChars };
}

function resync(lines: Line[], a: number, b: number, limitA: number): [number, number] | undefined {
  for (let d = 1; d <= RESYNC * 2; d++) {
    for (let da = 0; da <= Math.min(d, RESYNC); da++) {
      const db = d - da;
      if (db > RESYNC) continue;
      const x = a + da;
      const y = b + db;
      if (x < limitA && y < lines.length && lines[x]!.text === lines[y]!.text && lines[x]!.text.length >= 4) return [x, y];
    }
  }
  return undefined;
}
