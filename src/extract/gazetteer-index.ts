// The gazetteer prepared for matching: one automaton over every name, alias
// and context alias, plus the admin hierarchy. Built once per Gazetteer
// object and cached, since every plan reuses it.
import { buildMatcher, type Matcher } from './matcher.js';
import { foldForm } from './mentions/agency.js';
import { toMatchText } from '../text/simplify.js';
import { loadDivisions, type Divisions } from './reference/divisions.js';
import { loadEnterpriseGroups } from './reference/enterprise-groups.js';
import { loadForeignPlaces } from './reference/foreign-places.js';
import type { Gazetteer, GazetteerEntry } from './types.js';

export type SurfaceKind = 'name' | 'alias' | 'context';

export interface SurfaceEntry {
  entry: GazetteerEntry;
  kind: SurfaceKind;
}

export interface GazetteerIndex {
  gazetteer: Gazetteer;
  byId: Map<string, GazetteerEntry>;
  /** Unique surfaces, the matcher's patterns, in the same order. */
  surfaces: string[];
  entriesOf: SurfaceEntry[][];
  matcher: Matcher;
  /** Not-entity phrases in folded form (see foldForm). */
  notEntities: Set<string>;
  /** Finds the not-entity phrases, which block any name inside them (`相关县(市)区`). */
  notMatcher: Matcher;
  /** Entries spelled exactly `surface` (name, alias or context alias). */
  lookup(surface: string): SurfaceEntry[];
  /** Ids from the entry up to the root, the entry first. */
  ancestors(id: string): string[];
  /** The national division dataset, unless the gazetteer says `reference: false`. */
  divisions?: Divisions;
  /** The statistical division code of an area the dataset has (curated or not). */
  codeOf(id: string): string | undefined;
  /** Ids of the large groups from seed/reference the curated list lacks: their short forms need a company context. */
  brands: Set<string>;
  /** Makes an entry found outside the automaton (a town) known by id, for its ancestors and relations. */
  adopt(entry: GazetteerEntry): void;
}

const cache = new WeakMap<Gazetteer, GazetteerIndex>();

export function indexGazetteer(gazetteer: Gazetteer): GazetteerIndex {
  const cached = cache.get(gazetteer);
  if (cached) return cached;
  const byId = new Map(gazetteer.entries.map((e) => [e.id, e] as const));
  const surfaceIndex = new Map<string, number>();
  const surfaces: string[] = [];
  const entriesOf: SurfaceEntry[][] = [];
  const add = (written: string, entry: GazetteerEntry, kind: SurfaceKind) => {
    // Texts are matched in simplified form (matchText), so are the names: 汎宇化学 → 泛宇化学.
    const surface = toMatchText(written);
    if (!surface) return;
    let i = surfaceIndex.get(surface);
    if (i === undefined) {
      i = surfaces.length;
      surfaceIndex.set(surface, i);
      surfaces.push(surface);
      entriesOf.push([]);
    }
    if (!entriesOf[i]!.some((s) => s.entry.id === entry.id)) entriesOf[i]!.push({ entry, kind });
  };
  for (const entry of gazetteer.entries) {
    add(entry.name, entry, 'name');
    for (const alias of entry.aliases) add(alias, entry, 'alias');
    for (const alias of entry.contextAliases ?? []) add(alias, entry, 'context');
  }
  // An industry is also written without `产业` inside a list of industries
  // (`新型建材、新材料等产业`): a context form, read only with that cue.
  for (const entry of gazetteer.entries) {
    const bare = entry.type === 'Industry' ? entry.name.replace(/产业$/, '') : '';
    // Two characters are too common a word to stand for an industry (`数字` in `数字化`).
    if (bare.length >= 3 && bare !== entry.name && !surfaceIndex.has(bare)) add(bare, entry, 'context');
  }
  // The reference areas the curated list lacks. A curated entry with the same id wins (its
  // aliases were reviewed), and a form the curated list uses is only a context form here.
  const divisions = gazetteer.reference === false ? undefined : loadDivisions();
  const codes = new Map<string, string>();
  const curatedSurfaces = new Set(surfaces);
  for (const { entry, forms } of divisions?.all ?? []) {
    codes.set(entry.id, entry.code);
    if (byId.has(entry.id)) continue;
    byId.set(entry.id, entry);
    for (const { form, kind } of forms) add(form, entry, curatedSurfaces.has(toMatchText(form)) ? 'context' : kind);
  }
  // Foreign countries and cities plans name as partners; a curated entry of the same id or form wins.
  for (const entry of gazetteer.reference === false ? [] : loadForeignPlaces()) {
    if (byId.has(entry.id)) continue;
    byId.set(entry.id, entry);
    for (const form of [entry.name, ...entry.aliases]) if (!curatedSurfaces.has(toMatchText(form))) add(form, entry, form === entry.name ? 'name' : 'alias');
  }
  // Large groups by brand: a curated entry of the same id wins, a form the curated list uses is left to it.
  const brands = new Set<string>();
  for (const entry of gazetteer.reference === false ? [] : loadEnterpriseGroups()) {
    if (byId.has(entry.id)) continue;
    byId.set(entry.id, entry);
    brands.add(entry.id);
    add(entry.name, entry, 'name');
    for (const alias of entry.aliases) if (!curatedSurfaces.has(toMatchText(alias))) add(alias, entry, 'alias');
  }
  const ancestors = (id: string): string[] => {
    const chain: string[] = [];
    for (let at: string | undefined = id; at && !chain.includes(at); at = byId.get(at)?.locatedIn) chain.push(at);
    return chain;
  };
  const index: GazetteerIndex = {
    gazetteer,
    byId,
    surfaces,
    entriesOf,
    matcher: buildMatcher(surfaces),
    notEntities: new Set(gazetteer.notEntities.map(foldForm)),
    notMatcher: buildMatcher([...new Set([...gazetteer.notEntities, ...gazetteer.notEntities.map(foldForm)])]),
    lookup: (surface) => entriesOf[surfaceIndex.get(toMatchText(surface)) ?? -1] ?? [],
    ancestors,
    brands,
    codeOf: (id) => codes.get(id) ?? byId.get(id)?.code,
    adopt: (entry) => {
      if (!byId.has(entry.id)) byId.set(entry.id, entry);
    },
  };
  if (divisions) index.divisions = divisions;
  cache.set(gazetteer, index);
  return index;
}
