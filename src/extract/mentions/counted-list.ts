// Projects listed with a count: `巴州华联纺织全产业链、新疆青禾生物科技天然植物综合提取
// 一体化等6个项目开工`, `长寿高性能锂离子电池微孔隔膜项目等38个现代产业、…等3个公共服务项目
// 超额完成` (countedListMentions), and lists exactly as long as a count that announces or
// closes them, `计划新开工项目9项,分别为A、B…`, `A、B和C 3个子项目` (exactCountMentions).
// Reports of project starts and signings name projects this way, by a company and its
// product or by a facility, instead of with a closer enumeration.ts knows (`等项目`,
// `等重点项目`). The count says the items are projects; they are named as written.
import { chineseNumber } from '../../text/classify-line.js';
import type { GazetteerIndex } from '../gazetteer-index.js';
import { lexicon } from '../lexicon.js';
import type { TextUnit } from '../units.js';
import { afterLastLeadIn, isNameChar, leftBoundary, trimLeadIn } from './boundary.js';
import { itemCharsBefore, lastJoiner } from './enumeration.js';
import { isDescriptive } from './generic.js';
import type { Mention } from './mention.js';
import { placeLengthAt } from './place-at.js';

/** `等` + a count + a measure word: `等6个`, `等十二项`. */
const COUNTED = /等(?:\d+|[一二两三四五六七八九十百]+)(?:个|项)/gu;
/** Where the clause that must call the items projects ends. */
const CLAUSE_END = /[,。;:!?,;:]/u;
const MIN_ITEM = 4;
const MAX_ITEM = 30;

/**
 * Project lists whose count equals their items, so every item is a project, named as written:
 * - announced: `计划新开工项目9项,分别为A、B、…、I。`, `重点项目共有2个,主要包括A、B`;
 * - closed without 等: `开工建设A、B、C、D和E 5个子项目`, `A、B 2个援藏项目`.
 * A list of kinds or one cut by a stray 、 does not add up. The count outweighs an ending that
 * usually names a designation (`上药生物医药生产基地`) and an item naming nobody (`龙耀路越江隧道`).
 * A place in brackets closing an item (`华为上海研发基地(青浦)`) says where it is, not its name.
 */
const ANNOUNCED = /项目(?:共有)?\s*(\d+|[一二两三四五六七八九十]+)\s*[项个][,,]?\s*(?:分别为|分别是|主要包括|包括)[::]?/gu;
const CLOSED = /(\d+|[两三四五六七八九十]+)\s*个\p{Script=Han}{0,4}?项目/gu;
/** Labels of these items: `enum-before` like other list items, so the company opening one is found (project-owner.ts). */
export const EXACT_COUNT_RULES = new Set(['enum-before:项目N项,分别为', 'enum-before:A、B N个项目']);
/** Items a count vouches for may be short or long (`上药`, a road with its section in brackets). */
const MIN_COUNTED_ITEM = 2;
const MAX_COUNTED_ITEM = 40;

export function exactCountMentions(unit: TextUnit): Mention[] {
  const text = unit.matchText;
  const mentions: Mention[] = [];
  const push = (items: Span[], count: number, listAt: number, rule: string) => {
    if (items.length < 2 || items.length !== count) return;
    for (const { start, end } of items) {
      const named = end - (PLACE_IN_BRACKETS.exec(text.slice(start, end))?.[0].length ?? 0);
      if (named - start >= MIN_COUNTED_ITEM && named - start <= MAX_COUNTED_ITEM) mentions.push({ unit, start, end: named, type: 'Project', rule, name: text.slice(start, named), listAt });
    }
  };
  for (const match of text.matchAll(ANNOUNCED)) {
    const from = match.index! + match[0].length;
    push(itemsUntilClauseEnd(text, from), chineseNumber(match[1]!) ?? NaN, from, 'enum-before:项目N项,分别为');
  }
  for (const match of text.matchAll(CLOSED)) {
    const at = match.index!;
    // After 等 the count closes a list of its own kind (countedListMentions).
    if (text[at - 1] === '等' || (!isNameChar(text[at - 1]) && !'))”'.includes(text[at - 1] ?? ''))) continue;
    const count = chineseNumber(match[1]!) ?? NaN;
    const items = itemsBackToClauseStart(text, at);
    // `…D和E 5个子项目`: the last two items may be joined by 和/及/与 instead of 、.
    const last = items.at(-1);
    const second = last && items.length + 1 === count ? lastJoiner(text, last.start, last.end, 'Project') : undefined;
    push(second === undefined ? items : [...items.slice(0, -1), { start: last!.start, end: second - 1 }, { start: second, end: last!.end }], count, at, 'enum-before:A、B N个项目');
  }
  return mentions;
}

interface Span {
  start: number;
  end: number;
}

/** The items before `end`, back to the clause's start, the first one without the clause's lead-in (`…已开工建设A`). */
function itemsBackToClauseStart(text: string, end: number): Span[] {
  let from = end;
  let depth = 0;
  while (from > 0) {
    const ch = text[from - 1]!;
    if (CLOSING.includes(ch)) depth++;
    else if (OPENING.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[,。;;::,!?]/u.test(ch)) break;
    from--;
  }
  const items = itemsUntilClauseEnd(text.slice(0, end), from);
  const first = items[0];
  if (first) first.start += afterLastLeadIn(text.slice(first.start, first.end));
  return items;
}

