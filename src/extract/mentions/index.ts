// All mention rules over one text unit, then one choice among overlapping
// proposals: leftmost-longest, rule priority on equal spans. Ordered list of
// rules, read top to bottom.
import type { GazetteerIndex } from '../gazetteer-index.js';
import { selectLeftmostLongest } from '../matcher.js';
import type { TextUnit } from '../units.js';
import type { RegionContext } from '../region.js';
import { foldForm, unitListMentions } from './agency.js';
import { BLOCKED, blockerMentions } from './blockers.js';
import { trimLeadIn } from './boundary.js';
import { ellipsisMentions } from './ellipsis.js';
import { enumerationMentions } from './enumeration.js';
import { gazetteerMentions } from './gazetteer.js';
import { rulePriority, type Mention } from './mention.js';
import { isDescriptive } from './generic.js';
import { NAME_SUFFIXES, suffixMentions } from './suffix.js';
import { LEGAL_ENDINGS } from '../resolve.js';


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
    .concat(blockerMentions(unit, known));
  const discovered = [...suffixed, ...listed].map((m) => anchorOnKnown(m, known)).filter((m): m is Mention => !!m);
  const proposals = [...blockers, ...elliptic, ...known, ...units, ...discovered]
    .map((m, i) => ({ m, i, p: m.rule === BLOCKED ? -2 : rulePriority(m.rule) }))
    .sort((a, b) => a.p - b.p || a.i - b.i)
    .map(({ m }) => m);
  const chosen = selectLeftmostLongest(proposals).filter((m) => m.rule !== BLOCKED && !index.notEntities.has(foldForm(m.name)));
  for (const m of chosen) {
    // Other spellings of the same entry inside it (`鞍钢矿业东部尾矿再选` in `…再选项目`) are not names inside it.
    const own = new Set((m.candidates ?? []).map((c) => c.entry.id));
    const inside = selectLeftmostLongest(
      known.filter((k) => k.start >= m.start && k.end <= m.end && (k.start > m.start || k.end < m.end) && !k.candidates?.some((c) => own.has(c.entry.id))),
    );
    const samePlace = m.rule.startsWith('ellipsis') ? places.filter((p) => p.start === m.start && p.end === m.end) : [];
    if (inside.length || samePlace.length) m.nested = [...samePlace, ...inside];
  }
  return chosen.filter((m) => !isGenericProject(m, index) && !isGenericPlace(m, index));
}

/**
 * A listed project that names nobody and nowhere is a kind of project, not
 * one project: `结合油氢混合站、氢能公交示范线等项目`. Named ones carry a
 * company or place (`西鞍山铁矿`, `海镁混改`) or head a shared tail.
 */
function isGenericPlace(m: Mention, index: GazetteerIndex): boolean {
  if (m.candidates || !DESCRIBED_TYPES.has(m.type)) return false;
  // Something proper inside (a place, a company) makes it a name: 岫岩县农产品加工业集聚区.
  if (namesSomething(m)) return false;
  const suffix = [...NAME_SUFFIXES.map(([s]) => s), ...LEGAL_ENDINGS].find((s) => m.name.endsWith(s)) ?? '';
  return isDescriptive(m.name.slice(0, m.name.length - suffix.length), index);
}

const DESCRIBED_TYPES = new Set(['IndustrialPark', 'Institution', 'Enterprise']);

/**
 * A discovered span is cut at the gazetteer's names inside it: one ending
 * it means the span is that name with lead-in words the stop list missed
 * (`夯实国家级鞍山高新技术产业开发区`, `握鞍山经济开发区`), so the span goes;
 * one inside it starts the real candidate after it
 * (`台安农业高新技术产业园晋升省级经济开发区`).
 */
function anchorOnKnown(m: Mention, known: Mention[]): Mention | undefined {
  if (m.candidates || m.rule === BLOCKED || m.rule.startsWith('ellipsis') || m.rule === 'unit-list') return m;
  const inside = known.filter((k) => k.start >= m.start && k.end <= m.end && k.end - k.start < m.end - m.start && k.type !== 'AdminArea' && k.candidates?.some((c) => c.kind !== 'context'));
  if (inside.some((k) => k.end === m.end)) return undefined;
  const last = inside.sort((a, b) => b.end - a.end)[0];
  if (!last) return m;
  const start = trimLeadIn(m.unit.matchText, last.end, m.end);
  if (m.end - start < 4) return undefined;
  return { ...m, start, name: m.unit.matchText.slice(start, m.end) };
}

function isGenericProject(m: Mention, index: GazetteerIndex): boolean {
  if (m.type !== 'Project' || !m.rule.startsWith('enum-before') || namesSomething(m)) return false;
  // Heads of a shared tail (`西鞍山、陈台沟等特大型铁矿项目`) are names by construction, unless descriptive.
  if (m.rule.startsWith('enum-before:等…')) return isDescriptive(m.unit.matchText.slice(m.start, m.end), index);
  return true;
}

/** A place, company, park or institute inside (an industry word is not a name: `有色金属综合回收`). */
function namesSomething(m: Mention): boolean {
  return !!m.nested?.some((n) => n.type !== 'Industry' && n.candidates?.some((c) => c.kind !== 'context'));
}
