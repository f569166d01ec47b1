// Areas from the national division dataset (reference/divisions.ts), read
// only where the text makes them clear. A form several divisions share, a
// county's short form, and any town count inside the plan's own region or
// written right after their parent (`海城西柳` → 西柳镇 of 海城市, `苏州昆山`);
// elsewhere they are no mention at all (no warning: the plan did not mean them).
// A large group's brand (中石油, 华润; seed/reference/enterprise-groups.json)
// is the firm only in a company context.
import type { GazetteerIndex, SurfaceEntry } from '../gazetteer-index.js';
import { buildMatcher, type Matcher } from '../matcher.js';
import type { RegionContext } from '../region.js';
import type { GazetteerEntry } from '../types.js';
import type { TextUnit } from '../units.js';
import type { Mention } from './mention.js';
import { placeLengthAt } from './place-at.js';
import type { Drop, Sifted } from './rule.js';
import { TOPONYM_TAILS } from './gazetteer.js';
import { lexicon } from '../lexicon.js';

const COUNTY_LEVELS = new Set(['district', 'county', 'county-level-city']);

/** A reference-only candidate that needs context (not a curated entry's, not a unique name). */
const needsContext = (c: SurfaceEntry) => c.entry.code !== undefined && c.kind === 'context';

const isReference = (c: SurfaceEntry) => c.entry.code !== undefined && c.kind !== 'name';

/**
 * A dataset short form ending like a toponym, glued to the word before it,
 * is the end of a longer place: `玉佛山` holds 佛山, `清凉山` 凉山, `入海口` 海口.
 */
const TOPONYM_ENDS = '山岛湖河江海口';
const FUNCTION_CHARS = '、,,。;;::与和及同在赴到至向对从经由把将被为(("“《';
function inLongerToponym(m: Mention): boolean {
  const text = m.unit.matchText;
  const before = text[m.start - 1];
  return TOPONYM_ENDS.includes(text[m.end - 1]!) && !!before && /\p{Script=Han}/u.test(before) && !FUNCTION_CHARS.includes(before);
}

/**
 * A group's brand is the firm only in a company context: a word of
 * seed/lexicon/company-context-words.json in the same sentence, at most 15 characters away (`推动中车、中化等央企成果转化`,
 * `与华润集团合作`), not `万科红梅等文创园` (a park named after the brand).
 */
const CONTEXT_WINDOW = 15;
function companyContext(m: Mention): boolean {
  const text = m.unit.matchText;
  const from = Math.max(m.start - CONTEXT_WINDOW, ...['。', ';', ';', '!', '?'].map((p) => text.lastIndexOf(p, m.start) + 1));
  const rest = text.slice(m.end, m.end + CONTEXT_WINDOW).search(/[。;;!?]/);
  const clause = text.slice(from, rest < 0 ? m.end + CONTEXT_WINDOW : m.end + rest);
  return lexicon('company-context-words').some((w) => clause.includes(w));
}

/**
 * A group's brand that opens the name of its project, park, base or institute is the firm
 * (`…重点工程的中车松原新能源装备产业园`, `引进建设了…、中国商飞民机试飞基地等`): the rest of the name
 * runs, with no punctuation, list word or 的, to a name's head where the name ends. Not a brand after
 * a place (`鞍山华润热电项目`: the place opens that name), nor one followed by a list closer (`万科红梅等文创园`);
 * a two-character brand only before a place (`中车松原`, not the 中化 of `集中化发展基地`).
 */
const NAME_HEADS = ['产业园', '工业园', '园区', '基地', '项目', '工程', '研究院', '研究所'];
/** The rest of the name: letters and digits, up to a list word or 的 (`松原新能源装备产业园`). */
const RUN = /^[\p{Script=Han}A-Za-z0-9]{1,16}/u;
const NOT_IN_NAME = /[等的和及与或]/u;
/** What may follow a name's head: the end, punctuation, a list closer, 在/于 (`…一期项目在宁波建成`) or a verb of the project's own. */
const NAME_ENDS = /^(?:$|[^\p{Script=Han}A-Za-z0-9]|等|在|于|建设|落地|开工|投产)/u;
/** The words between the brand and the head: at least this many (`松原新能源装备`, `民机试飞`). */
const MIN_BETWEEN = 2;
function opensName(m: Mention, index: GazetteerIndex): boolean {
  const text = m.unit.matchText;
  const run = RUN.exec(text.slice(m.end))?.[0] ?? '';
  const rest = run.slice(0, run.search(NOT_IN_NAME) === -1 ? run.length : run.search(NOT_IN_NAME));
  const named = NAME_HEADS.some((head) => {
    const at = rest.indexOf(head);
    return at >= MIN_BETWEEN && NAME_ENDS.test(text.slice(m.end + at + head.length));
  });
  if (!named) return false;
  const isPlace = (h: { pattern: number }) => index.entriesOf[h.pattern]!.some((c) => c.entry.type === 'AdminArea');
  const before = text.slice(Math.max(0, m.start - 8), m.start);
  if (index.matcher.findAll(before).some((h) => h.end === before.length && isPlace(h))) return false;
  // A two-character brand may be the end of a word (`集中化`): only before a place, as a subsidiary is named (`中车松原`).
  return m.end - m.start > 2 || placeLengthAt(rest, index) >= 2;
}

/** Every form `entry` is written in. */
const formsOf = (entry: GazetteerEntry) => [entry.name, ...entry.aliases, ...(entry.contextAliases ?? [])];

/** Inside the plan's region: the area or its parent is on the plan's chain (a county of the plan's city). */
function inside(entry: GazetteerEntry, region: RegionContext): boolean {
  return region.chain.includes(entry.id) || (!!entry.locatedIn && region.chain.includes(entry.locatedIn));
}

