// Mentions → entities. Short and full forms become one entity (鞍钢 =
// 鞍钢集团有限公司 through the gazetteer; inside one plan a discovered short
// form joins the one full name it is the core of); context aliases are read
// in the plan's region unless an explicit prefix names another (沈阳市铁西区).
// When the evidence is not clear, nothing is merged and a message says so.
import type { Message, Position } from '../text/types.js';
import { discoveredAgency, discoveredEntity, gazetteerEntity, type Entity } from './entity.js';
import type { GazetteerIndex, SurfaceEntry } from './gazetteer-index.js';
import type { Mention } from './mentions/mention.js';
import { BARE_ZONE, fit, type RegionContext } from './region.js';
import { zoneKind } from './mentions/own-zone.js';
import type { GazetteerEntry } from './types.js';

/** Legal and group endings that short forms leave out: 鞍钢集团有限公司 → 鞍钢集团 → 鞍钢. */
export const LEGAL_ENDINGS = ['集团股份有限公司', '集团有限责任公司', '集团有限公司', '股份有限公司', '有限责任公司', '有限公司', '集团公司', '集团', '公司'];

/** Zones a city has one of: `高新区`, `高新技术产业开发区` (each city's national high-tech zone). */
export const ONE_PER_CITY = /^(国家)?(高新区|高新技术产业开发区)$/;

export interface Resolver {
  /** The entity a mention names, or undefined (message added) when it cannot say which. */
  resolve(m: Mention, context?: string[]): Entity | undefined;
  /** The plan's own office for a unit written with a bare level prefix that the gazetteer knows for other cities. */
  localAgency(surface: string, candidates: SurfaceEntry[]): Entity | undefined;
  /** The gazetteer entry for a written name in this plan's context, if exactly one fits. */
  lookupName(surface: string, context?: string[]): GazetteerEntry | undefined;
}

export function createResolver(index: GazetteerIndex, region: RegionContext, messages: Message[], placeOf: (m: Mention) => Position): Resolver {
  /**
   * One entry for a spelling. Names and aliases are unambiguous. A context
   * alias counts only for an entry inside the context (the entry or its
   * parent is on the chain: Anshan's 铁西区 in an Anshan plan), the deepest
   * such; an entry placed nowhere (an Industry's `钢铁`) needs its cue, see
   * `cued`. Anything else is ambiguous.
   */
  const pick = (candidates: SurfaceEntry[], chain: readonly string[], cued = false): GazetteerEntry | 'ambiguous' | undefined => {
    const sure = candidates.filter((c) => c.kind !== 'context');
    if (sure.length === 1) return sure[0]!.entry;
    if (sure.length > 1) return best(sure.map((c) => c.entry), chain) ?? 'ambiguous';
    if (candidates.length === 0) return undefined;
    const placed = candidates.filter((c) => c.entry.locatedIn || chain.includes(c.entry.id));
    const inside = placed.filter((c) => chain.includes(c.entry.id) || chain.includes(c.entry.locatedIn!));
    if (inside.length > 0) return best(inside.map((c) => c.entry), chain) ?? 'ambiguous';
    const free = candidates.filter((c) => !c.entry.locatedIn && !chain.includes(c.entry.id));
    if (cued && free.length === 1) return free[0]!.entry;
    return placed.length > 0 ? 'ambiguous' : undefined;
  };

  const best = (entries: GazetteerEntry[], chain: readonly string[]): GazetteerEntry | undefined => {
    const scored = entries.map((entry) => ({ entry, score: chain.includes(entry.id) ? chain.length : fit(entry.id, chain, index) })).sort((a, b) => b.score - a.score);
    if (scored[1] && scored[1].score === scored[0]!.score) return undefined;
    return scored[0]!.entry;
  };

  const lookupName = (surface: string, context?: string[]) => {
    const found = pick(index.lookup(surface), context ?? region.chain);
    return found === 'ambiguous' ? undefined : found;
  };

  const resolve = (m: Mention, context?: string[]): Entity | undefined => {
    const chain = context ?? region.chain;
    if (m.rule === 'own-zone') return ownZone(m.unit.matchText.slice(m.start, m.end));
    if (m.candidates) {
      const entry = pick(m.candidates, chain, hasCue(m));
      if (entry && entry !== 'ambiguous') return gazetteerEntity(entry);
      const local = localZone(m) ?? localAgency(m.unit.matchText.slice(m.start, m.end), m.candidates);
      if (local) return local;
      if (entry === 'ambiguous') messages.push({ ...unresolved(m, m.candidates), place: placeOf(m) });
      return undefined;
    }
    const known = knownForm(m, chain);
    if (known) return gazetteerEntity(known);
    if (m.agency) return discoveredAgency(m.agency, m.unit.text.slice(m.start, m.end));
    return discoveredEntity(m.type, m.name, m.rule, m.level);
  };

  /**
   * A city has one high-tech zone, so `高新区` in a plan of a city the
   * gazetteer has no zone for is that city's: `本溪高新区` in a 本溪 plan,
   * the name the text would give it in full.
   */
  const localZone = (m: Mention): Entity | undefined => {
    const surface = m.unit.matchText.slice(m.start, m.end);
    if (!m.candidates?.every((c) => c.kind === 'context' && c.entry.type === 'IndustrialPark')) return undefined;
    // In the zone's own plan (`本溪高新技术产业开发区…规划`, `经开区…汇报`), a bare form of its kind is the zone itself.
    const own = ownZone(surface);
    if (own) return own;
    if (!region.city || !ONE_PER_CITY.test(surface) || region.level === 'development-zone') return undefined;
    return withAlias(discoveredEntity('IndustrialPark', region.city.replace(/市$/, '') + surface.replace(/^国家/, ''), 'context-alias:one-per-city'), surface);
  };

  const ownZone = (surface: string): Entity | undefined => {
    const zone = region.zone;
    if (!zone || !BARE_ZONE.test(surface) || zoneKind(surface) !== zoneKind(zone.name)) return undefined;
    const entry = zone.id ? index.byId.get(zone.id) : undefined;
    return entry ? gazetteerEntity(entry) : withAlias(discoveredEntity('IndustrialPark', zone.name, 'context-alias:own-zone'), surface);
  };

  /**
   * `市发展改革委` in a plan of a city the gazetteer has no such agency for: the
   * same office of the plan's own city, named the way the gazetteer names
   * the others (`本溪市发展和改革委员会`, id `GovernmentAgency:本溪市/发展和改革委员会`).
   */
  const localAgency = (surface: string, candidates: SurfaceEntry[]): Entity | undefined => {
    const place = surface.startsWith('市') ? region.city : /^[区县]/.test(surface) && region.district ? (region.city ?? '') + region.district : undefined;
    if (!place || candidates.length === 0 || !candidates.every((c) => c.kind === 'context' && c.entry.type === 'GovernmentAgency')) return undefined;
    // The office's own name, after its place path (`沈阳市/铁西区/人民政府` → 人民政府).
    const rests = new Set(candidates.map((c) => c.entry.id.split('/').slice(1).pop() ?? ''));
    const rest = [...rests][0];
    if (rests.size !== 1 || !rest) return undefined;
    const entity = discoveredAgency({ name: place + rest, place, rest }, surface);
    return entity;
  };

  /** A discovered full name whose short form the gazetteer has (沈阳东软集团 → 东软集团 entry). */
  const knownForm = (m: Mention, chain: readonly string[]): GazetteerEntry | undefined => {
    for (const variant of variants(m.name, m.nested ?? [])) {
      const found = pick(index.lookup(variant).filter((c) => c.entry.type === m.type), chain);
      if (found && found !== 'ambiguous') return found;
    }
    return undefined;
  };

  return { resolve, lookupName, localAgency };
}

