// Filters over proposed names: descriptive names are dropped, discovered
// spans are cut at the gazetteer names inside them.
import type { GazetteerIndex } from '../gazetteer-index.js';
import { LEGAL_ENDINGS } from '../resolve.js';
import { BLOCKED } from './blockers.js';
import { EXACT_COUNT_RULES } from './counted-list.js';
import { LEFT_STOP_WORDS, trimLeadIn } from './boundary.js';
import { isDescriptive } from './generic.js';
import type { Mention } from './mention.js';
import { NAME_SUFFIXES } from './suffix.js';

/** A discovered park, institute or company whose name is only descriptive words (see generic.ts). */
export function isGenericPlace(m: Mention, index: GazetteerIndex): boolean {
  if (m.candidates || !DESCRIBED_TYPES.has(m.type) || m.namedBy) return false;
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
/** Park endings (suffix.ts): a listed `…产业园` is a park even in a list of projects. */
const PARK_ENDINGS = NAME_SUFFIXES.filter(([, type]) => type === 'IndustrialPark').map(([s]) => s);

/** A subsidiary's own name ends in an org form (`鞍钢化学科技`, `国网鞍山供电公司`), not `华晨宝马研发中心`. */
const COMPANY_FORM = /(公司|集团|股份|科技)$/;

/** Endings so generic that only a place in front makes a name. */
const PLACE_FIRST_SUFFIXES = ['高新区', '经开区', '新区'];

export function anchorOnKnown(m: Mention, known: readonly Mention[]): Mention | undefined {
  if (m.candidates || m.rule === BLOCKED || m.rule.startsWith('ellipsis') || m.rule === 'unit-list') return m;
  // Places and industries are ordinary parts of names (`溪湖钢铁深加工产业园`); companies, parks and institutes are not.
  const inside = known.filter(
    (k) => k.start >= m.start && k.end <= m.end && k.end - k.start < m.end - m.start && k.type !== 'AdminArea' && k.type !== 'Industry' && k.candidates?.some((c) => c.kind !== 'context'),
  );
  if (inside.some((k) => k.end === m.end)) return undefined;
  // `依托优迅科技光电子产业园项目`: a known name, or a park's name by its ending, + a bare 项目/工程 is
  // that name, not a project of its own (`中科鞍镓半导体产业园、…等项目` lists a park).
  if (m.type === 'Project' && inside.some((k) => k.start === m.start && /^(项目|工程)$/.test(m.unit.matchText.slice(k.end, m.end)))) return undefined;
  if (m.type === 'Project' && PARK_ENDINGS.some((e) => m.name.replace(/(项目|工程)$/, '').endsWith(e))) return undefined;
  // One stray character before an industry is a verb's tail, not a name: `新(改)建文化产业园区`.
  if (known.some((k) => k.type === 'Industry' && k.start - m.start === 1 && k.end <= m.end)) return undefined;
  // Some endings name a park only after a place: `苏州高新区`, not `开展高新区`.
  if (PLACE_FIRST_SUFFIXES.some((s) => m.rule === `suffix:${s}`) && !known.some((k) => k.start === m.start && k.type === 'AdminArea')) return undefined;
  // A project, park or institute opens with the company or institute it is named after (`鞍钢钢渣处理升级改造`,
  // `中科鞍镓半导体产业园`, `鞍钢集团钢铁研究院`, `中科院金属研究所`): its owner, not a lead-in to cut.
  // A park inside a park's span still cuts it (`台安农业高新技术产业园晋升省级经济开发区`).
  // A company opens with its group's name likewise (`鞍钢化学科技`, `华润水泥(封开)`, `国网鞍山供电公司`): a subsidiary.
  const owned = m.type === 'IndustrialPark' || m.type === 'Institution';
  const owner = (k: Mention) =>
    k.start === m.start && (m.type === 'Project' || (owned && (k.type === 'Enterprise' || k.type === 'Institution')) || (m.type === 'Enterprise' && k.type === 'Enterprise' && COMPANY_FORM.test(m.name)));
  const last = inside.filter((k) => !owner(k)).sort((a, b) => b.end - a.end)[0];
  if (!last) return m;
  const start = trimLeadIn(m.unit.matchText, last.end, m.end);
  if (m.end - start < 4) return undefined;
  return { ...m, start, name: m.unit.matchText.slice(start, m.end) };
}

/**
 * A listed project that names nobody and nowhere is a kind of project, not
 * one project: `结合油氢混合站、氢能公交示范线等项目`. Named ones carry a
 * company or place (`西鞍山铁矿`, `海镁混改`) or head a shared tail.
 */
/**
 * A stated capacity after a name makes a listed project one project:
 * `辽能南票200MW风力发电`, `中国三峡新能源350兆瓦风电`, `某某年产10万吨…`. A capacity
 * that opens the item names a kind (`500千伏主干网架`), so two name characters must come first.
 */
const CAPACITY = /\p{Script=Han}{2}(?<!年产)(?:年产)?\d+(?:\.\d+)?\s*(?:万吨|吨|MW|GW|KV|kV|兆瓦|万千瓦|千瓦|千伏|万千伏安|英寸|万平方米|万套|万台|万辆|亿只|万只)/u;

export function isGenericProject(m: Mention, index: GazetteerIndex): boolean {
  if (m.type !== 'Project' || !(m.rule.startsWith('enum-before') || m.rule.startsWith('project-name')) || namesSomething(m)) return false;
  if (CAPACITY.test(m.unit.matchText.slice(m.start, m.end)) || EXACT_COUNT_RULES.has(m.rule) || listHappens(m)) return false;
  // Heads of a shared tail (`西鞍山、陈台沟等特大型铁矿项目`) are names by construction, unless descriptive.
  if (m.rule.startsWith('enum-before:等…')) return isDescriptive(m.unit.matchText.slice(m.start, m.end), index);
  return true;
}

/**
 * A list whose closer says the projects were finished (`欧科亿三期、钰晶人造金刚石等项目竣工投产`): kinds of
 * project are not finished as such (project-event.ts), so each item is one project, however it is named.
 */
function listHappens(m: Mention): boolean {
  return m.listAt !== undefined && LIST_DONE.test(m.unit.matchText.slice(m.listAt));
}
/** `等…项目` + events a report says happened to the listed projects (not 落地, 签约: a plan's aims for kinds of project too). */
const LIST_DONE = /^等[^,。;,;]{0,8}?项目(?:建设)?(?:已|全面|顺利|相继|先后|均)?(?:竣工投产|竣工|投产|建成投产|建成投用|完工|达产|封顶)/u;

/** A place, company, park or institute inside (an industry word is not a name: `有色金属综合回收`). */
function namesSomething(m: Mention): boolean {
  return !!m.nested?.some((n) => n.type !== 'Industry' && (n.candidates ? n.candidates.some((c) => c.kind !== 'context') : true));
}

/**
 * A listed project that names nothing known is still one project when another item of its list names a
 * company or place and it is more than descriptive words: in `金发科技高性能碳纤维及复合材料、贝特瑞锂电池负极材料、
 * 比克科技锂电池正极材料等项目`, 贝特瑞 is a company the gazetteer does not know; in `氢能公交示范线、加氢站等项目`
 * nothing is named. `listed`: the list rule's proposals as it made them; `chosen`: the choice.
 */
export function namedBySiblings(m: Mention, listed: readonly Mention[], chosen: readonly Mention[], index: GazetteerIndex): boolean {
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
