// Government bodies by grammar: a level or place prefix + a department stem
// (seed/lexicon/agency-stems.json). Party organs (市委) are not agencies. The prefix is read in the plan's region:
// `省发展改革委` in a Liaoning plan is 辽宁省发展和改革委员会, `市科技局` the plan's
// city's 科学技术局, `国家发展改革委` the national commission; central bodies
// (`科技部`, `国务院`) stand alone. Names are canonical (place + full stem), so
// the same office written two ways is one entity.
import { readLexicon } from '../lexicon.js';
import type { RegionContext } from '../region.js';
import type { AgencyName } from './agency.js';

export interface AgencyStem {
  word: string;
  /** The stem's full form: `发展和改革委员会` for `发展改革委`. */
  full: string;
  /** Also after 国家 (`国家发展改革委`). */
  national?: boolean;
  /** A central body named without a prefix (`科技部`). */
  alone?: boolean;
  /** A zone's body: `高新区管委会`. */
  zone?: boolean;
}

let stems: { list: AgencyStem[]; byWord: Map<string, AgencyStem>; pattern: RegExp } | undefined;

export function agencyStems(): { list: AgencyStem[]; byWord: Map<string, AgencyStem>; pattern: RegExp } {
  if (stems) return stems;
  const list = readLexicon('agency-stems').words.map((w) => w as unknown as AgencyStem);
  // Longest first, so `政府办公室` is read before `政府`.
  const words = list.map((s) => s.word).sort((a, b) => b.length - a.length);
  stems = { list, byWord: new Map(list.map((s) => [s.word, s])), pattern: new RegExp(words.join('|'), 'g') };
  return stems;
}

/**
 * Characters that, right before a bare level word, make it the end of
 * another word: 城市, 超市, 上市 (not 市); 园区, 社区, 开发区 (not 区); 节省;
 * `各市`/`县区` mean every such unit, no one body.
 */
export const NOT_BEFORE_LEVEL: Record<string, string> = {
  市: '城都超上股夜集门街县省闹菜早黑楼车开休退各',
  区: '园社景片辖城市厂矿郊新老街小山林湾港特发验范聚护贸税校院库灾牧垦苏战地省县各',
  县: '郡市区省各',
  省: '节外各该邻分',
};
/** `各市政府`, `城市…`: the level word at `at` ends another word, so no body starts there. */
export function levelEndsWord(text: string, at: number): boolean {
  const before = text[at - 1];
  // `市委市政府`, `县委县政府`: the party committee and the government as one phrase, not a name.
  if (before === '委' && text[at - 2] === text[at]) return true;
  return (!!before && (NOT_BEFORE_LEVEL[text[at] ?? ''] ?? '').includes(before)) || endsEachList(text, at);
}

/** `财政部门`, `商务部门`: a name ending in 部 at `end` is the word 部门 (a department of any level), not the ministry. */
export const endsInDepartment = (text: string, end: number): boolean => text[end - 1] === '部' && text[end] === '门';

/** Items of at most this many characters between the first and the level word: level words (`特区`, `县(区)`). */
const EACH_LIST_ITEM = 4;

/**
 * `各市、特区、区人民政府`, `各市、县(区)人民政府`: a level word closing a list that 各 opens is
 * one more member of a class ("every city, special zone and district government"), not the plan's own body.
 */
function endsEachList(text: string, at: number): boolean {
  if (text[at - 1] !== '、') return false;
  const clause = text.slice(0, at - 1);
  const from = Math.max(...[',', ',', '。', ';', ';', ':', ':', '\n'].map((p) => clause.lastIndexOf(p))) + 1;
  const items = clause.slice(from).split('、');
  return items.length >= 1 && items[0]!.trimStart().startsWith('各') && items.slice(1).every((i) => i.length <= EACH_LIST_ITEM);
}

/** Words that say "this very" level (`我市`, `全省`): the plan's own. */
const OWN = '全本我';

/** A place written right before a stem, as the caller found it: its written span and canonical name. */
export interface PlaceBefore {
  start: number;
  name: string;
  /** An industrial park (for 管委会) rather than an admin area. */
  zone?: boolean;
}

export interface AgencyParse extends AgencyName {
  /** Span of the whole name in the text (prefix + stem). */
  start: number;
  end: number;
  stem: AgencyStem;
}

/**
 * The agency whose stem sits at text[stemStart, stemEnd), reading the
 * prefix to its left: a named place (`place`), a bare level (省/市/区/县, with
 * 全/本/我), 国家, or none for a central body. Undefined when the prefix is
 * missing or means no one body (`各市`, `城市`, a 区 in a city plan).
 */
