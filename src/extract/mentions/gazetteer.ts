// Names the gazetteer knows, found by one automaton pass over matchText.
import type { GazetteerIndex, SurfaceEntry } from '../gazetteer-index.js';
import { lexicon } from '../lexicon.js';
import type { TextUnit } from '../units.js';
import type { Mention } from './mention.js';

/**
 * Common words that swallow the edge of a short place name, so a hit that
 * they cross is not a name: `扩大连锁` holds 大连 (大连市) but means
 * "expand chains"; `打通辽西` holds 通辽; `数字产业化` (industrialisation) is not
 * the industry 数字产业. A word crosses a hit when it overlaps it without
 * containing it or lying inside it. The words: seed/lexicon/words-crossing-names.json.
 */
export const WORDS_CROSSING_NAMES = lexicon('words-crossing-names');

/**
 * Characters that continue a short place form into a longer place name of
 * its own: `新民屯` (a street, not 新民市), `海城河` (a river), `盘锦港`.
 * Only short forms are checked; a full name (`海城市`) ends where it ends.
 */
export const TOPONYM_TAILS = '屯村镇乡庄堡沟河山岛湾港街路桥湖峪甸寨营';

function continuesIntoPlace(text: string, end: number, candidates: SurfaceEntry[], surface: string): boolean {
  const next = text[end];
  if (!next || !TOPONYM_TAILS.includes(next)) return false;
  return candidates.every((c) => c.entry.type === 'AdminArea' && c.entry.name !== surface);
}

/**
 * Characters that turn a short place form into a product named after the
 * place: `岫岩玉` is the jade, not 岫岩满族自治县 (likewise 和田玉, 蓝田玉).
 * Only short forms are checked: `岫岩县玉器` still names the county.
 */
export const PLACE_NAMED_PRODUCT_TAILS = '玉';

function namesAProduct(text: string, end: number, candidates: SurfaceEntry[], surface: string): boolean {
  const next = text[end];
  if (!next || !PLACE_NAMED_PRODUCT_TAILS.includes(next)) return false;
  return candidates.every((c) => c.entry.type === 'AdminArea' && c.entry.name !== surface);
}

/**
 * Field words that turn an industry's short form after them into a sub-field
 * of another field, each seen so: `化工新材料` (000), `新能源新材料` (000),
 * `军民两用新材料` (002), `海洋新材料` (002), `镁质新材料` (000). Praise and places
 * before a short form keep the industry (`先进装备制造`, `沈阳汽车产业`).
 */
export const SUB_FIELD_MODIFIERS = ['化工', '新能源', '两用', '海洋', '镁质', '生物', '金属', '电子', '纳米', '稀土'];

function industrySubField(text: string, start: number, candidates: SurfaceEntry[], surface: string): boolean {
  if (!candidates.every((c) => c.entry.type === 'Industry' && c.entry.name !== surface)) return false;
  const before = text.slice(0, start);
  return SUB_FIELD_MODIFIERS.some((w) => before.endsWith(w));
}

/**
 * A province written as a modifier names a designation, not the province:
 * `建设辽宁省绿色宜居示范区`, `辽宁农产品加工第一县`, `打造辽宁省清洁能源基地`.
 * It is a mention only where it stands alone: before punctuation, a list
 * joiner or the end of the text (`融入辽宁、面向东北`).
 */
const STANDS_ALONE = /^($|[^\p{Script=Han}]|[、和与及等的])/u;

function provinceAsModifier(text: string, start: number, end: number, candidates: SurfaceEntry[], index: GazetteerIndex): boolean {
  return (
    candidates.every((c) => c.entry.level === 'province' && !c.entry.name.endsWith('市')) &&
    !STANDS_ALONE.test(text.slice(end, end + 1)) &&
    !PLACE_VERBS.some((v) => text.startsWith(v, start - v.length)) &&
    !opensItsChild(text, end, candidates, index) &&
    !ZONE_AFTER_PROVINCE.test(text.slice(end, end + 10))
  );
}

/** Verbs whose object is a place (`视察河北重要讲话`): seed/lexicon/province-place-verbs.json. */
const PLACE_VERBS = lexicon('province-place-verbs');

/**
 * A zone named by its province opens with it, 省 omitted (`四川天府新区`, `贵州贵安新区`,
 * `广西钦州保税港区`): the province is the name's place, as a city is in `苏州工业园区`.
 */
const ZONE_AFTER_PROVINCE = /^\p{Script=Han}{2,5}?(新区|高新区|开发区|自由贸易试验区|保税港区|综合保税区)/u;

/**
 * `广东省肇庆市封开县`, `江苏昆山`: a province written before one of its own divisions is the province, not a
 * modifier; a county's short form counts there too, its province being the context it needs.
 */
function opensItsChild(text: string, end: number, candidates: SurfaceEntry[], index: GazetteerIndex): boolean {
  const ids = new Set(candidates.map((c) => c.entry.id));
  const inside = (c: SurfaceEntry) => (c.kind !== 'context' ? ids.has(c.entry.locatedIn ?? '') : c.entry.type === 'AdminArea' && index.ancestors(c.entry.id).some((a) => a !== c.entry.id && ids.has(a)));
  return index.matcher.findAll(text.slice(end, end + 12)).some((h) => h.start === 0 && index.entriesOf[h.pattern]!.some(inside));
}

export function gazetteerMentions(unit: TextUnit, index: GazetteerIndex): Mention[] {
  const text = unit.matchText;
  const mentions: Mention[] = [];
  for (const hit of index.matcher.findAll(text)) {
    if (crossedByWord(text, hit.start, hit.end)) continue;
    const candidates = index.entriesOf[hit.pattern]!;
    const surface = index.surfaces[hit.pattern]!;
    if (continuesIntoPlace(text, hit.end, candidates, surface) || namesAProduct(text, hit.end, candidates, surface) || industrySubField(text, hit.start, candidates, surface) || provinceAsModifier(text, hit.start, hit.end, candidates, index)) continue;
    mentions.push({
      unit,
      start: hit.start,
      end: hit.end,
      type: candidates[0]!.entry.type,
      rule: 'gazetteer',
      name: candidates[0]!.entry.name,
      candidates,
    });
  }
  return mentions;
}

export function crossedByWord(text: string, start: number, end: number): boolean {
  for (const word of WORDS_CROSSING_NAMES) {
    // A word that ends inside the hit, starting before it (扩大|连), or starts inside and ends after it (大连|锁).
    for (let s = Math.max(0, start - word.length + 1); s < end; s++) {
      const e = s + word.length;
      const crosses = (s < start && e > start && e < end + 1 && e <= end) || (s > start && s < end && e > end);
      if (crosses && text.startsWith(word, s)) return true;
    }
  }
  return false;
}