/** The text right before `start` is a form of `entry`'s parent (`苏州` before `昆山`) or province (`江苏昆山`, 省 omitted). */
function afterParent(text: string, start: number, entry: GazetteerEntry, index: GazetteerIndex, orProvince = false): boolean {
  const parent = entry.locatedIn ? index.byId.get(entry.locatedIn) : undefined;
  if (!parent) return false;
  const province = index.byId.get(index.ancestors(entry.id).at(-1) ?? '');
  const before = text.slice(Math.max(0, start - 12), start);
  const written = (p: GazetteerEntry) => formsOf(p).some((f) => f.length >= 2 && before.endsWith(f));
  return written(parent) || (orProvince && province?.level === 'province' && province !== parent && written(province));
}

/**
 * Gazetteer hits with their reference-only context candidates narrowed to
 * those the region or a written parent allows; a candidate after its parent
 * becomes sure. Hits left without candidates are dropped.
 */
export function siftReference(mentions: readonly Mention[], region: RegionContext, index: GazetteerIndex): Sifted {
  const out: Mention[] = [];
  const dropped: Drop[] = [];
  for (const m of mentions) {
    const brand = (c: SurfaceEntry) => c.kind === 'alias' && index.brands.has(c.entry.id);
    if (!m.candidates?.some(needsContext) && !m.candidates?.some(brand) && !(m.candidates?.some(isReference) && inLongerToponym(m))) {
      out.push(m);
      continue;
    }
    const candidates: SurfaceEntry[] = [];
    const tail = inLongerToponym(m);
    for (const c of m.candidates) {
      if (isReference(c) && tail && !afterParent(m.unit.matchText, m.start, c.entry, index)) continue;
      if (brand(c) && !companyContext(m) && !opensName(m, index)) continue;
      if (!needsContext(c) || inside(c.entry, region)) candidates.push(c);
      else if (afterParent(m.unit.matchText, m.start, c.entry, index)) candidates.push({ ...c, kind: 'alias' });
    }
    // After its province only when no candidate follows its own parent (`新疆塔城` is 塔城地区, not 塔城市 inside it).
    if (!candidates.some((c) => c.kind === 'alias' && c.entry.code !== undefined)) {
      for (const c of m.candidates) if (needsContext(c) && !inside(c.entry, region) && afterParent(m.unit.matchText, m.start, c.entry, index, true)) candidates.push({ ...c, kind: 'alias' });
    }
    if (candidates.length) out.push({ ...m, candidates, type: candidates[0]!.entry.type, name: candidates[0]!.entry.name });
    else dropped.push({ mention: m });
  }
  return { kept: out, dropped };
}

/**
 * Towns and streets: by full name inside the plan's region (a city's or
 * county's own towns), and by full or short name right after their county
 * (`海城西柳`, `海城市腾鳌镇`). A short form that runs on into another place
 * name (`西柳河`) is not the town.
 */
export function townMentions(unit: TextUnit, known: readonly Mention[], region: RegionContext, index: GazetteerIndex): Mention[] {
  const divisions = index.divisions;
  if (!divisions) return [];
  const text = unit.matchText;
  const taken = (start: number, end: number) => known.some((k) => k.start < end && start < k.end);
  const out: Mention[] = [];
  const add = (town: GazetteerEntry, start: number, end: number, rule: string) => {
    if (taken(start, end) || out.some((o) => o.start < end && start < o.end)) return;
    const entry = index.byId.get(town.id) ?? town;
    index.adopt(entry);
    out.push({ unit, start, end, type: 'AdminArea', rule, name: entry.name, candidates: [{ entry, kind: 'alias' }] });
  };
  for (const m of known) {
    for (const c of m.candidates ?? []) {
      if (c.entry.type !== 'AdminArea' || !COUNTY_LEVELS.has(c.entry.level ?? '')) continue;
      const towns = divisions.townsOf(c.entry.id);
      let best: { town: GazetteerEntry; length: number } | undefined;
      for (const town of towns) {
        for (const form of formsOf(town)) {
          if (!text.startsWith(form, m.end) || (best && best.length >= form.length)) continue;
          const short = form !== town.name;
          if (short && TOPONYM_TAILS.includes(text[m.end + form.length] ?? '')) continue;
          best = { town, length: form.length };
        }
      }
      if (best) add(best.town, m.end, m.end + best.length, 'reference:after-parent');
    }
  }
  const matcher = regionTowns(region, index);
  for (const hit of matcher?.matcher.findAll(text) ?? []) add(matcher!.towns[hit.pattern]!, hit.start, hit.end, 'reference:region');
  return out;
}

const regionCache = new WeakMap<GazetteerIndex, Map<string, { matcher: Matcher; towns: GazetteerEntry[] } | undefined>>();

/** One automaton over the full names of the towns inside the plan's own city or county, built once per region. */
function regionTowns(region: RegionContext, index: GazetteerIndex): { matcher: Matcher; towns: GazetteerEntry[] } | undefined {
  const id = region.chain[region.chain.length - 1];
  const area = id ? index.byId.get(id) : undefined;
  if (!id || !area || (area.level !== 'city' && !COUNTY_LEVELS.has(area.level ?? ''))) return undefined;
  let cache = regionCache.get(index);
  if (!cache) regionCache.set(index, (cache = new Map()));
  if (cache.has(id)) return cache.get(id);
  const counties = area.level === 'city' ? index.divisions!.all.filter((d) => d.entry.locatedIn === id).map((d) => d.entry.id) : [id];
  const towns = counties.flatMap((c) => index.divisions!.townsOf(c));
  const built = towns.length ? { matcher: buildMatcher(towns.map((t) => t.name)), towns } : undefined;
  cache.set(id, built);
  return built;
}
