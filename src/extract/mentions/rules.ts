// The mention stage's rules, one ordered array per phase, read top to bottom
// (issue 9 §5c). index.ts runs them: every `propose` rule over the unit
// (the `known` ones first, then the rest, those reading the discovered names
// last), the `filter` rules of each stage over what the rules before them
// kept, one `choose` rule among the overlapping proposals, the `chosen`
// filters over the choice. A rule is one entry here plus the file that does
// the work; tests/extract/rules.test.ts holds a sentence for each id and fails
// for a rule without one. How to add one: src/extract/README.md.
import { unitListMentions } from './agency.js';
import { endsInDepartment, levelEndsWord, placeLookup } from './agency-grammar.js';
import { agencyTextMentions } from './agency-text.js';
import { BLOCKED, nonEntityEndings, titleListItems } from './blockers.js';
import { chooseMentions } from './choose.js';
import { ellipsisMentions } from './ellipsis.js';
import { countedListMentions, exactCountMentions } from './counted-list.js';
import { enumerationMentions } from './enumeration.js';
import { facilityListMentions } from './facility-list.js';
import { anchorOnKnown, isGenericPlace, isGenericProject, namedBySiblings } from './filters.js';
import { firmDesignationMentions } from './firm-designation.js';
import { firmListMentions } from './firm-list.js';
import { firmSubjectMentions } from './firm-subject.js';
import { countryAsModifier } from './foreign.js';
import { gazetteerMentions } from './gazetteer.js';
import { trimLeadWords } from './lead-words.js';
import { listMateMentions } from './list-mates.js';
import type { Mention } from './mention.js';
import { ownZoneMentions } from './own-zone.js';
import { parksNamedByClause } from './park-context.js';
import { phaseProjectMentions } from './phase-project.js';
import { placeLengthAt } from './place-at.js';
import { projectEventMentions } from './project-event.js';
import { projectNameMentions } from './project-name.js';
import { siftReference, townMentions } from './reference.js';
import { routeMentions } from './route-name.js';
import { dropWhere, reviseEach, type ChooseRule, type FilterRule, type ProposeRule } from './rule.js';
import { suffixMentions } from './suffix.js';
import { inTitle } from './titles.js';

/**
 * Proposals, in the order they enter the choice: on the same span the lower priority wins, then the
 * earlier rule here. Priorities: blockers -2, ellipsis heads -1 (they beat the place they name), known
 * names 0, names read by grammar 1, names by their ending 2, names from lists and clauses 4.
 */