const PLACE_IN_BRACKETS = /[((]\p{Script=Han}{2,4}[))]$/u;
const OPENING = '((“‘《';
const CLOSING = '))”’》';

/** Items separated by 、 (or 以及) outside brackets and quotes, from `from` to the clause's end (,。;). */
function itemsUntilClauseEnd(text: string, from: number): Span[] {
  const items: Span[] = [];
  let depth = 0;
  let start = from;
  for (let i = from; i <= text.length; i++) {
    const ch = text[i];
    if (ch !== undefined && OPENING.includes(ch)) depth++;
    else if (ch !== undefined && CLOSING.includes(ch)) depth = Math.max(0, depth - 1);
    const ends = ch === undefined || (depth === 0 && /[。;;,,]/u.test(ch));
    const joiner = depth === 0 ? (ch === '、' ? 1 : text.startsWith('以及', i) ? 2 : 0) : 0;
    if (ends || joiner) {
      if (i > start) items.push({ start, end: i });
      if (ends) return items;
      start = i + joiner;
      i += joiner - 1;
    }
  }
  return items;
}

export function countedListMentions(unit: TextUnit, index: GazetteerIndex): Mention[] {
  const text = unit.matchText;
  const mentions: Mention[] = [];
  for (const match of text.matchAll(COUNTED)) {
    const at = match.index!;
    const after = text.slice(at + match[0].length);
    const clause = after.slice(0, after.search(CLAUSE_END) === -1 ? after.length : after.search(CLAUSE_END));
    // The count is of projects: `等6个项目`, or categories the clause closes with 项目 (`等38个现代产业、…等3个公共服务项目`).
    if (!clause.includes('项目')) continue;
    // Named like the other project lists closed by 等 (enumeration.ts), so the company opening an item is found (project-owner.ts).
    const rule = `enum-before:等…${match[0].replace(/^等/u, '').replace(/\d+|[一二两三四五六七八九十百]+/u, 'N')}项目`;
    const items: Span[] = [];
    let end = at;
    for (let first = true; ; first = false) {
      const scanned = itemCharsBefore(text, end, MAX_ITEM + 12).start;
      // `以及` joins the last item like 、 (`A、B以及C等3个项目`), never two words of one item.
      const joined = text.lastIndexOf('以及', end - 1);
      const start = joined >= scanned && joined + 2 < end ? joined + 2 : scanned;
      const separated = text[start - 1] === '、' || text.startsWith('以及', start - 2);
      const raw = text.slice(start, end);
      // The item before `、` may close a list of its own (`…烘焙等6个项目、开工的…等12个项目`): not this list's.
      if (!first && /等(?:\d|[一二两三四五六七八九十百])/u.test(raw)) break;
      items.push({ start: nameStartIn(text, start, end, separated), end });
      if (!separated) break;
      end = text.startsWith('以及', start - 2) ? start - 2 : start - 1;
    }
    // As many items as the count (`顶辉新材料、汉鼎科技以及G357…工程等3个项目`): each is one, named by whatever.
    const counted = items.length === (chineseNumber(/\d+|[一二两三四五六七八九十百]+/u.exec(match[0])![0]) ?? NaN);
    for (const { start, end } of items) {
      const item = text.slice(start, end);
      if (item.length >= (counted ? MIN_COUNTED_ITEM : MIN_ITEM) && item.length <= MAX_ITEM && (counted ? !isDescriptive(item, index) : namesOne(item, index))) {
        mentions.push({ unit, start, end, type: 'Project', rule, name: /(项目|工程)$/.test(item) ? item : `${item}项目`, listAt: at });
      }
    }
  }
  return mentions;
}

/**
 * An item is one project when a place opens it (`阆中机场`, `巴州华联纺织全产业链`, a place anywhere:
 * the report may be about another region), or, longer, when its opening word is its own
 * (`遂潼区域职业教育中心`, `大巴山国际旅游度假区`); `城市更新、生态修复等10个项目` lists kinds.
 */
function namesOne(item: string, index: GazetteerIndex): boolean {
  if (/^\d/.test(item) || isDescriptive(item.replace(/项目$/, ''), index)) return false;
  const placeFirst = placeLengthAt(item, index) >= 2;
  return placeFirst || (item.length >= MIN_OWN_WORDS && !isDescriptive(item.slice(0, 2), index));
}
const MIN_OWN_WORDS = 6;

/**
 * Where an item's name starts: after the clause's lead-in for the first item (`本次…共有A`),
 * after a list lead-in (seed/lexicon/list-item-lead-ins.json: `开工的B`, `投产的C`) for any item.
 * `及`/`和` inside an item join its products (`辣椒精深加工及玉米烘焙`), not two items.
 */
function nameStartIn(text: string, start: number, end: number, separated: boolean): number {
  let s = separated ? trimLeadIn(text, start, end) : leftBoundary(text, end, end, end - start, ['及', '和', '与']);
  const leadIns = [...lexicon('list-item-lead-ins')];
  for (const w of leadIns) {
    const i = text.lastIndexOf(w, end - 1);
    if (i >= s && i + w.length < end) s = i + w.length;
  }
  return s;
}
