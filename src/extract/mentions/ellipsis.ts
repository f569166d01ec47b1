// Coordinated ellipsis: one suffix shared by several names.
// `建昌、绥中、兴城交通物流园` is three parks; `中德、中钛产业股权投资基金` two funds.
import type { TextUnit } from '../units.js';
import { isNameChar, LEFT_STOP_WORDS, leftBoundary, trimLeadIn } from './boundary.js';
import type { Mention } from './mention.js';

/** Items before the full name are heads only (a place, a partner), so short. */
const MAX_HEAD = 6;
const MIN_TAIL = 3;
/** A full name read as head + suffix only when its head is this short. */
const MAX_SUFFIX_HEAD = 4;

/**
 * For each full name found by a suffix rule and preceded by `、`-separated
 * heads, a mention per head named head + the shared tail. The tail is the
 * full name minus its own head: the place name it starts with (from the
 * gazetteer hits), else the common length of the other heads.
 */
/** Endings that make a head a complete name of its own. */
const COMPLETE_NAME = /(区|园|城|港|司|团|院|所|校|厂|场|局|委|办|会|部|厅|室|站|队|大学|工程|项目|基地|中心)$/;
const knownWhole = (known: readonly Mention[], s: number, e: number): boolean => known.some((k) => k.start === s && k.end === e && k.type !== 'AdminArea');

/** `descriptive` (generic.ts) keeps a kind (`大学科技园` after `众创空间、孵化器、`) from being read as head + suffix. */
export function ellipsisMentions(unit: TextUnit, named: readonly Mention[], places: readonly Mention[], known: readonly Mention[], descriptive: (words: string) => boolean = () => true): Mention[] {
  const text = unit.matchText;
  const out: Mention[] = [];
  for (const full of named) {
    if (text[full.start - 1] !== '、') continue;
    const heads: [number, number][] = [];
    let end = full.start - 1;
    for (;;) {
      let start = end;
      while (start > 0 && isNameChar(text[start - 1]) && end - start <= MAX_HEAD + 4) start--;
      let s = trimLeadIn(text, start, end);
      // The first head may sit behind a longer lead-in (`高水平建设鉴水、金柯桥…科技城`): it starts after the nearest stop word.
      if (end - s > MAX_HEAD && text[start - 1] !== '、') s = leftBoundary(text, end - 1, end, MAX_HEAD + 4);
      if (end - s < 1 || end - s > MAX_HEAD) break;
      heads.unshift([s, end]);
      if (s === start && text[start - 1] === '、') end = start - 1;
      else break;
    }
    // Heads are fragments: a head that is a whole name already (`东戴河新区` before `高新技术产业开发区`) means a plain list.
    // A head that is a verb (`协调、统筹鞍山高新区`) coordinates actions, not names.
    if (heads.length === 0 || heads.some(([s, e]) => COMPLETE_NAME.test(text.slice(s, e)) || knownWhole(known, s, e) || LEFT_STOP_WORDS.includes(text.slice(s, e)))) continue;
    const place = places.find((p) => p.start === full.start && p.end < full.end);
    const lengths = new Set(heads.map(([s, e]) => e - s));
    // Heads of different lengths and no place: a short full name is its head + the suffix its rule found
    // (`鉴水、金柯桥、曹娥江科技城`: 曹娥江 + 科技城).
    const suffix = full.rule.startsWith('suffix:') ? full.rule.slice('suffix:'.length) : '';
    const core = full.end - full.start - suffix.length;
    const bySuffix = suffix && core <= MAX_SUFFIX_HEAD && !descriptive(text.slice(full.start, full.start + core)) ? core : undefined;
    const headLength = place ? place.end - place.start : lengths.size === 1 ? [...lengths][0]! : bySuffix;
    if (headLength === undefined) continue;
    const tail = text.slice(full.start + headLength, full.end);
    if (tail.length < MIN_TAIL) continue;
    const rule = `ellipsis:${full.rule.split(':')[1] ?? tail}`;
    for (const [s, e] of heads) {
      const mention: Mention = { unit, start: s, end: e, type: full.type, rule, name: text.slice(s, e) + tail };
      if (full.level) mention.level = full.level;
      out.push(mention);
    }
  }
  return out;
}