export const PROPOSE: readonly ProposeRule[] = [
  // Names the gazetteer and the division reference know: every later rule reads them as `known`.
  {
    id: 'gazetteer', phase: 'propose', priority: 0, kind: 'known', reads: 'unit',
    about: 'a name the gazetteer knows, by one automaton pass (`鞍山市`, `鞍钢`)',
    run: (unit, { index }) => gazetteerMentions(unit, index),
  },
  {
    id: 'reference', phase: 'propose', priority: 0, kind: 'known', reads: 'known',
    about: 'a town of the plan\'s region, or one written after its county (`海城西柳`)',
    run: (unit, { known, region, index }) => townMentions(unit, known, region, index),
  },
  // Names read by a grammar.
  {
    id: 'unit-list', phase: 'propose', priority: 1, kind: 'read', reads: 'unit',
    about: 'a body in a 责任单位/牵头单位 list (`牵头单位:市发展改革委`)',
    run: (unit, { index, region }) => unitListMentions(unit, region, index.notEntities, placeLookup(index.lookup)),
  },
  {
    id: 'agency', phase: 'propose', priority: 1, kind: 'read', reads: 'known',
    about: 'a government body in running text, by place + department stem (`经省政府批准`)',
    run: (unit, { region, known }) => agencyTextMentions(unit, region, known),
  },
  {
    id: 'own-zone', phase: 'propose', priority: 1, kind: 'read', reads: 'unit',
    about: 'a development zone plan names itself by its bare kind (`高新区` in the zone\'s own plan)',
    run: (unit, { region }) => ownZoneMentions(unit, region),
  },
  // Names discovered by their shape: refined by the `discovered` and `proposed` filters.
  {
    id: 'suffix', phase: 'propose', priority: 2, kind: 'discovered', reads: 'unit',
    about: 'a name by its ending (`…有限公司`, `…产业园`, `…研究院`)',
    run: (unit, { index, descriptive }) =>
      suffixMentions(unit, {
        descriptive,
        // Any place spelling, even one read as a modifier (`辽宁` in `辽宁东和…`).
        placeAt: (at) => placeLengthAt(unit.matchText.slice(at), index) > 0,
      }),
  },
  {
    id: 'enum-before', phase: 'propose', priority: 4, kind: 'discovered', reads: 'unit',
    about: 'the items of a list closed by its type (`依托鞍钢、云数科技等重点企业`)',
    run: (unit, { descriptive }) => enumerationMentions(unit, descriptive),
  },
  {
    id: 'counted-list', phase: 'propose', priority: 4, kind: 'discovered', reads: 'unit',
    about: 'the items of a list closed by a count of projects (`A、B等6个项目开工`); labelled `enum-before` like other list items',
    run: (unit, { index }) => countedListMentions(unit, index),
  },
  {
    // Ahead of the blockers: the count outweighs an ending that usually names a designation (`…生产基地`).
    id: 'exact-count', phase: 'propose', priority: -3, kind: 'discovered', reads: 'unit',
    about: 'the items of a project list as many as its count (`计划新开工项目9项,分别为A、B…`, `A、B和C 3个子项目`)',
    run: (unit) => exactCountMentions(unit),
  },
  {
    id: 'firm-list', phase: 'propose', priority: 4, kind: 'discovered', reads: 'unit',
    about: 'firm-shaped items after a firm verb or in `以…为依托` (`引进三安光电、拓荆科技`)',
    run: (unit, { descriptive }) => firmListMentions(unit, descriptive),
  },
  {
    id: 'firm-subject', phase: 'propose', priority: 4, kind: 'discovered', reads: 'unit',
    about: 'firm-shaped subjects of a firm predicate (`沈鼓集团荣获…`), or a list counted after it (`A、B两家企业`)',
    run: (unit, { descriptive }) => firmSubjectMentions(unit, descriptive),
  },
  {
    id: 'firm-designation', phase: 'propose', priority: 4, kind: 'discovered', reads: 'known',
    about: 'the subject of a designation that says it is a firm (`金岚动力连续入选中国汽车工业百强榜`)',
    run: (unit, { descriptive, known }) =>
      firmDesignationMentions(unit, { descriptive, knownOther: (start, end) => known.some((m) => m.type !== 'Enterprise' && m.start < end && m.end > start) }),
  },
  {
    id: 'list-mates', phase: 'propose', priority: 4, kind: 'discovered', reads: 'known',
    about: 'brand-shaped items listed with a known firm (`引进华为、德硕、金岚等龙头`)',
    run: (unit, { descriptive, known }) => listMateMentions(unit, { descriptive, known }),
  },
  {
    id: 'project-name', phase: 'propose', priority: 4, kind: 'discovered', reads: 'unit',
    about: 'a project by its ending (`…项目`, `…工程`)',
    run: (unit) => projectNameMentions(unit),
  },
  {
    id: 'route-name', phase: 'propose', priority: 3, kind: 'discovered', reads: 'unit',
    about: 'a road, rail or line named by its ends (`A至B高速公路`, `A至B、C至D等铁路`)',
    run: (unit, { index }) => routeMentions(unit, index),
  },
  {
    id: 'phase-project', phase: 'propose', priority: 9, kind: 'discovered', reads: 'unit',
    about: 'a project named with its phase (`…一期项目`, `…(二期)工程`)',
    run: (unit, { index }) => phaseProjectMentions(unit, index),
  },
  {
    id: 'facility-list', phase: 'propose', priority: -1, kind: 'discovered', reads: 'unit',
    about: 'facilities listed by place before one shared kind (`改扩建敦煌、嘉峪关和庆阳机场`)',
    run: (unit, { index }) => facilityListMentions(unit, index),
  },
  {
    id: 'project-event', phase: 'propose', priority: 9, kind: 'discovered', reads: 'unit',
    about: 'a project followed by a verb of its own events (`…项目完成投资`, `…项目启动建设`)',
    run: (unit, { index }) => projectEventMentions(unit, index),
  },
  // Read from the names above.
  {
    id: 'ellipsis', phase: 'propose', priority: -1, kind: 'read', reads: 'discovered',
    about: 'heads sharing the tail of a name found by its ending (`建昌、绥中、兴城交通物流园`)',
    run: (unit, { known, discovered, descriptive }) =>
      ellipsisMentions(unit, discovered.get('suffix') ?? [], known.filter((m) => m.type === 'AdminArea'), known, descriptive),
  },
  // Spans that are no entity: they win their span and yield nothing (rule label `not-entity`).
  {
    id: 'not-entity', phase: 'propose', priority: -2, kind: 'blocker', reads: 'unit',
    about: 'a phrase the gazetteer lists as no entity (`notEntities`)',
    run: (unit, { index }) => index.notMatcher.findAll(unit.matchText).map((hit): Mention => ({ unit, start: hit.start, end: hit.end, type: 'AdminArea', rule: BLOCKED, name: '' })),
  },
  {
    id: 'not-entity-ending', phase: 'propose', priority: -2, kind: 'blocker', reads: 'known',
    about: 'an event, market or goal named like a place (`辽宁国际投资贸易洽谈会`, `…基地`)',
    run: (unit, { known }) => nonEntityEndings(unit, known),
  },
  {
    id: 'title-list', phase: 'propose', priority: -2, kind: 'blocker', reads: 'unit',
    about: 'the items of a list closed by `等称号` are titles (`入选国家级经济技术开发区等称号`)',
    run: (unit) => titleListItems(unit),
  },
];

