// All mention rules over one text unit, then one choice among overlapping
// proposals: leftmost-longest, rule priority on equal spans. Ordered list of
// rules, read top to bottom.
import type { GazetteerIndex } from '../gazetteer-index.js';
import { selectLeftmostLongest } from '../matcher.js';
import type { TextUnit } from '../units.js';
import type { RegionContext } from '../region.js';
import { foldForm, unitListMentions } from './agency.js';
import { BLOCKED, blockerMentions } from './blockers.js';
import { ellipsisMentions } from './ellipsis.js';
import { enumerationMentions } from './enumeration.js';
import { gazetteerMentions } from './gazetteer.js';
import { rulePriority, type Mention } from './mention.js';
import { isDescriptive } from './generic.js';
import { NAME_SUFFIXES, suffixMentions } from './suffix.js';


export function findMentions(unit: TextUnit, index: GazetteerIndex, region: RegionContext): Mention[] {
  const known = gazetteerMentions(unit, index);
  const suffixed = suffixMentions(unit);
  const listed = enumerationMentions(unit);
  const units = unitListMentions(unit, region, index.notEntities);
  const places = known.filter((m) => m.type === 'AdminArea');
  const elliptic = ellipsisMentions(unit, suffixed, places, known);
  const blockers: Mention[] = index.notMatcher
    .findAll(unit.matchText)
    .map((hit): Mention => ({ unit, start: hit.start, end: hit.end, type: 'AdminArea', rule: BLOCKED, name: '' }))
    .concat(blockerMentions(unit));
  const proposals = [...blockers, ...elliptic, ...known, ...units, ...suffixed, ...listed]
    .map((m, i) => ({ m, i, p: m.rule === BLOCKED ? -2 : rulePriority(m.rule) }))
    .sort((a, b) => a.p - b.p || a.i - b.i)
    .map(({ m }) => m);
  const chosen = selectLeftmostLongest(proposals).filter((m) => m.rule !== BLOCKED && !index.notEntities.has(foldForm(m.name)));
  for (const m of chosen) {
    const inside = selectLeftmostLongest(known.filter((k) => k.start >= m.start && k.end <= m.end && (k.start > m.start || k.end < m.end)));
    const samePlace = m.rule.startsWith('ellipsis') ? places.filter((p) => p.start === m.start && p.end === m.end) : [];
    if (inside.length || samePlace.length) m.nested = [...samePlace, ...inside];
  }
  return chosen.filter((m) => !isGenericProject(m) && !isGenericPlace(m, index));
}

/**
 * A listed project that names nobody and nowhere is a kind of project, not
 * one project: `结合油氢混合站、氢能公交示范线等项目`. Named ones carry a
 * company or place (`西鞍山铁矿`, `海镁混改`).
 */
function isGenericPlace(m: Mention, index: GazetteerIndex): boolean {
  if (m.candidates || (m.type !== 'IndustrialPark' && m.type !== 'Institution') || m.nested?.length) return false;
  const suffix = NAME_SUFFIXES.find(([s]) => m.name.endsWith(s))?.[0] ?? '';
  return isDescriptive(m.name.slice(0, m.name.length - suffix.length), index);
}

function isGenericProject(m: Mention): boolean {
  return m.type === 'Project' && m.rule.startsWith('enum-before') && !m.nested?.length;
}
