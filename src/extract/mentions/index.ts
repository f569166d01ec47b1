// All mention rules over one text unit, then one choice among overlapping
// proposals: leftmost-longest, rule priority on equal spans. Ordered list of
// rules, read top to bottom.
import type { GazetteerIndex } from '../gazetteer-index.js';
import { selectLeftmostLongest } from '../matcher.js';
import type { TextUnit } from '../units.js';
import type { RegionContext } from '../region.js';
import { foldForm, unitListMentions } from './agency.js';
import { endsInDepartment, levelEndsWord, placeLookup } from './agency-grammar.js';
import { agencyTextMentions } from './agency-text.js';
import { BLOCKED, blockerMentions } from './blockers.js';
import { ellipsisMentions } from './ellipsis.js';
import { enumerationMentions } from './enumeration.js';
import { countedListMentions } from './counted-list.js';
import { firmListMentions } from './firm-list.js';
import { countryAsModifier } from './foreign.js';
import { firmSubjectMentions } from './firm-subject.js';
import { firmDesignationMentions } from './firm-designation.js';
import { listMateMentions } from './list-mates.js';
import { projectNameMentions } from './project-name.js';
import { routeMentions } from './route-name.js';
import { phaseProjectMentions } from './phase-project.js';
import { facilityListMentions } from './facility-list.js';
import { projectEventMentions } from './project-event.js';
import { anchorOnKnown, isGenericPlace, isGenericProject } from './filters.js';
import { gazetteerMentions } from './gazetteer.js';
import { scopeReference, townMentions } from './reference.js';
import { rulePriority, type Mention } from './mention.js';
import { companyAtStart } from './project-owner.js';
import { isDescriptive } from './generic.js';
import { suffixMentions } from './suffix.js';
import { parksNamedByClause } from './park-context.js';
import { ownZoneMentions } from './own-zone.js';
import { innerZoneMentions } from './zone-nesting.js';
import { inTitle } from './titles.js';
import { trimLeadWords, withRank } from './lead-words.js';
import { traceChoice, traceSpan, tracing } from './trace.js';
import { LEFT_STOP_WORDS } from './boundary.js';

