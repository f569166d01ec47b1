// The plan's own place in the admin hierarchy, which decides what ambiguous
// short forms mean (`铁西区` in an Anshan plan is Anshan's).
import type { PlanManifestEntry } from '../text/types.js';
import type { GazetteerIndex } from './gazetteer-index.js';

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
}

export function regionContext(plan: PlanManifestEntry, index: GazetteerIndex): RegionContext {
  const names = [...plan.region.parents, cleanName(plan.region.name)].filter(Boolean);
  const chain: string[] = [];
  for (const name of names) {
    const parent = chain[chain.length - 1];
    const found = index
      .lookup(name)
      .map((s) => s.entry)
      .filter((e) => e.type === 'AdminArea' || e.type === 'IndustrialPark')
      .filter((e) => !parent || index.ancestors(e.id).includes(parent));
    if (found.length === 1) chain.push(found[0]!.id);
  }
  // A region inferred without its parents (`咸阳市`) gets them from the gazetteer's hierarchy, when it has the place.
  const top = chain[0] ? index.byId.get(chain[0]) : undefined;
  if (top && top.level !== 'province') {
    const above = index.ancestors(top.id).slice(1).map((id) => index.byId.get(id)!).filter(Boolean).reverse();
    chain.unshift(...above.map((e) => e.id));
    names.unshift(...above.map((e) => e.name).filter((n) => !names.includes(n)));
  }
  const city = [...names].reverse().find((n) => n.endsWith('市'));
  const context: RegionContext = { chain, names, name: cleanName(plan.region.name), level: plan.region.level };
  if (city) context.city = city;
  if (plan.region.level === 'district' || plan.region.level === 'county') context.district = plan.region.name;
  if (names[0]?.endsWith('省')) context.province = names[0];
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
