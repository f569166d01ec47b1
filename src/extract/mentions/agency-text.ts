// Government bodies in running text (`积极争取国家发展改革委支持`, `经省政府批准`,
// `辽宁省科技厅命名`), by the grammar of agency-grammar.ts. A place prefix is a
// gazetteer place (or the plan's own region name) ending right at the stem.
import type { RegionContext } from '../region.js';
import type { TextUnit } from '../units.js';
import { agencyAt, stemsIn, type PlaceBefore } from './agency-grammar.js';
import type { Mention } from './mention.js';

export function agencyTextMentions(unit: TextUnit, region: RegionContext, known: readonly Mention[]): Mention[] {
  const text = unit.matchText;
  const out: Mention[] = [];
  for (const { start, stem } of stemsIn(text)) {
    const parsed = agencyAt(text, start, stem, region, placeBefore(text, start, region, known));
    if (!parsed) continue;
    const { start: from, end, stem: _stem, ...agency } = parsed;
    out.push({ unit, start: from, end, type: 'GovernmentAgency', rule: `agency:${stem.word}`, name: agency.name, agency });
  }
  return out;
}

const COUNTY_LEVELS = new Set(['district', 'county', 'county-level-city']);

/** The place written right before `at`: the longest gazetteer place or park ending there, else one of the plan's region names. */
function placeBefore(text: string, at: number, region: RegionContext, known: readonly Mention[]): PlaceBefore | undefined {
  const hits = known.filter((k) => k.end === at && (k.type === 'AdminArea' || k.type === 'IndustrialPark')).sort((a, b) => a.start - b.start);
  const hit = hits[0];
  if (hit) {
    const entries = (hit.candidates ?? []).map((c) => c.entry).filter((e) => e.type === hit.type);
    // An ambiguous short form (`高新区`, `铁西区`) is the one inside the plan's region, when one is.
    const local = entries.filter((e) => region.chain.includes(e.id) || (e.locatedIn && region.chain.includes(e.locatedIn)));
    // A zone's bare form that only other cities' zones spell (`常州经开区管委会` in no known region) is the zone as
    // written, with the city written before it: never the gazetteer's zone of another city.
    const sure = (hit.candidates ?? []).some((c) => c.entry.type === hit.type && c.kind !== 'context');
    if (hit.type === 'IndustrialPark' && entries.length && !sure && !local.length) {
      const city = known.find((k) => k.end === hit.start && k.type === 'AdminArea');
      const from = city?.start ?? hit.start;
      return { start: from, name: text.slice(from, hit.end), zone: true };
    }
    const names = new Set((new Set(entries.map((e) => e.name)).size === 1 ? entries : local).map((e) => e.name));
    const name = names.size === 1 ? [...names][0]! : text.slice(hit.start, hit.end);
    // A district or county is named with its city, as a bare 区 of a district plan is (`区发展和改革局` =
    // `杭州市余杭区发展和改革局`), over the city when the text writes it: one body, one name and id.
    const county = entries.length === 1 && COUNTY_LEVELS.has(String(entries[0]!.level)) ? entries[0]! : undefined;
    const path = county?.locatedIn?.replace(/^AdminArea:/, '').split('/') ?? [];
    if (county && path.length === 2 && county.name === name) {
      const city = path[1]!;
      const written = known.find((k) => k.end === hit.start && k.type === 'AdminArea' && k.candidates?.some((c) => c.entry.id === county.locatedIn));
      return { start: written?.start ?? hit.start, name: city + name };
    }
    return { start: hit.start, name, zone: hit.type === 'IndustrialPark' };
  }
  const own = [...region.names].sort((a, b) => b.length - a.length).find((n) => n.length >= 2 && text.slice(at - n.length, at) === n);
  return own ? { start: at - own.length, name: own, zone: region.level === 'development-zone' && own === region.name } : undefined;
}
