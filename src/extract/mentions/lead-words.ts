// A discovered name never starts with a verb, a preposition or a ranking
// phrase: `满足中海油岸电` is 中海油岸电, `世界500强华为` is 华为 ranked 世界500强
// (the rank is kept on the mention, `rank`). Gazetteer names are not touched.
import { lexiconLongestFirst } from '../lexicon.js';
import type { Mention } from './mention.js';

/**
 * `世界500强`, `中国企业500强`, `全国民营企业500强企业`, `财富500强`, `民营500强`: a list a firm ranks in, not part of
 * its name. Text copied from a PDF may space the number (`民营 500 强`).
 */
export const RANK = /^(?:世界|全球|中国|全国|国内|国际|省内|财富|福布斯)?(?:企业|民营企业|制造业企业|服务业企业|制造业|服务业|民营|民企|上市公司)?\s*\d+\s*强(?:企业)?/u;

const RANK_BEFORE = new RegExp(`${RANK.source.slice(1)}$`, 'u');

/** Rules whose names are read, not discovered: left alone. */
const KEPT_RULES = /^(gazetteer|agency|unit-list|ellipsis)/;
const MIN_NAME = 2;

/**
 * `九大教育集团`, `十大工程`: a count of things (N 大 …), never one name. `九大街`, `三大学` are not counts.
 * An award's count (`入选市十佳电商产业园`, `百佳企业`) names a title, not one park or firm.
 */
export const COUNT_PHRASE = /[一二两三四五六七八九十]大(?![学道街厦桥楼院])|[十百千]佳/u;

/**
 * A Latin word with a lower-case letter glued before Han characters is the end of a scraped page's
 * English line (`All Rights Reserved` + `今日重庆传媒集团版权所有`), not part of a name; an upper-case
 * brand opens names (`TCL集团`, `BOE`).
 */
const LATIN_WORD = /^[A-Za-z]*[a-z][A-Za-z]*(?=\p{Script=Han})/u;

/**
 * `(含华港小区)`, `(包括A、B)`: what a bracket after a name says it includes. Only after the
 * bracket: 含 opens names elsewhere (含山县).
 */
const INCLUDES = /^(?:含有|包含|包括|含)/u;

export function trimLeadWords(m: Mention): Mention | undefined {
  if (KEPT_RULES.test(m.rule) || m.candidates) return m;
  if (COUNT_PHRASE.test(m.unit.matchText.slice(m.start, m.end))) return undefined;
  const words = lexiconLongestFirst('name-lead-words');
  const text = m.unit.matchText;
  const included = '((['.includes(text[m.start - 1] ?? '') ? INCLUDES.exec(text.slice(m.start, m.end))?.[0] : undefined;
  let start = m.start + (included && m.start + included.length < m.end ? included.length : 0);
  let rank: string | undefined;
  for (;;) {
    const lead = words.find((w) => text.startsWith(w, start)) ?? LATIN_WORD.exec(text.slice(start, m.end))?.[0];
    const ranked = RANK.exec(text.slice(start, m.end))?.[0];
    if (ranked && start + ranked.length < m.end) rank = ranked;
    const cut = lead ?? ranked;
    if (!cut || start + cut.length >= m.end) break;
    start += cut.length;
  }
  if (start === m.start) return m;
  if (m.end - start < MIN_NAME) return undefined;
  const written = text.slice(m.start, start);
  const name = m.name.startsWith(written) ? m.name.slice(written.length) : m.name;
  return { ...m, start, name, ...(rank ? { rank } : {}) };
}

/** A rank written right before a firm found by any rule (`引进世界500强比亚迪股份有限公司`): kept on the mention. */
export function withRank(m: Mention): Mention {
  if (m.rank || m.type !== 'Enterprise') return m;
  const rank = RANK_BEFORE.exec(m.unit.matchText.slice(Math.max(0, m.start - 16), m.start))?.[0];
  return rank ? { ...m, rank } : m;
}
