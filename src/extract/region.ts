// The plan's own place in the admin hierarchy, which decides what ambiguous
// short forms mean (`铁西区` in an Anshan plan is Anshan's).
import type { PlanManifestEntry } from '../text/types.js';
import type { GazetteerIndex } from './gazetteer-index.js';
import type { GazetteerEntry } from './types.js';

export interface RegionContext {
  /** Gazetteer ids from the province down to the plan's region (as far as the gazetteer knows them). */
  chain: string[];
  /** Names as the manifest gives them: [...parents, region.name]. */
  names: string[];
  /** The city the plan belongs to (`市…` units mean it), by name. */
  city?: string;
  /** The district or county of a district plan (`区…` units mean it). */
  district?: string;
  province?: string;
  /** The plan's own region as the manifest names it, and its level. */
  name: string;
  level: PlanManifestEntry['region']['level'];
  /**
   * In a development zone's own plan, the zone as its bare forms mean it (`经开区`, `市高新区`):
   * the gazetteer's entry on the chain, else its name, with the city's short form when the plan
   * names it bare (`经开区…汇报` of 芜湖市 → `芜湖经开区`).
   */
  zone?: { id?: string; name: string };
}

/** A zone named by its kind alone, with or without a level: `经开区`, `市高新区`, `高新技术产业开发区`. */
export const BARE_ZONE = /^[市区县]?(国家)?(高新区|经开区|高新技术产业开发区|经济技术开发区|经济开发区)$/;

/**
 * @param texts the plan's text units (matchText), read only when the manifest names no region
 *   the index knows: a work report's `区人民政府办公室…` names its district in the body.
 */
export function regionContext(plan: PlanManifestEntry, index: GazetteerIndex, texts: readonly string[] = []): RegionContext {
  const names = [...plan.region.parents, cleanName(plan.region.name)].filter(Boolean);
  const chain: string[] = [];
  for (const name of names) {
    const parent = chain[chain.length - 1];
    const found = index
      .lookup(name)
      // A context alias needs its parent first (`铁西区` under 沈阳市); alone (`经开区`) it names no place.
      .filter((s) => s.kind !== 'context' || parent)
      .map((s) => s.entry)
      .filter((e) => e.type === 'AdminArea' || e.type === 'IndustrialPark')
      .filter((e) => !parent || index.ancestors(e.id).includes(parent));
    if (found.length === 1) chain.push(found[0]!.id);
  }
  // A plan from anywhere in China names its region without parents (`封开县`, `东营经济技术开发区`):
  // the division dataset knows them. The region itself when one area has that name, else the
  // area its name opens with (`东营` in the zone's name); then every ancestor.
  if (chain.length < names.length) {
    const own = names[names.length - 1] ?? '';
    const deepest = placeNamed(own, index, chain) ?? placeOpening(own, index, chain) ?? placeEnding(own, index, chain);
    if (deepest) chain.splice(0, chain.length, ...index.ancestors(deepest).reverse());
  }
  // A region named without its parents (`汉中市`, found at once) still sits in them: the province
  // is what `省政府` and `省发展改革委` mean.
  else if (chain.length > 0) chain.splice(0, chain.length, ...index.ancestors(chain[chain.length - 1]!).reverse());
  if (chain.length === 0) chain.push(...(mostNamed(texts, index) ?? []));
  // A zone's report names its city seldom (`…助力芜湖市…` once): the one city it names is the zone's.
  if (chain.length === 0 && plan.region.level === 'development-zone') chain.push(...(onlyCity(texts, index) ?? []));
  // The dataset's name first: a title cut loosely (`加快西宁市…`) or in traditional script (`寧德市`) is not the city's name.
  const city = chain.map((id) => index.byId.get(id)).find((e) => e?.level === 'city')?.name ?? [...names].reverse().find((n) => n.endsWith('市'));
  const context: RegionContext = { chain, names, name: cleanName(plan.region.name), level: plan.region.level };
  if (city) context.city = city;
  if (plan.region.level === 'district' || plan.region.level === 'county') context.district = plan.region.name;
  if (plan.region.level === 'development-zone' && context.name) {
    const own = chain[chain.length - 1];
    const entry = own ? index.byId.get(own) : undefined;
    if (entry?.type === 'IndustrialPark') context.zone = { id: entry.id, name: entry.name };
    else if (!BARE_ZONE.test(context.name)) context.zone = { name: context.name };
    else if (city) context.zone = { name: city.replace(/市$/, '') + context.name.replace(/^[市区县]/, '') };
  }
  if (names[0]?.endsWith('省')) context.province = names[0];
  else if (chain[0] && index.byId.get(chain[0])?.level === 'province') context.province = index.byId.get(chain[0])!.name;
  return context;
}

