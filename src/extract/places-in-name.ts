// Places a name carries: `海城市析木500千伏输变电项目` is in 海城市,
// `鞍山中德汽车零部件产业园` in 鞍山市. Read from the canonical name itself,
// so a gazetteer entry and a discovered one are treated alike.
import type { GazetteerIndex } from './gazetteer-index.js';
import { lexicon } from './lexicon.js';
import { selectLeftmostLongest } from './matcher.js';
import { crossedByWord } from './mentions/gazetteer.js';
import { isForeign } from './reference/foreign-places.js';
import type { Resolver } from './resolve.js';
import type { GazetteerEntry } from './types.js';

/** A span of the name (indices into it). */
export interface Span {
  start: number;
  end: number;
}

/** One-character words that may stand before a place inside a name: `西鞍山` (the mine west of 鞍山). */
const DIRECTIONS = '东西南北中';

/** Names of routes, which link the places they name rather than lie in one. */
const ROUTE = /(公路|高速|铁路|城际|轨道|通道|管道|管线|航线|线)/u;

/** Ends linked by `至` (`兰州至张掖铁路`, `额济纳至哈密项目`): a route between places lies in none of them alone. */
const ROUTE_ENDS = /\p{Script=Han}{2}[))]?至\p{Script=Han}{2}/u;

/** Dashes that join a host and a partner place in a cooperation park's name. */
const PLACE_DASH = /[—–―-]/;

/** Types whose names hide places that are theirs, not the container's (`上海庆科信息技术` in a project name). */
const OPAQUE_TYPES = new Set(['Enterprise', 'IndustrialPark', 'Institution', 'Project']);

/**
 * The most specific place named inside `name` (the last one: `中德(沈阳)…产业园鞍山分园`
 * is in 鞍山), not counting places inside a company, park or institute the
 * name contains (`绥中生物技术产业园区热电联产项目` is placed by its park, not here).
 * `owners` are such names found by discovery rather than the gazetteer
 * (`上海羿弓精密科技` in `上海羿弓精密科技氢气隔膜式压缩机项目`, a plan nobody curated).
 */
export function placeInName(name: string, index: GazetteerIndex, resolver: Resolver, self?: string, owners: Span[] = [], park?: { regionChain: readonly string[] }): GazetteerEntry | undefined {
  // `葫芦岛—常州工业园`: a park two places run together is in the first, the host; its partner follows the dash.
  const dash = name.search(PLACE_DASH);
  // A route between dashed places (`本岫庄(本溪-岫岩-庄河)高速公路`) runs through them all: no one place.
  if (dash >= 0 && ROUTE.test(name)) return undefined;
  if (ROUTE_ENDS.test(name)) return undefined;
  const all = index.matcher
    .findAll(name)
    .filter((h) => !(h.start === 0 && h.end === name.length) && !crossedByWord(name, h.start, h.end))
    .filter((h) => dash < 0 || h.end <= dash)
    // One character before a place is a word of its own only as a direction (`西鞍山`): `海上海康养小镇` holds no 上海.
    .filter((h) => h.start !== 1 || !/\p{Script=Han}/u.test(name[0]!) || DIRECTIONS.includes(name[0]!));
  // Another spelling of the entity itself (`兴城经济开发区` inside `辽宁兴城经济开发区`) hides nothing.
  const opaque = selectLeftmostLongest(all.filter((h) => index.entriesOf[h.pattern]!.some((s) => OPAQUE_TYPES.has(s.entry.type) && s.entry.id !== self)));
  const places = all
    .filter((h) => index.entriesOf[h.pattern]!.some((s) => s.entry.type === 'AdminArea'))
    .filter((h) => ![...opaque, ...owners].some((o) => o.start <= h.start && h.end <= o.end && o.end - o.start > h.end - h.start));
  const selected = selectLeftmostLongest(places);
  for (const hit of [...selected].reverse()) {
    // A short place form running on into a natural feature is that feature, not the area (`杭州湾创新港`: the bay,
    // not 杭州市; `长白山森林带`: the mountain). A port or a street named after a place is in it (`葫芦岛港物流产业园`).
    if (runsIntoFeature(name, hit.end, index.entriesOf[hit.pattern]!.map((s) => s.entry), name.slice(hit.start, hit.end))) continue;
    const entry = resolver.lookupName(name.slice(hit.start, hit.end));
    // A foreign place in a name is a partner (`韩国工业园`, `中德…产业园`), not where it lies.
    if (entry?.type === 'AdminArea' && !isForeign(entry)) return entry;
  }
  return park ? openingCounty(name, selected[0], index, park.regionChain) : undefined;
}

const COUNTY_LEVELS = new Set(['district', 'county', 'county-level-city']);

/**
 * A county's short form counts only in context (inside the plan's region, after its parent), since many
 * are words (新兴, 合作). One that opens a park's name, written by no other division and no common word,
 * is where the park lies even in a text that never names the city (`吴川经济开发区`, `遂溪工业园` in a list
 * of a city's parks), unless the plan's province is known and the county lies outside it (a 绍兴 plan's
 * `滨海科技城` is no park of 江苏's 滨海县). Not a firm's or a project's: brands and works are named after
 * anything (卧龙电器, 东宝集团, the 龙潭 power station of 岫岩, not 龙潭区).
 */
function openingCounty(name: string, hit: { start: number; end: number } | undefined, index: GazetteerIndex, regionChain: readonly string[]): GazetteerEntry | undefined {
  if (!hit || hit.start !== 0 || hit.end === name.length) return undefined;
  const surface = name.slice(0, hit.end);
  const candidates = index.lookup(surface);
  const only = candidates.length === 1 ? candidates[0]! : undefined;
  if (!only || only.kind !== 'context' || only.entry.type !== 'AdminArea' || !COUNTY_LEVELS.has(only.entry.level ?? '')) return undefined;
  if (commonWords().has(surface) || runsIntoFeature(name, hit.end, [only.entry], surface)) return undefined;
  const province = regionChain[0];
  return !province || only.entry.id.startsWith(`${province}/`) ? only.entry : undefined;
}

let common: Set<string> | undefined;
const commonWords = () => (common ??= new Set(lexicon('place-common-words')));

/** Toponym tails (mentions/gazetteer.ts TOPONYM_TAILS) that name a natural feature, which need not lie in the area. */
const FEATURE_TAILS = '湾河湖山';

function runsIntoFeature(name: string, end: number, entries: GazetteerEntry[], surface: string): boolean {
  const next = name[end];
  return !!next && FEATURE_TAILS.includes(next) && entries.every((e) => e.type === 'AdminArea' && e.name !== surface);
}
