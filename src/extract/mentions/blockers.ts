// Names of things that are none of our entity types but start with a place
// or a company: events (`辽宁国际投资贸易洽谈会`, `京津冀招商引资促进周`),
// markets (`辽宁西柳服装城`), regions named after a city (`沈阳现代化都市圈`).
// goals named like places (`辽宁省有色金属精深加工产业基地`). Their spans block
// the shorter names inside them and yield no entity; a span holding a
// company, park or institute the gazetteer knows is no blocker (`鞍钢…基地`).
import { lexicon } from '../lexicon.js';
import type { TextUnit } from '../units.js';
import { leftBoundary } from './boundary.js';
import type { Mention } from './mention.js';

export const BLOCKED = 'not-entity';

/** Endings of such names, each with its example above or here: `辽宁股权交易中心`, `中韩投资贸易博览会`. */
export const NON_ENTITY_SUFFIXES = ['基地', '示范区', '先锋区', '博览会', '洽谈会', '交易会', '推介会', '招商会', '促进周', '论坛', '峰会', '服装城', '交易中心', '都市圈', '经济圈', '城市群', '经济带'];

/** Names ending in one of NON_ENTITY_SUFFIXES that hold no company, park or institute the gazetteer knows. */
export function nonEntityEndings(unit: TextUnit, known: readonly Mention[]): Mention[] {
  const text = unit.matchText;
  const out: Mention[] = [];
  for (const suffix of NON_ENTITY_SUFFIXES) {
    for (let at = text.indexOf(suffix); at !== -1; at = text.indexOf(suffix, at + 1)) {
      const end = at + suffix.length;
      const start = leftBoundary(text, at, end);
      const holdsName = known.some((k) => k.start < end && k.end > start && k.type !== 'AdminArea' && k.type !== 'Industry');
      if (at - start >= 2 && !holdsName) out.push({ unit, start, end, type: 'AdminArea', rule: BLOCKED, name: '' });
    }
  }
  return out;
}

/** Clause punctuation: a list of titles runs back to it. */
const CLAUSE_END = /[,,。;;::!?!?\n]/u;

/**
 * The items of a list closed by `等称号` (seed/lexicon/title-list-closers.json) are titles:
 * `入选国家级经济技术开发区、获省级某某特色产业园等称号` names no park. The first item starts after its verb.
 */
export function titleListItems(unit: TextUnit): Mention[] {
  const text = unit.matchText;
  const out: Mention[] = [];
  for (const word of lexicon('title-list-closers')) {
    const closer = `等${word}`;
    for (let at = text.indexOf(closer); at !== -1; at = text.indexOf(closer, at + 1)) {
      let clause = at;
      while (clause > 0 && !CLAUSE_END.test(text[clause - 1]!)) clause--;
      let end = at;
      for (const item of text.slice(clause, at).split('、').reverse()) {
        const start = end - item.length;
        const first = start === clause;
        const s = first ? leftBoundary(text, Math.max(start, end - 2), end, end - start) : start;
        if (end - s >= 2) out.push({ unit, start: s, end, type: 'AdminArea', rule: BLOCKED, name: '' });
        end = start - 1;
      }
    }
  }
  return out;
}
