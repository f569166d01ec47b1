// A list of responsible units as plans write it, read into names with the
// label or verb that gives each its role. Three written forms:
// - labelled: `责任单位:市发展改革委、市财政局` / `牵头单位:区卫健局;责任单位:…`
//   (a label may follow a `;`, a space or nothing: `牵头单位:市商务局 责任单位:市编办`);
// - verb after the names: `市政府办公室、市审改办牵头,市级各有关部门按职责分工负责`,
//   `市商务局牵头,市财政局配合`;
// - bare: `〔市发展改革委、市财政局〕`, every name an organisation's.
// Matching runs on matchText (simplified, same length as text), so `牽頭` reads as `牵头`.
import { isOrganisationName, listLabels, roleVerbs } from './unit-words.js';

export interface UnitSpan {
  /** Indices into the text, end exclusive. */
  start: number;
  end: number;
  /** The label (`牵头单位`) or verb (`牵头`, `配合`) that introduced the name; `''` for a bare list. */
  label: string;
  /** Which list of the block (1, 2…) when a block has several lists of its own (`责任单位为A;…责任单位为B`). */
  list?: number;
}

const SEPARATORS = new Set(['、', ',', ';', '，', '；']);
const CLAUSE_END = new Set([',', ';', '，', '；', '。']);
const OPEN = '((〔﹝[【';
const CLOSE = '))〕﹞]】';

/** Spans of names between `、` `,` `;` outside parentheses (`各县(市、区)政府` is one name), trimmed of spaces and a trailing `等`. */
export function splitNames(text: string, from: number, to: number, extraSeparators = SEPARATORS): [number, number][] {
  const spans: [number, number][] = [];
  let depth = 0;
  let start = from;
  for (let k = from; k <= to; k++) {
    const ch = text[k]!;
    if (k < to && OPEN.includes(ch)) depth++;
    else if (k < to && CLOSE.includes(ch) && depth > 0) depth--;
    else if (k === to || (depth === 0 && extraSeparators.has(ch))) {
      let s = start;
      let e = k;
      while (s < e && /\s/.test(text[s]!)) s++;
      while (e > s && /[\s。;:等]/.test(text[e - 1]!)) e--; // `…开发区等` → `开发区`
      if (e > s) spans.push([s, e]);
      start = k + 1;
    }
  }
  return spans;
}

/** `(牵头单位|责任单位|…)[::]` anywhere in the list. */
function labelMarks(match: string, from: number, to: number): { at: number; end: number; label: string }[] {
  const body = match.slice(from, to);
  const re = new RegExp(`(${listLabels().join('|')})\\s*[::]`, 'g');
  return [...body.matchAll(re)].map((m) => ({ at: from + m.index, end: from + m.index + m[0].length, label: m[1]! }));
}

/**
 * The units of the list in `[from, to)` of `match` (a block's matchText), or
 * undefined when the span is not a unit list. `bare` allows a list without
 * labels or verbs (a closing bracket of organisation names only).
 */
export function parseUnitList(match: string, from: number, to: number, bare: boolean): UnitSpan[] | undefined {
  const marks = labelMarks(match, from, to);
  if (marks.length > 0) {
    if (match.slice(from, marks[0]!.at).trim() !== '') return undefined;
    return marks.flatMap((mark, n) => {
      let end = n + 1 < marks.length ? marks[n + 1]!.at : to;
      // `…省大数据中心按职责分工负责。具体任务均涉及…,下同。`: a full stop ends the names, a note follows.
      const stop = match.indexOf('。', mark.end);
      if (stop >= 0 && stop < end) end = stop;
      const out: UnitSpan[] = [];
      for (const [start, e] of splitNames(match, mark.end, end)) {
        const name = match.slice(start, e);
        if (name.includes('的')) break; // `排在首位的为牵头单位,下同`: a note on the list, not a unit
        const verb = roleVerbs().find((v) => name.endsWith(v) && name.length > v.length + 1);
        out.push({ start, end: verb ? e - verb.length : e, label: mark.label });
      }
      return out;
    });
  }
  return verbClauses(match, from, to, bare);
}

/** `A、B牵头,C配合` or a bare `A、B`: every name an organisation's, or it is not a list. */
function verbClauses(match: string, from: number, to: number, bare: boolean): UnitSpan[] | undefined {
  const out: UnitSpan[] = [];
  const verbs = roleVerbs();
  let depth = 0;
  let start = from;
  let sawVerb = false;
  for (let k = from; k <= to; k++) {
    const ch = match[k]!;
    if (k < to && OPEN.includes(ch)) depth++;
    else if (k < to && CLOSE.includes(ch) && depth > 0) depth--;
    else if (k === to || (depth === 0 && CLAUSE_END.has(ch))) {
      let e = k;
      while (e > start && /\s/.test(match[e - 1]!)) e--;
      if (e > start) {
        const verb = verbs.find((v) => match.slice(start, e).endsWith(v));
        if (verb) sawVerb = true;
        const namesEnd = verb ? e - verb.length : e;
        const names = splitNames(match, start, namesEnd, new Set(['、', '及']));
        if (names.length === 0 || !names.every(([s, n]) => isOrganisationName(match.slice(s, n)))) return undefined;
        for (const [s, n] of names) out.push({ start: s, end: n, label: verb ?? '' });
      }
      start = k + 1;
    }
  }
  return out.length > 0 && (sawVerb || bare) ? out : undefined;
}
