// Names listed before a closing type word: `依托鞍钢、云数科技、希思腾科等重点企业`
// names three enterprises whether or not the gazetteer knows them.
import { lexiconLongestFirst } from '../lexicon.js';
import type { EntityType } from '../types.js';
import type { TextUnit } from '../units.js';
import { isNameChar, leftBoundary, trimLeadIn } from './boundary.js';
import { isFirmShaped } from './firm-list.js';
import type { Mention } from './mention.js';

/** What follows `等` → the type of the listed names. Longest first. */
export const LIST_CLOSERS: readonly [string, EntityType][] = [
  ['等龙头企业', 'Enterprise'],
  ['等重点企业', 'Enterprise'],
  ['等骨干企业', 'Enterprise'],
  ['等领军企业', 'Enterprise'],
  ['等优势企业', 'Enterprise'],
  ['等头部企业', 'Enterprise'],
  ['等知名企业', 'Enterprise'],
  ['等一批企业', 'Enterprise'],
  ['等企业', 'Enterprise'],
  ['等重点项目', 'Project'],
  ['等重大项目', 'Project'],
  ['等项目', 'Project'],
  ['等重点园区', 'IndustrialPark'],
  ['等园区', 'IndustrialPark'],
  ['等科研院所', 'Institution'],
  ['等高校', 'Institution'],
];

/**
 * A project list may name what its items share between `等` and `项目`:
 * `西鞍山、陈台沟等特大型铁矿项目` lists 西鞍山铁矿项目 and 陈台沟铁矿项目.
 * Stage, size and rank words there describe the list, not the names
 * (seed/lexicon/project-list-qualifiers.json): `北方国际健康城等一批项目` lists
 * 北方国际健康城(项目), `等大负荷和重点项目` shares nothing.
 */
const SHARED_PROJECT_TAIL = /^等(\p{Script=Han}{1,12}?)项目/u;

/** What the items of a project list share once the list's qualifiers are cut: `特大型铁矿` → `铁矿`, `一批` → ``. */
export function sharedProjectKind(between: string): string {
  const qualifiers = lexiconLongestFirst('project-list-qualifiers');
  let rest = between;
  for (;;) {
    const q = qualifiers.find((w) => rest.startsWith(w)) ?? (/^[和及与、]/.test(rest) ? rest[0] : undefined);
    if (!q) return rest;
    rest = rest.slice(q.length);
  }
}
/** Shared words that are kinds, not names: `数字经济、新能源等领域项目`. */
const KIND_WORDS = /^(领域|方面|行业|产业|类|各类|新兴产业|基础设施)$/;

/** Shared tails of a project list written without `等` (see enumerationMentions). */
const BARE_PROJECT_CLOSER = /(?:重点|重大)项目|项目建设/gu;

/** Separators between list items; `和`/`及` only join the last item and are handled by trimLeadIn. */
const ITEM_SEPARATOR = '、';
const MAX_ITEM = 24;
const MIN_ITEM = 2;

/**
 * `等` + scope and rank words + `企业` closes a list of firms too, beyond the
 * fixed closers above: `对接三安光电、芯源微电子、拓荆科技等国内头部企业`,
 * `推进市燃气集团、市温泉集团等国有企业混合所有制改革`, `依托现有东北制药等区内企业`,
 * `集聚了聚龙股份、荣信汇科、森远路桥、创鑫激光等一批代表性企业`.
 * Only scope, rank and ownership words: `等配套企业`, `等领域企业`, `等科技服务企业` close lists of
 * kinds (电解液, 制储氢设备制造, 知识产权), not of firms. A count of firms says so alone
 * (`与A、B等14家企业签约`), and a batch may be described before its rank
 * (`A、B等一批关联度大、带动性强的行业龙头企业入驻`).
 */
const SCOPE = '(?:国内外|国内|国际|全国|全球|省内|市内|区内|县内|域内|本地|行业|现有)';
const RANK = '(?:知名|头部|龙头|骨干|重点|领军|优势|优质|大型|上市|国有|民营|外资|链主|核心|标杆|代表性)';
/** How many firms: `12家`, `十余家`, `数十家`, `近30家`. */
const FIRM_COUNT = '(?:近|约|超过|超)?(?:\\d+|[一二两三四五六七八九十百几数]+)(?:余|多)?家';
/** What a batch of firms is like, closed by 的: `一批关联度大、带动性强的`. */
const BATCH_WITH_TRAITS = '(?:一批|一大批)[^,。;:!?,;:]{2,16}?的';
const FIRM_CLOSER = new RegExp(
  `^等(?:${FIRM_COUNT}(?:${SCOPE}|${RANK})*|(?:${BATCH_WITH_TRAITS}|一批|一大批)?(?:${SCOPE}${RANK}*|${RANK}+))企业`,
  'u',
);
/** `等食品加工企业38家`, `等装备制造企业37家`: a kind of firm, then their count. */
const COUNTED_KIND_CLOSER = new RegExp(`^等\\p{Script=Han}{2,8}?企业${FIRM_COUNT}`, 'u');