export function findMentions(unit: TextUnit, index: GazetteerIndex, region: RegionContext): Mention[] {
  // A unit written with a bare level (`市政府`) is no body where the level word ends another word (`各市政府`).
  const hits = gazetteerMentions(unit, index);
  const inScope = scopeReference(hits, region, index);
  const scoped = inScope.filter((m) => m.type !== 'GovernmentAgency' || !(levelEndsWord(unit.matchText, m.start) || endsInDepartment(unit.matchText, m.end)));
  if (tracing()) {
    for (const h of hits) if (!inScope.some((m) => m.start === h.start && m.end === h.end)) traceSpan(unit, h, 'drop (reference-scope)');
    for (const m of inScope) if (!scoped.includes(m)) traceSpan(unit, m, 'drop (level-ends-word or 部门)');
  }
  const known = [...scoped, ...townMentions(unit, scoped, region, index)];
  const suffixed = suffixMentions(unit, {
    descriptive: (core) => isDescriptive(core, index),
    // Any place spelling, even one read as a modifier (`辽宁` in `辽宁东和…`).
    placeAt: (at) => index.matcher.findAll(unit.matchText.slice(at, at + 8)).some((h) => h.start === 0 && index.entriesOf[h.pattern]!.some((c) => c.entry.type === 'AdminArea')),
  });
  const listed = [...enumerationMentions(unit, (words) => isDescriptive(words, index)), ...countedListMentions(unit, index)];
  const knownOther = (start: number, end: number) => known.some((m) => m.type !== 'Enterprise' && m.start < end && m.end > start);
  const firms = [
    ...firmListMentions(unit, (core) => isDescriptive(core, index)),
    ...firmSubjectMentions(unit, (core) => isDescriptive(core, index)),
    ...firmDesignationMentions(unit, { descriptive: (core) => isDescriptive(core, index), knownOther }),
    ...listMateMentions(unit, { descriptive: (core) => isDescriptive(core, index), known }),
  ];
  const projects = [...projectNameMentions(unit), ...routeMentions(unit, index), ...phaseProjectMentions(unit, index), ...facilityListMentions(unit, index), ...projectEventMentions(unit, index)];
  const units = unitListMentions(unit, region, index.notEntities, placeLookup(index.lookup));
  const agencies = agencyTextMentions(unit, region, known);
  const places = known.filter((m) => m.type === 'AdminArea');
  // Lead words and ranks go before the known names inside are read, so a company opening the name is its owner:
  // `世界500强企业中化(青岛)实业有限公司` is a subsidiary of 中化, not `(青岛)实业有限公司`.
  const leadTrimmed = (ms: Mention[]) => ms.map(trimLeadWords).filter((m): m is Mention => !!m);
  const anchored = parksNamedByClause(leadTrimmed(suffixed).map((m) => anchorOnKnown(m, known)).filter((m): m is Mention => !!m), (words) => isDescriptive(words, index));
  const elliptic = ellipsisMentions(unit, anchored, places, known, (words) => isDescriptive(words, index));
  const blockers: Mention[] = index.notMatcher
    .findAll(unit.matchText)
    .map((hit): Mention => ({ unit, start: hit.start, end: hit.end, type: 'AdminArea', rule: BLOCKED, name: '' }))
    .concat(blockerMentions(unit, known));
  const discovered = [...anchored, ...leadTrimmed([...listed, ...firms, ...projects]).map((m) => anchorOnKnown(m, known)).filter((m): m is Mention => !!m)]
    .map(trimLeadWords)
    .filter((m): m is Mention => !!m);
  const all = [...blockers, ...elliptic, ...known, ...units, ...agencies, ...ownZoneMentions(unit, region), ...discovered];
  // Names that can sit inside a longer one: the gazetteer's, and companies found by their ending
  // (`后英集团` in `后英集团产能置换、紫竹集团铁塔用耐候钢等重大项目`).
  const owners = [...listed, ...projects].map((m) => companyAtStart(m, (words) => isDescriptive(words, index))).filter((m): m is Mention => !!m);
  const innerNames = [...known, ...anchored.filter((a) => a.type === 'Enterprise' && !isGenericPlace(a, index)), ...owners, ...innerZoneMentions(anchored, index)];
  let chosen = choose(all, known, innerNames, places, index);
  // A project found only by its ending that turns out to name nothing (`成经开区工字形象廊道工程`) must not
  // hide the names inside it (经开区): choose again without it.
  const empty = new Set(chosen.filter((m) => m.rule.startsWith('project-name') && isGenericProject(m, index)));
  if (empty.size) chosen = choose(all.filter((m) => !empty.has(m)), known, innerNames, places, index);
  const kept = chosen.filter((m) => (!isGenericProject(m, index) || namedBySiblings(m, listed, chosen, index)) && !isGenericPlace(m, index));
  // A place written right before a company opens the company's full name (`鞍山市云数科技…`), it is no mention of its own.
  const opensName = (m: Mention) => m.type === 'AdminArea' && kept.some((o) => o.start === m.end && (o.type === 'Enterprise' || o.type === 'Institution'));
  const drops: [string, (m: Mention) => boolean][] = [
    ['opens-name', opensName],
    ['country-modifier', (m) => countryAsModifier(m, kept)],
    ['in-title', (m) => inTitle(unit.matchText, m)],
  ];
  const final = kept.filter((m) => !drops.some(([, drop]) => drop(m)));
  if (tracing()) {
    for (const m of empty) traceSpan(unit, m, 'drop (generic-project: names nothing, chosen again without it)');
    traceChoice(unit, all.filter((m) => !empty.has(m)), chosen);
    for (const m of chosen) {
      if (!kept.includes(m)) traceSpan(unit, m, `drop (${isGenericProject(m, index) ? 'generic-project' : 'generic-place'})`);
      else if (!final.includes(m)) traceSpan(unit, m, `drop (${drops.find(([, drop]) => drop(m))![0]})`);
      else traceSpan(unit, m, 'keep');
    }
  }
  return withFallback(final, agencies).map(asWritten).map(withRank);
}

/**
 * A gazetteer agency spelled as another city's context alias (`区政府` is
 * 铁西区人民政府 in a Shenyang plan) keeps the grammar's reading of the same
 * span, for a plan where the alias fits no place (resolve falls back on it).
 */
function withFallback(kept: Mention[], agencies: Mention[]): Mention[] {
  return kept.map((m) => {
    if (m.type !== 'GovernmentAgency' || !m.candidates?.every((c) => c.kind === 'context')) return m;
    const same = agencies.find((a) => a.start === m.start && a.end === m.end);
    return same ? { ...m, fallback: same } : m;
  });
}

/**
 * A listed project that names nothing known is still one project when another item of its list names a
 * company or place and it is more than descriptive words: in `金发科技高性能碳纤维及复合材料、贝特瑞锂电池负极材料、
 * 比克科技锂电池正极材料等项目`, 贝特瑞 is a company the gazetteer does not know; in `氢能公交示范线、加氢站等项目`
 * nothing is named.
 */