/** Filters, by stage (rule.ts FilterStage); within a stage, top to bottom. */
export const FILTER: readonly FilterRule[] = [
  {
    id: 'reference-scope', phase: 'filter', priority: 0, on: 'known', only: ['gazetteer'],
    about: 'a division form outside the plan\'s region, or a brand without a company context, is no mention',
    run: (proposals, { region, index }) => siftReference(proposals, region, index),
  },
  {
    id: 'level-ends-word', phase: 'filter', priority: 0, on: 'known', only: ['gazetteer'],
    about: 'a bare level ending another word (`各市政府`) or 部 of 部门 (`商务部门`) is no body',
    run: (proposals) => dropWhere(proposals, (m) => m.type === 'GovernmentAgency' && (levelEndsWord(m.unit.matchText, m.start) || endsInDepartment(m.unit.matchText, m.end))),
  },
  {
    // Before the known names inside are read, so a company opening the name is its owner:
    // `世界500强企业中化(青岛)实业有限公司` is a subsidiary of 中化, not `(青岛)实业有限公司`.
    id: 'lead-words', phase: 'filter', priority: 0, on: 'discovered',
    about: 'a discovered name never starts with a verb, preposition or rank (`满足中海油岸电`)',
    run: (proposals) => reviseEach(proposals, trimLeadWords),
  },
  {
    id: 'anchor-on-known', phase: 'filter', priority: 0, on: 'discovered',
    about: 'a discovered span is cut at the known names inside it (`台安农业高新技术产业园晋升省级经济开发区`)',
    run: (proposals, { known }) => reviseEach(proposals, (m) => anchorOnKnown(m, known)),
  },
  {
    id: 'park-clause', phase: 'filter', priority: 0, on: 'discovered', only: ['suffix'],
    about: 'a clause makes a descriptive park one park (`建成省大数据产业园`)',
    run: (proposals, { descriptive }) => ({ kept: parksNamedByClause(proposals, descriptive), dropped: [] }),
  },
  {
    id: 'lead-words-after-cut', phase: 'filter', priority: 0, on: 'proposed',
    about: 'a span cut at a known name may open with a lead word: cut again',
    run: (proposals) => reviseEach(proposals, trimLeadWords),
  },
  {
    id: 'generic-project', phase: 'filter', priority: 0, on: 'chosen',
    about: 'a listed project naming nobody and nowhere is a kind (`氢能公交示范线、加氢站等项目`)',
    run: (proposals, { index, raw, chosen }) => dropWhere(proposals, (m) => isGenericProject(m, index) && !namedBySiblings(m, [...(raw.get('enum-before') ?? []), ...(raw.get('counted-list') ?? [])], chosen, index)),
  },
  {
    id: 'generic-place', phase: 'filter', priority: 0, on: 'chosen',
    about: 'a discovered park, institute or firm named only by descriptive words (`现代农业产业园`)',
    run: (proposals, { index }) => dropWhere(proposals, (m) => isGenericPlace(m, index)),
  },
  {
    id: 'country-modifier', phase: 'filter', priority: 0, on: 'chosen',
    about: 'a country glued to a foreign brand is its nationality (`对标美国辉瑞、德国拜耳等`)',
    run: (proposals) => dropWhere(proposals, (m) => countryAsModifier(m, proposals)),
  },
  {
    id: 'opens-name', phase: 'filter', priority: 0, on: 'chosen',
    about: 'a place right before a company opens its full name (`鞍山市云数科技…`)',
    run: (proposals) =>
      dropWhere(proposals, (m) => m.type === 'AdminArea' && proposals.some((o) => o.start === m.end && (o.type === 'Enterprise' || o.type === 'Institution'))),
  },
  {
    id: 'in-title', phase: 'filter', priority: 0, on: 'chosen',
    about: 'bodies and places inside a document title speak in its voice (`《国务院关于…的意见》`)',
    run: (proposals) => dropWhere(proposals, (m) => inTitle(m.unit.matchText, m)),
  },
];

/** The choice among overlapping proposals (one rule). */
export const CHOOSE: readonly ChooseRule[] = [
  {
    id: 'overlap', phase: 'choose', priority: 0,
    about: 'leftmost-longest among overlapping proposals, lower priority on equal spans; names inside a chosen one kept as nested',
    run: chooseMentions,
  },
];

/** Lower wins on equal spans: each propose rule's priority, by id (the one table, derived from PROPOSE). */
export const RULE_PRIORITY: ReadonlyMap<string, number> = new Map(PROPOSE.map((r) => [r.id, r.priority]));