/**
 * Rank words close a list of parks likewise: `积极与泰州中国医药城、苏州高新区、上海张江药谷、北京大兴生物医药基地等先进园区
 * 建立战略合作关系`. Kind words (`等现代物流园区`, `等文化创意园区`) are left to the fixed closers.
 */
const PARK_CLOSER = new RegExp(`^等(?:${SCOPE}|${RANK}|先进|一流|国家级|省级|特色)+园区`, 'u');

/** `descriptive` says whether words only describe (generic.ts): `新材料`, `商贸流通` are classes of project. */
export function enumerationMentions(unit: TextUnit, descriptive: (words: string) => boolean = () => false): Mention[] {
  const text = unit.matchText;
  const mentions: Mention[] = [];
  for (let at = text.indexOf('等'); at !== -1; at = text.indexOf('等', at + 1)) {
    const closer = FIRM_CLOSER.exec(text.slice(at))?.[0];
    if (closer && !LIST_CLOSERS.some(([c]) => text.startsWith(c, at))) {
      mentions.push(...listItems(unit, at, 'Enterprise', `enum-before:${closer}`));
      continue;
    }
    // `等食品加工企业38家`: a kind of firm counted after it; the items are firms unless one is only descriptive words.
    const counted = COUNTED_KIND_CLOSER.exec(text.slice(at))?.[0];
    const items = counted ? listItems(unit, at, 'Enterprise', 'enum-before:等…企业N家') : [];
    if (items.length && !items.some((m) => descriptive(m.name))) mentions.push(...items);
  }
  for (let at = text.indexOf('等'); at !== -1; at = text.indexOf('等', at + 1)) {
    const closer = PARK_CLOSER.exec(text.slice(at))?.[0];
    if (!closer || LIST_CLOSERS.some(([c]) => text.startsWith(c, at))) continue;
    mentions.push(...listItems(unit, at, 'IndustrialPark', `enum-before:${closer}`));
  }
  for (let at = text.indexOf('等'); at !== -1; at = text.indexOf('等', at + 1)) {
    const shared = SHARED_PROJECT_TAIL.exec(text.slice(at));
    if (!shared || LIST_CLOSERS.some(([c]) => text.startsWith(c, at))) continue;
    const kind = sharedProjectKind(shared[1]!);
    if (KIND_WORDS.test(kind)) continue;
    // A class of projects (`等新材料项目`, `等商贸流通项目 3 个`) is what the items are, not a word they share:
    // each item is named as written (+ 项目), `…生产线`, `…养殖场` stay whole.
    if (kind && descriptive(kind)) {
      mentions.push(...listItems(unit, at, 'Project', 'enum-before:等…类项目'));
      continue;
    }
    if (kind.length > 6) continue;
    const tail = `${kind}项目`;
    mentions.push(...listItems(unit, at, 'Project', `enum-before:等…${tail}`).map((m) => ({ ...m, name: m.name.replace(/项目$/, '') + tail })));
  }
  // A list of projects needs no `等` before a shared `重点项目`/`重大项目`/`项目建设`:
  // `加快徐大堡核电、绥中LNG接收站重点项目建设`, `推进鞍山陆港、鞍台高速项目建设`.
  for (const m of text.matchAll(BARE_PROJECT_CLOSER)) {
    const at = m.index!;
    if (text[at - 1] === '等' || !(isNameChar(text[at - 1]) || GROUP_CLOSE.includes(text[at - 1]!))) continue;
    const items = listItems(unit, at, 'Project', `enum-before:${m[0]}`);
    // An item running over `等` belongs to an `等…` list (`新福源减速机等一批带动产业升级项目`), not to this one.
    if (items.length >= 2 && !items.some((i) => text.slice(i.start, i.end).includes('等'))) mentions.push(...items);
  }
  for (const [closer, type] of LIST_CLOSERS) {
    for (let at = text.indexOf(closer); at !== -1; at = text.indexOf(closer, at + 1)) {
      // A longer closer at the same place was already used (`等重点企业` before `等企业`).
      if (LIST_CLOSERS.some(([c]) => c.length > closer.length && text.startsWith(c, at) && c !== closer)) continue;
      mentions.push(...listItems(unit, at, type, `enum-before:${closer}`));
    }
  }
  return mentions;
}

/** Words that join a second clause to the first: a list item never holds one. */
const CLAUSE_JOINERS = /以及|还有|同时/u;

