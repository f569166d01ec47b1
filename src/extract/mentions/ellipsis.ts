// Coordinated ellipsis: one suffix shared by several names.
// `建昌、绥中、兴城交通物流园` is three parks; `中德、中钛产业股权投资基金` two funds.
import type { TextUnit } from '../units.js';
import { isNameChar, LEFT_STOP_WORDS, trimLeadIn } from './boundary.js';
import type { Mention } from './mention.js';

/** Items before the full name are heads only (a place, a partner), so short. */
const MAX_HEAD = 6;
const MIN_TAIL = 3;

/**
 * For each full name found by a suffix rule and preceded by `、`-separated
 * heads, a mention per head named head + the shared tail. The tail is the
 * full name minus its own head: the place name it starts with (from the
 * gazetteer hits), else the common length of the other heads.
 */
/** Endings that make a head a complete name of its own. */
const COMPLETE_NAME = /(区|园|城|港|司|团|院|所|校|厂|场|局|委|办|会|部|厅|室|站|队|基地|中心)$/;
const knownWhole = (known: Mention[], s: number, e: number): boolean => known.some((k) => k.start === s && k.end === e && k.type !== 'AdminArea');

export function ellipsisMentions(unit: TextUnit, named: Mention[], places: Mention[], known: Mention[]): Mention[] {
  const text = unit.matchText;
  const out: Mention[] = [];
  for (const full of named) {
    if (text[full.start - 1] !== '、') continue;
    const heads: [number, number][] = [];
    let end = full.start - 1;
    for (;;) {
      let start = end;
      while (start > 0 && isNameChar(text[start - 1]) && end - start <= MAX_HEAD + 4) start--;
      const s = trimLeadIn(text, start, end);
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
    const headLength = place ? place.end - place.start : lengths.size === 1 ? [...lengths][0]! : undefined;
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
