// Foreign places (reference/foreign-places.ts) written as a modifier, not as a place.
import { isForeign } from '../reference/foreign-places.js';
import type { Mention } from './mention.js';

/**
 * A country glued to a short word that ends a list item (`对标美国辉瑞、德国拜耳、华润三九等`)
 * names a foreign firm or brand, the country its nationality: no mention of the
 * country. A place after it (`德国法兰克福等`) keeps both.
 */
const BRAND_AFTER_COUNTRY = /^\p{Script=Han}{2,3}(?=[、等])/u;

export function countryAsModifier(m: Mention, kept: readonly Mention[]): boolean {
  if (m.type !== 'AdminArea' || !m.candidates?.every((c) => isForeign(c.entry))) return false;
  if (kept.some((o) => o.start === m.end && o.type === 'AdminArea')) return false;
  return BRAND_AFTER_COUNTRY.test(m.unit.matchText.slice(m.end));
}
