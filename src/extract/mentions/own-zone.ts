// In a development zone's own plan, the zone's bare forms (`经开区`, `经济开发区`,
// `高新区`, `市高新区`) name the zone, whether or not the gazetteer spells them for
// some other zone. Only forms of the zone's own kind: a high-tech zone's report
// that mentions `经开区` means another zone. Bare `开发区` is left to the
// not-entities list (in unit lists it means every zone).
import type { RegionContext } from '../region.js';
import type { TextUnit } from '../units.js';
import type { Mention } from './mention.js';

const FORMS: Record<'high-tech' | 'economic', string[]> = {
  'high-tech': ['国家高新技术产业开发区', '高新技术产业开发区', '国家高新区', '高新区'],
  economic: ['经济技术开发区', '经济开发区', '经开区'],
};

/** High-tech zones (`高新区`) and economic zones (`经开区`, `经济技术开发区`) are two kinds: one never names the other. */
export function zoneKind(name: string): 'high-tech' | 'economic' | 'other' {
  if (/高新/.test(name)) return 'high-tech';
  return /经开区|经济技术开发区|经济开发区/.test(name) ? 'economic' : 'other';
}

export function ownZoneMentions(unit: TextUnit, region: RegionContext): Mention[] {
  const kind = region.zone ? zoneKind(region.zone.name) : 'other';
  if (kind === 'other') return [];
  const text = unit.matchText;
  const out: Mention[] = [];
  for (const form of FORMS[kind]) {
    for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
      // A longer name ending in the form (`株洲高新区`) is another rule's proposal and wins the choice by its length.
      if (out.some((o) => o.start <= at && at < o.end)) continue;
      out.push({ unit, start: at, end: at + form.length, type: 'IndustrialPark', rule: 'own-zone', name: region.zone!.name });
    }
  }
  return out;
}