export function agencyAt(text: string, stemStart: number, stem: AgencyStem, region: RegionContext, place?: PlaceBefore): AgencyParse | undefined {
  const end = stemStart + stem.word.length;
  if (endsInDepartment(text, end)) return undefined;
  const named = (start: number, at: string): AgencyParse => ({ start, end, stem, name: at + stem.full, place: at, rest: stem.full });
  // A plan whose region nobody could tell (an excerpt without its title): the body is the plan's own, its level word
  // as written + the stem's full form, so `省发展改革委` and `省发展和改革委员会` are one body.
  const asWritten = (start: number): AgencyParse => {
    const name = text.slice(start, stemStart) + stem.full;
    return { start, end, stem, name, rest: name };
  };
  if (place && (!stem.zone || place.zone) && (stem.zone || !place.zone)) return named(place.start, place.name);
  // The zone as resolution names it (`芜湖经开区` for a report titled `经开区…`), not the bare title word.
  if (stem.zone) return region.level === 'development-zone' && /^(|[^\u4e00-\u9fff])$/.test(text.slice(stemStart - 1, stemStart)) ? named(stemStart, region.zone?.name ?? region.name) : undefined;
  if (stem.national && text.slice(stemStart - 2, stemStart) === '国家') return { start: stemStart - 2, end, stem, name: `国家${stem.full}`, rest: `国家${stem.full}` };
  // A central body takes no prefix: `通过科技部验收`.
  if (stem.alone) return { start: stemStart, end, stem, name: stem.full, rest: stem.full };
  const level = text[stemStart - 1] ?? '';
  // `区政府部门牵头`: the government's departments, a class of units.
  if (stem.full.startsWith('人民政府') && text.startsWith('部门', end)) return undefined;
  const own = levelPlace(level, region, stem);
  if (!own && (region.name || !(level in NOT_BEFORE_LEVEL))) return undefined;
  const before = text[stemStart - 2] ?? '';
  if (before && OWN.includes(before)) return own ? named(stemStart - 2, own) : asWritten(stemStart - 2);
  if (levelEndsWord(text, stemStart - 1)) return undefined;
  return own ? named(stemStart - 1, own) : asWritten(stemStart - 1);
}

/** The region's body a bare level word means: 省 → the province, 市 → the city, 区/县 → the district (or the zone of a zone plan). */
function levelPlace(level: string, region: RegionContext, stem: AgencyStem): string | undefined {
  if (level === '省') return region.province;
  if (level === '市') return region.city;
  // A zone has a committee and bureaus, no 人民政府.
  const zone = region.level === 'development-zone' && !stem.full.startsWith('人民政府') ? (region.zone?.name ?? region.name) : undefined;
  if (level === '区' || level === '县') return region.district ? (region.city ?? '') + region.district : zone;
  return undefined;
}

/** Every stem in `text`, longest at each position, with its start. */
export function stemsIn(text: string): { start: number; stem: AgencyStem }[] {
  const { pattern, byWord } = agencyStems();
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, stem: byWord.get(m[0])! }));
}

/**
 * The agency a whole unit string names (`市发展改革委`, `辽宁省科技厅`,
 * `科技部`), for 责任单位/牵头单位 cells: `placeOf(prefix)` gives the canonical
 * name of a written place prefix (`岫岩县` → 岫岩满族自治县), if it is one.
 */
export function recogniseAgency(written: string, region: RegionContext, placeOf?: (prefix: string) => PlaceBefore | undefined): AgencyParse | undefined {
  const text = written.trim();
  for (const { start, stem } of stemsIn(text)) {
    if (start + stem.word.length !== text.length) continue;
    const prefix = text.slice(0, start);
    const place = prefix ? placeOf?.(prefix) : undefined;
    const parsed = agencyAt(text, start, stem, region, place ? { ...place, start: 0 } : undefined);
    if (parsed && parsed.start === 0) return parsed;
  }
  return undefined;
}

/** A written prefix that the gazetteer spells as one place or park (`岫岩县` → 岫岩满族自治县), for `recogniseAgency`. */
export function placeLookup(lookup: (surface: string) => { entry: { type: string; name: string } }[]): (prefix: string) => PlaceBefore | undefined {
  return (prefix) => {
    const found = lookup(prefix).filter((c) => c.entry.type === 'AdminArea' || c.entry.type === 'IndustrialPark');
    const names = new Set(found.map((c) => c.entry.name));
    if (found.length === 0) return undefined;
    return { start: 0, name: names.size === 1 ? [...names][0]! : prefix, zone: found.every((c) => c.entry.type === 'IndustrialPark') };
  };
}