function namedBySiblings(m: Mention, listed: Mention[], chosen: Mention[], index: GazetteerIndex): boolean {
  if (m.listAt === undefined || m.type !== 'Project') return false;
  // A sibling may have been chosen under another rule (the gazetteer knows it): the chosen mention on its span counts.
  const items = listed.filter((o) => o.listAt === m.listAt && o.type === 'Project' && o.end !== m.end);
  const siblings = chosen.filter((o) => o.type === 'Project' && o.unit === m.unit && items.some((i) => i.end === o.end));
  const text = m.unit.matchText;
  const item = text.slice(m.start, m.end);
  // A brand and a product at least (`膜电极`, `燃料电池` are products); a capacity first names a kind (`500千伏主干网架`);
  // the item must stand whole after `、` or a verb, not be the rest of a longer run (`…研究院碳材料产业基地`, `…及工控与车载液晶显示屏`).
  const whole = text[m.start - 1] === '、' || LEFT_STOP_WORDS.some((w) => w.length > 1 && text.startsWith(w, m.start - w.length));
  // It opens with its own word, not a descriptive one (`中型水库监测系统建设` is a kind).
  const opensWithName = !isDescriptive(item.slice(0, 1), index) && !isDescriptive(item.slice(0, 2), index);
  return item.length >= MIN_NAMED_ITEM && !/^\d/.test(item) && whole && opensWithName && siblings.some((o) => !!o.candidates || !isGenericProject(o, index)) && !isDescriptive(item, index);
}
const MIN_NAMED_ITEM = 5;

/**
 * Rules read matchText (simplified). In a unit written in traditional
 * characters a discovered name is named and identified by its simplified
 * form (`青拓集团`), the written form (`青拓集團`) kept as `written` for the
 * aliases; in a simplified unit a variant character is part of the name as
 * the plan writes it (`汎宇化学`, not `泛宇化学`). Both texts have the same length.
 */
function asWritten(m: Mention): Mention {
  if (m.candidates) return m;
  const simplified = m.unit.matchText.slice(m.start, m.end);
  const written = m.unit.text.slice(m.start, m.end);
  if (simplified === written || !m.name.includes(simplified)) return m;
  const form = m.name.replace(simplified, written);
  return isTraditional(m.unit.text, m.unit.matchText) ? { ...m, written: form } : { ...m, name: form };
}

/** Characters that simplification changes, at least this share of the unit's Han characters (and two of them): a traditional text. */
const TRADITIONAL_SHARE = 0.05;

/** Whether a unit is written in traditional characters: enough of its characters simplify to others, not one variant in a name. */
export function isTraditional(text: string, matchText: string): boolean {
  let changed = 0;
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    if (/\p{Script=Han}/u.test(text[i]!)) han++;
    if (text[i] !== matchText[i]) changed++;
  }
  return changed >= 2 && changed >= han * TRADITIONAL_SHARE;
}

/** One leftmost-longest choice among the proposals (rule priority on equal spans), each chosen name with the names inside it. */
function choose(all: Mention[], known: Mention[], innerNames: Mention[], places: Mention[], index: GazetteerIndex): Mention[] {
  const proposals = all
    .map((m, i) => ({ m, i, p: m.rule === BLOCKED ? -2 : rulePriority(m.rule) }))
    .sort((a, b) => a.p - b.p || a.i - b.i)
    .map(({ m }) => m);
  const selected = selectLeftmostLongest(proposals);
  // A designation blocks the places and companies inside it, not the industry it is about (`先进装备制造业基地`).
  const blocked = selected.filter((m) => m.rule === BLOCKED);
  const industries = selectLeftmostLongest(known.filter((k) => k.type === 'Industry' && blocked.some((b) => b.start <= k.start && k.end <= b.end)));
  const chosen = [...selected, ...industries].filter((m) => m.rule !== BLOCKED && !index.notEntities.has(foldForm(m.name))).sort((a, b) => a.start - b.start);
  for (const m of chosen) {
    // Other spellings of the same entry inside it (`鞍钢矿业东部尾矿再选` in `…再选项目`) are not names inside it.
    const own = new Set((m.candidates ?? []).map((c) => c.entry.id));
    const inside = selectLeftmostLongest(
      innerNames.filter((k) => k.start >= m.start && k.end <= m.end && (k.start > m.start || k.end < m.end) && !k.candidates?.some((c) => own.has(c.entry.id))),
    );
    const samePlace = m.rule.startsWith('ellipsis') ? places.filter((p) => p.start === m.start && p.end === m.end) : [];
    if (inside.length || samePlace.length) m.nested = [...samePlace, ...inside];
    else delete m.nested;
  }
  return chosen;
}
