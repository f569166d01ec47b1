// Government units as 责任单位 lists write them: `市发展改革委` means the
// plan's city's commission, `区商务局` the plan's district's bureau.
import type { RegionContext } from '../region.js';
import { recogniseAgency, type PlaceBefore } from './agency-grammar.js';
import type { TextUnit } from '../units.js';
import type { Mention } from './mention.js';

/** Endings of a government (or government-run) unit's name. */
export const AGENCY_ENDING = /(局|委|办|委员会|中心|部|厅|署|院|会|室|处|所|队|站|政府|管委会|集团|公司|银行|支行|分行|园)$/;
/** Trailing words that close a list rather than name a unit: `市金融发展局等`. */
const LIST_TAIL = /(等|等单位|等部门)$/;

/** Brackets and colons folded to one form, so lists and not-entity phrases compare whatever width they were typed in. */
export const foldForm = (s: string): string =>
  s.replace(/（/g, '(').replace(/）/g, ')').replace(/：/g, ':').replace(/，/g, ',').replace(/\s+/g, '');

export const trimListTail = (name: string): string => name.replace(LIST_TAIL, '');

export interface AgencyName {
  /** Full name: `鞍山市发展改革委`. */
  name: string;
  /** The place it belongs to, when the name says (`鞍山市`, `沈阳市铁西区`). */
  place?: string;
  /** The name without its place: `发展改革委`. */
  rest: string;
}

/**
 * The full name of a unit: by the agency grammar when its stem is a known
 * department (`市发展改革委` in an Anshan plan → 鞍山市发展和改革委员会), else
 * any unit ending with a bare level prefix (`市职教城管委会` → 鞍山市职教城管委会).
 */
export function agencyName(written: string, region: RegionContext, placeOf?: (prefix: string) => PlaceBefore | undefined): AgencyName | undefined {
  const name = trimListTail(written.trim());
  if (PARTY_ORGAN.test(name)) return undefined;
  const parsed = recogniseAgency(name, region, placeOf);
  if (parsed) return { name: parsed.name, ...(parsed.place ? { place: parsed.place } : {}), rest: parsed.rest };
  if (name.length < 2 || !AGENCY_ENDING.test(name)) return undefined;
  const rest = name.slice(1);
  const district = region.district ? (region.city ?? '') + region.district : undefined;
  if (name.startsWith('市') && region.city) return { name: region.city + rest, place: region.city, rest };
  if ((name.startsWith('区') || name.startsWith('县')) && district) return { name: district + rest, place: district, rest };
  if (name.startsWith('省') && region.province) return { name: region.province + rest, place: region.province, rest };
  for (const place of [district, region.city, region.province]) {
    if (place && name.startsWith(place) && name.length > place.length + 1) return { name, place, rest: name.slice(place.length) };
  }
  return { name, rest: name };
}

/**
 * A party organ is no government body (as in the gazetteer): `省委改革办`, `中共成都市委社会工作部`,
 * `区委宣传部` (a level, or a place and its level, then 委; not 委员会, not 委托).
 */
const PARTY_ORGAN = /^(?:中共|\p{Script=Han}{0,8}?[省市区县州旗]委(?!员会|托))/u;

/** `(责任单位:市发展改革委、市金融发展局等)` inside running text, ASCII or full-width brackets. */
const UNIT_LIST_OPEN = /[((〔﹝\[]\s*(责任单位|牵头单位|配合单位)\s*[::]/g;
const OPEN = '((〔﹝[';
const CLOSE = '))〕﹞]';

/** The list's body, up to the bracket that closes the list (`相关县(市)区` keeps its own brackets). */
function listBodies(text: string): { label: string; start: number; body: string }[] {
  const out: { label: string; start: number; body: string }[] = [];
  for (const m of text.matchAll(UNIT_LIST_OPEN)) {
    const start = m.index + m[0].length;
    let depth = 0;
    let end = start;
    for (; end < text.length; end++) {
      const ch = text[end]!;
      if (OPEN.includes(ch)) depth++;
      else if (CLOSE.includes(ch)) {
        if (depth === 0) break;
        depth--;
      }
    }
    if (end < text.length) out.push({ label: m[1]!, start, body: text.slice(start, end) });
  }
  return out;
}

export interface ListedUnit {
  start: number;
  end: number;
  written: string;
  label: string;
}

/** Inside one bracket a second label may follow a `;`: `(牵头单位:市商务局;配合单位:市财政局)`. */
const NEXT_LABEL = /^\s*(责任单位|牵头单位|配合单位)\s*[::]/;

export function listedUnits(unit: TextUnit): ListedUnit[] {
  const out: ListedUnit[] = [];
  for (const list of listBodies(unit.matchText)) {
    let label = list.label;
    let at = list.start;
    for (const segment of list.body.split(/(?<=[;;])/)) {
      let body = segment.replace(/[;;]$/, '');
      const relabel = NEXT_LABEL.exec(body);
      let offset = at;
      if (relabel) {
        label = relabel[1]!;
        offset += relabel[0].length;
        body = body.slice(relabel[0].length);
      }
      for (const part of body.split(/[、,,]/)) {
        const lead = part.length - part.trimStart().length;
        const written = trimListTail(part.trim());
        if (written) out.push({ start: offset + lead, end: offset + lead + written.length, written, label });
        offset += part.length + 1;
      }
      at += segment.length;
    }
  }
  return out;
}

export function unitListMentions(unit: TextUnit, region: RegionContext, notEntities: Set<string>, placeOf?: (prefix: string) => PlaceBefore | undefined): Mention[] {
  if (unit.kind === 'task') return []; // task blocks carry their parsed units
  return listedUnits(unit)
    .filter((u) => !notEntities.has(foldForm(u.written)))
    .flatMap((u) => {
      const agency = agencyName(u.written, region, placeOf);
      return agency ? [{ unit, start: u.start, end: u.end, type: 'GovernmentAgency' as const, rule: 'unit-list', name: agency.name, agency }] : [];
    });
}