/** The items of a `、` list that ends at `at`, first item bounded by its clause's lead-in. */
function listItems(unit: TextUnit, at: number, type: EntityType, rule: string): Mention[] {
  const text = unit.matchText;
  const mentions: Mention[] = [];
  let end = at;
  for (;;) {
    const { start, keep } = itemCharsBefore(text, end, MAX_ITEM + 8);
    // The first item runs back to the clause's lead-in: `台安经济开发区依托泛宇化学、…` starts after 依托.
    const middle = text[start - 1] === ITEM_SEPARATOR;
    // A clause joined on inside an item (`A、B2个援藏项目以及企业投资的C、D等项目`) is where this list starts,
    // and its first item follows that clause's own lead-in.
    const joined = middle ? CLAUSE_JOINERS.exec(text.slice(start, end)) : null;
    const first = joined ? start + joined.index + joined[0].length : start;
    const itemStart = middle && !joined ? trimLeadIn(text, start, end) : firstItemStart(text, first, Math.max(keep, first), end);
    const lastLeadIn = lastJoiner(text, itemStart, end, type);
    const s = lastLeadIn ?? itemStart;
    if (end - s >= MIN_ITEM && end - s <= MAX_ITEM) mentions.push({ unit, start: s, end, type, rule, name: canonical(text.slice(s, end), type), listAt: at });
    if (lastLeadIn !== undefined && lastLeadIn > itemStart) {
      // `A和B等企业`: A is an item too.
      const joinerAt = lastLeadIn - 1;
      const a = trimLeadIn(text, itemStart, joinerAt);
      if (joinerAt - a >= MIN_ITEM && joinerAt - a <= MAX_ITEM) mentions.push({ unit, start: a, end: joinerAt, type, rule, name: canonical(text.slice(a, joinerAt), type), listAt: at });
    }
    if (middle && start === itemStart) end = start - 1;
    else break;
  }
  return mentions;
}

/**
 * The first item starts after its clause's lead-in. A bracketed group or hyphen inside it (`keep`) is
 * part of the name, so the lead-in is looked for left of it, unless a lead-in stands after the group:
 * `鼓励各县(市、区)因地制宜发展美食街、…等餐饮项目` starts at 美食街.
 */
function firstItemStart(text: string, start: number, keep: number, end: number): number {
  const plain = leftBoundary(text, Math.max(start, end - MIN_ITEM), end, end - start);
  // `plain` cut by a lead-in word (a name character before it), not by the group's own bracket.
  return plain > keep && isNameChar(text[plain - 1]) ? plain : leftBoundary(text, Math.max(start, Math.min(keep, end - MIN_ITEM)), end, end - start);
}

/** A listed project is named with the `项目` the list shares: `海镁混改` in `海镁混改等项目` is 海镁混改项目; an item named `…工程` keeps its own ending. */
const canonical = (item: string, type: EntityType): string => (type === 'Project' && !/(项目|工程)$/.test(item) ? `${item}项目` : item);

/** In `A和B`, the start of B (after the last `和`/`及`/`与`), when both sides are long enough to be names. */
export function lastJoiner(text: string, start: number, end: number, type: EntityType): number | undefined {
  for (let i = end - MIN_ITEM - 1; i >= start + MIN_ITEM; i--) {
    // `A及IC` is one product name: both sides must be words.
    // `以及` is one word: the clause's lead-in, not a joiner inside an item (`A2个援藏项目以及B等项目`).
    if (!'和及与'.includes(text[i]!) || (text[i] === '及' && text[i - 1] === '以') || !/\p{Script=Han}{2}/u.test(text.slice(i + 1, end))) continue;
    // In a project list, after a company's product `及` joins a second product of the same project
    // unless another company opens the right side: `杭州利尔达科技物联网系统及物联网产品`,
    // `金发科技高性能碳纤维及复合材料` are one project each.
    if (type === 'Project' && text[i] === '及' && isFirmShaped(firmPrefix(text.slice(start, i))) && !isFirmShaped(firmPrefix(text.slice(i + 1, end)))) continue;
    return i + 1;
  }
  return undefined;
}

/** The start of `s` up to its first firm ending, if any (`长飞光纤` → none, `宁波科技锂电池` → 宁波科技). */
function firmPrefix(s: string): string {
  for (let end = 4; end <= Math.min(s.length, 10); end++) if (isFirmShaped(s.slice(0, end))) return s.slice(0, end);
  return '';
}

/** Brackets and quotes a listed project may carry inside its name: `优迅科技高速半导体激光器(5G)`, `迈格钠“中国磁谷”`. */
const GROUP_OPEN = '((“';
const GROUP_CLOSE = '))”';
const MAX_GROUP = 8;

/**
 * Where the item ending at `end` starts, scanning back over name characters, short bracketed or quoted
 * groups and a hyphen between Latin letters or digits (`NB-IOT`); `keep` is where the last such group
 * or hyphen starts (the part a lead-in cut must not enter).
 */
export function itemCharsBefore(text: string, end: number, max: number): { start: number; keep: number } {
  let start = end;
  let keep = end;
  while (start > 0 && end - start < max) {
    const ch = text[start - 1]!;
    if (isNameChar(ch)) {
      start--;
      continue;
    }
    const close = GROUP_CLOSE.indexOf(ch);
    if (close !== -1) {
      const open = text.lastIndexOf(GROUP_OPEN[close]!, start - 2);
      if (open === -1 || start - 1 - open > MAX_GROUP || open === 0 || !isNameChar(text[open - 1])) break;
      start = open;
      keep = open;
      continue;
    }
    if (ch === '-' && /[A-Za-z0-9]/.test(text[start - 2] ?? '') && /[A-Za-z0-9]/.test(text[start] ?? '')) {
      start--;
      keep = start;
      continue;
    }
    break;
  }
  return { start, keep };
}