/** The name, without a leading place (鞍山), without a legal ending, and without both. */
function variants(name: string, nested: Mention[]): string[] {
  const out = [name];
  const lead = nested.filter((n) => n.type === 'AdminArea').sort((a, b) => a.start - b.start)[0];
  const bare = lead?.unit.matchText.slice(lead.start, lead.end);
  const withoutPlace = bare && name.startsWith(bare) && name.length - bare.length >= 2 ? name.slice(bare.length) : undefined;
  for (const n of [name, withoutPlace]) {
    if (!n) continue;
    if (n !== name) out.push(n);
    const ending = LEGAL_ENDINGS.find((e) => n.endsWith(e) && n.length - e.length >= 2);
    if (ending) out.push(n.slice(0, -ending.length));
  }
  return out;
}

/**
 * Context aliases of entries placed nowhere are read only with their cue:
 * an Industry's short form (`钢铁`, `装备制造`) when `产业` follows in the same
 * clause (`钢铁深加工、先进装备等产业`, `物联网领域`), not in `钢铁文化、英模文化`.
 */
const INDUSTRY_CUE = /^[^,。;:,;:]{0,30}?(产业|领域)/;

function hasCue(m: Mention): boolean {
  if (!m.candidates?.some((c) => c.entry.type === 'Industry')) return false;
  return INDUSTRY_CUE.test(m.unit.matchText.slice(m.end));
}

/** The form the text wrote, kept with a name it does not spell out (`高新区` for 本溪高新区). */
function withAlias(entity: Entity, written: string): Entity {
  if (written !== entity.name && !entity.aliases.includes(written)) entity.aliases.push(written);
  return entity;
}

function unresolved(m: Mention, candidates: SurfaceEntry[]): Message {
  return {
    ruleId: 'unresolved-alias',
    reason: `"${m.unit.matchText.slice(m.start, m.end)}" may be ${candidates.map((c) => c.entry.id).join(' or ')}; no prefix or region decides, so it is not linked`,
    severity: 'warning',
    source: 'plangraph:extract',
  };
}