/** A region name as inference cut it from a title line (`《新乡市`, `5月21日,在东营经济技术开发区`): its last Han run, without a lead-in. */
export function cleanName(name: string): string {
  return (name.match(/\p{Script=Han}+$/u)?.[0] ?? '').replace(/^(在|于|由|对)/, '');
}

/**
 * How well an entry fits a context chain: the depth of the deepest chain
 * element among the entry and its ancestors, -1 when none is.
 */
export function fit(entryId: string, chain: readonly string[], index: GazetteerIndex): number {
  const up = index.ancestors(entryId);
  for (let i = chain.length - 1; i >= 0; i--) if (up.includes(chain[i]!)) return i;
  return -1;
}

const isPlace = (e: GazetteerEntry) => e.type === 'AdminArea' || e.type === 'IndustrialPark';
const within = (id: string, chain: readonly string[], index: GazetteerIndex) => chain.length === 0 || index.ancestors(id).includes(chain[chain.length - 1]!);

function placeNamed(name: string, index: GazetteerIndex, chain: readonly string[]): string | undefined {
  const found = index.lookup(name).filter((s) => isPlace(s.entry) && within(s.entry.id, chain, index) && (s.kind !== 'context' || chain.length > 0));
  return found.length === 1 ? found[0]!.entry.id : undefined;
}

function placeOpening(name: string, index: GazetteerIndex, chain: readonly string[]): string | undefined {
  const hits = index.matcher.findAll(name).filter((h) => h.start === 0 && h.end < name.length);
  const longest = hits.sort((a, b) => b.end - a.end)[0];
  const areas = longest ? index.entriesOf[longest.pattern]!.filter((s) => s.entry.type === 'AdminArea' && within(s.entry.id, chain, index)) : [];
  const found = areas.filter((s) => s.kind !== 'context');
  if (found.length === 1) return found[0]!.entry.id;
  // `东营` is 东营市 and its 东营区: a form shared only by a city and places inside it opens a name as the city.
  const outer = areas.find((a) => areas.every((b) => b === a || index.ancestors(b.entry.id).includes(a.entry.id)));
  return found.length === 0 && outer ? outer.entry.id : undefined;
}

/** A title cut with its lead-in (`加快西宁市`): the place its name ends with, by a sure form. */
function placeEnding(name: string, index: GazetteerIndex, chain: readonly string[]): string | undefined {
  const hits = index.matcher.findAll(name).filter((h) => h.end === name.length && h.start > 0);
  const longest = hits.sort((a, b) => a.start - b.start)[0];
  const found = longest ? index.entriesOf[longest.pattern]!.filter((s) => s.kind !== 'context' && s.entry.type === 'AdminArea' && within(s.entry.id, chain, index)) : [];
  return found.length === 1 ? found[0]!.entry.id : undefined;
}

/** The chain of the one prefecture-level city a text names by a sure form, if it names exactly one. */
function onlyCity(texts: readonly string[], index: GazetteerIndex): string[] | undefined {
  const cities = new Set<string>();
  for (const text of texts) {
    for (const hit of index.matcher.findAll(text)) {
      const sure = index.entriesOf[hit.pattern]!.filter((s) => s.kind !== 'context' && s.entry.type === 'AdminArea');
      if (sure.length === 1 && sure[0]!.entry.level === 'city') cities.add(sure[0]!.entry.id);
    }
  }
  return cities.size === 1 ? index.ancestors([...cities][0]!).reverse() : undefined;
}

/** Divisions below a province a plan names by name or sure alias, at least this often, to be its region. */
const MIN_NAMED = 3;

/**
 * The region of a plan whose manifest names none: the city or county its
 * text names most often (sure forms only; a tie is no answer), as a chain
 * from the province down.
 */
function mostNamed(texts: readonly string[], index: GazetteerIndex): string[] | undefined {
  const count = new Map<string, number>();
  for (const text of texts) {
    for (const hit of index.matcher.findAll(text)) {
      const sure = index.entriesOf[hit.pattern]!.filter((s) => s.kind !== 'context' && s.entry.type === 'AdminArea');
      const level = sure[0]?.entry.level;
      if (sure.length !== 1 || !level || level === 'province' || level === 'town' || level === 'street') continue;
      count.set(sure[0]!.entry.id, (count.get(sure[0]!.entry.id) ?? 0) + 1);
    }
  }
  const ranked = [...count].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < MIN_NAMED || (second && second[1] === first[1])) return undefined;
  // `杭州市余杭区…余杭区…`: a district named about as often as its city is the plan's own.
  const child = ranked.find(([id, n]) => index.byId.get(id)?.locatedIn === first[0] && n * 2 >= first[1] && n >= MIN_NAMED);
  return index.ancestors((child ?? first)[0]).reverse();
}
