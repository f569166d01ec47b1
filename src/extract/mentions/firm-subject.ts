// Firms named as a clause's subject, with no list word to say so:
// `沈鼓集团成为国家级服务型制造示范企业`, `东药集团荣获“省长质量奖”`, and
// firms counted by the words after them: `A、B两家企业入选…`, `A和B 2家公司`.
// - `firm-subject:<predicate>`: at a clause's start, items joined by 、/和/与
//   before a predicate that takes a firm (seed/lexicon/firm-subject-predicates.json),
//   each item with a company's shape (firm-list.ts: brand + industry word or org form);
//   `智能制造装备列入…`, `高新区…受到表彰` are no firms.
// - `firm-count`: `A、B 2家企业`: the count written after the list equals the
//   number of items, so the items are firms whatever their ending (`<brand>空调`).
import { chineseNumber } from '../../text/classify-line.js';
import { lexiconLongestFirst } from '../lexicon.js';
import type { TextUnit } from '../units.js';
import { afterLastLeadIn } from './boundary.js';
import { isFirmShaped } from './firm-list.js';
import type { Mention } from './mention.js';

const PREDICATES = lexiconLongestFirst('firm-subject-predicates');
/** What may stand before a clause's subject: the unit's start, clause punctuation, an outline number's dot. */
const CLAUSE_START = /[。;;,,::!?!?“”"\s.．]/u;
const SUBJECT_CHAR = /[\p{Script=Han}A-Za-z0-9、]/u;
const MAX_SUBJECT = 40;
const MAX_ITEM = 10;
const MIN_ITEM = 2;
const COUNT = /^\s*(\d+|[两二三四五六七八九十])\s*家(?:企业|公司)/u;

export function firmSubjectMentions(unit: TextUnit, descriptive: (core: string) => boolean): Mention[] {
  const text = unit.matchText;
  const mentions: Mention[] = [];
  const firm = (item: string) => isFirmShaped(item) && !descriptive(item);
  const emit = (start: number, items: Item[], rule: string) =>
    items.forEach((it) => mentions.push({ unit, start: start + it.offset, end: start + it.offset + it.text.length, type: 'Enterprise', rule, name: it.text }));
  for (const predicate of PREDICATES) {
    for (let at = text.indexOf(predicate); at !== -1; at = text.indexOf(predicate, at + 1)) {
      const start = subjectStart(text, at);
      if (start === undefined) continue;
      const items = split(text.slice(start, at));
      if (items.length && items.every((it) => firm(it.text))) emit(start, items, `firm-subject:${predicate}`);
    }
  }
  for (let at = text.indexOf('家'); at !== -1; at = text.indexOf('家', at + 1)) {
    // Back from `家` over the count to the list's end.
    let end = at;
    while (end > 0 && /[\d\s两二三四五六七八九十]/u.test(text[end - 1]!)) end--;
    const count = COUNT.exec(text.slice(end));
    if (!count || end === at) continue;
    const n = chineseNumber(count[1]!) ?? NaN;
    const start = subjectStart(text, end);
    if (start === undefined) continue;
    const from = start + afterLastLeadIn(text.slice(start, end).split('、')[0]!);
    const items = split(text.slice(from, end));
    if (items.length >= 2 && items.length === n && items.every((it) => !descriptive(it.text))) emit(from, items, 'firm-count');
  }
  return mentions;
}

interface Item {
  text: string;
  offset: number;
}

/** Where the subject ending at `end` starts: the clause's start, if the words from there are a subject's (names and 、 only). */
function subjectStart(text: string, end: number): number | undefined {
  let start = end;
  while (start > 0 && end - start <= MAX_SUBJECT && SUBJECT_CHAR.test(text[start - 1]!)) start--;
  if (start > 0 && !CLAUSE_START.test(text[start - 1]!)) return undefined;
  return start < end && text[start] !== '、' ? start : undefined;
}

/** Items joined by 、, or by one 和/与 between two items of at least MIN_ITEM characters. */
function split(subject: string): Item[] {
  const items: Item[] = [];
  let offset = 0;
  for (const part of subject.split('、')) {
    const joiner = [...part.matchAll(/[和与]/gu)].map((m) => m.index!).find((i) => i >= MIN_ITEM && part.length - i - 1 >= MIN_ITEM && isFirmShaped(part.slice(0, i)));
    const pieces = joiner === undefined ? [[part, 0] as const] : [[part.slice(0, joiner), 0] as const, [part.slice(joiner + 1), joiner + 1] as const];
    for (const [p, o] of pieces) items.push({ text: p, offset: offset + o });
    offset += part.length + 1;
  }
  return items.every((it) => it.text.length >= MIN_ITEM && it.text.length <= MAX_ITEM) ? items : [];
}
