// Stage: physical lines → chunks. Two kinds of line breaks are not breaks:
// - titles set over several short lines (000 lines 2–4 and 22–26, 001 lines
//   1–3, 002 lines 1–3 and 4–5, 003 lines 1–2, 004 lines 9–11);
// - sentences cut in the middle (003 lines 14→15 and 102→103).
import { classifyText } from './classify-line.js';
import type { Chunk, Draft, Line } from './draft.js';
import { message } from './messages.js';
import { normalise } from './normalise.js';

/** How a title ends (`…纲要`, `…行动方案`, `…的通知`, `…规划(2021-2025)`). */
export const TITLE_END = /(纲要|规划|方案|通知|要点|意见|办法|计划|报告)(\(\d{4}-\d{4}\))?$/;
const MAX_TITLE_PIECE = 40;
const MAX_TITLE_PIECES = 4;
/** Title pieces are at most one blank line apart (000 line 18 → 22 is not one title). */
const MAX_TITLE_GAP = 2;
const DOC_NUMBER = /〔\d{4}〕\d+号$/;
/** Sentence-final characters: a line ending otherwise, with punctuation inside, was cut. */
const SENTENCE_END = /[。;:!?”’」』)》〕】…—.]$/;
const HAS_CLAUSE = /[,。;、:]/;

const isPlain = (raw: string, l: Line) => !raw.slice(l.start, l.end).includes('|') && !raw.slice(l.start, l.end).includes('\u00a0');

function isTitlePiece(raw: string, l: Line): boolean {
  return (
    l.text.length <= MAX_TITLE_PIECE &&
    !/[。,;:!?]/.test(l.text) &&
    !DOC_NUMBER.test(l.text) &&
    !/^\(.*\)$/.test(l.text) &&
    isPlain(raw, l) &&
    classifyText(l.text).type === 'paragraph'
  );
}

function isCutSentence(raw: string, l: Line, next: Line | undefined): boolean {
  if (!next || next.number !== l.number + 1 || !isPlain(raw, l) || !isPlain(raw, next)) return false;
  if (l.text.length < 10 || !HAS_CLAUSE.test(l.text) || SENTENCE_END.test(l.text)) return false;
  if (classifyText(l.text).type !== 'paragraph' || classifyText(next.text).type !== 'paragraph') return false;
  return /^[\u4e00-\u9fff]/.test(next.text);
}

export function joinLines(draft: Draft): Draft {
  const { raw, lines, index } = draft;
  const chunks: Chunk[] = [];
  const messages = [...draft.messages];
  const chunkOf = (from: number, to: number): Chunk => {
    const a = lines[from]!;
    const b = lines[to]!;
    return { start: a.start, end: b.end, line: a.number, endLine: b.number, text: from === to ? a.text : normalise(raw.slice(a.start, b.end)) };
  };

  // Lines of a table laid out one cell per line (cell-lines.ts) stay lines.
  const inTable = new Set<number>();
  for (const t of draft.cellTables ?? []) for (let k = t.first; k <= t.last; k++) inTable.add(k);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    let to = i;
    if (inTable.has(i)) {
      chunks.push(chunkOf(i, i));
      continue;
    }
    if (isTitlePiece(raw, l) && !TITLE_END.test(l.text)) {
      let text = l.text;
      for (let k = i + 1; k < lines.length && k <= i + MAX_TITLE_PIECES - 1; k++) {
        if (lines[k]!.number - lines[k - 1]!.number > MAX_TITLE_GAP || !isTitlePiece(raw, lines[k]!)) break;
        text += lines[k]!.text;
        if (TITLE_END.test(text)) to = k; // the longest: 000's `…规划` / `和…纲要的通知`
      }
    } else {
      while (isCutSentence(raw, lines[to]!, lines[to + 1])) to++;
      if (to > i) {
        messages.push(message('line-rejoined', `Lines ${l.number}–${lines[to]!.number} are one sentence cut by a line break; read as one paragraph.`, index.position(l.start, lines[to]!.end)));
      }
    }
    for (let k = i + 1; k <= to; k++) if (inTable.has(k)) to = k - 1;
    chunks.push(chunkOf(i, to));
    i = to;
  }
  return { ...draft, chunks, messages };
}
