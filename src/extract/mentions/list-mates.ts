// Items listed with a known firm are firms too, when they have a brand's shape:
// `引进华为、德硕、金岚等龙头` (anshan-hitech: `引进宝武、鞍钢…`): a 、 list closed by 等 or
// clause punctuation, one item the gazetteer knows as an enterprise (the whole
// item), every other item 2–6 characters that are no description, count, place,
// industry or other known name. `依托鞍钢、冶金、矿山等优势` stays unread: 冶金 is a kind.
import type { TextUnit } from '../units.js';
import { LEFT_STOP_WORDS } from './boundary.js';
import type { Mention } from './mention.js';

const MIN_ITEM = 2;
const MAX_ITEM = 6;
const NAME = /^[\p{Script=Han}A-Za-z]+$/u;
/** Pronouns, counts and classes are no brands (`我市`, `一批`, `龙头企业`). */
const NOT_A_BRAND = /[我全各该本其此这一二三四五六七八九十百千万亿批个]|企业|产业|行业|项目|园区|基地|城市|[市县区镇省乡村]$/u;
/** What may stand between items. */
const LIST_CHAR = /[\p{Script=Han}A-Za-z0-9、]/u;
/** A list is closed by `等` or clause punctuation. */
const CLOSER = /^(?:等|[,。;:!?,;:!?]|$)/u;
/**
 * What `等` names when the items are no firms: `德邻陆港、鞍钢值采等电商平台`, `…等龙头物流园区`
 * (anshan-14fyp) list platforms and parks, some of them known firms' names.
 */
const THING_HEADS = ['平台', '园区', '园', '项目', '工程', '基地', '产品', '品牌', '中心', '港', '城', '景区', '市场', '产业'];
const FIRM_HEAD = /企业|公司|集团|机构/u;
const HEAD_SPAN = 12;

export interface ListMateTests {
  descriptive: (core: string) => boolean;
  /** The gazetteer's mentions in the unit: the known firms, and names no item may overlap. */
  known: readonly Mention[];
}

export function listMateMentions(unit: TextUnit, { descriptive, known }: ListMateTests): Mention[] {
  const text = unit.matchText;
  const mentions: Mention[] = [];
  const seen = new Set<number>();
  for (const firm of known) {
    if (firm.type !== 'Enterprise') continue;
    // The run of list characters around the known firm.
    let start = firm.start;
    while (start > 0 && LIST_CHAR.test(text[start - 1]!)) start--;
    let end = firm.end;
    while (end < text.length && LIST_CHAR.test(text[end]!) && text[end] !== '等') end++;
    if (seen.has(start) || !text.slice(start, end).includes('、') || !CLOSER.test(text.slice(end))) continue;
    const head = /^等([^,。;:!?,;:!?]*)/u.exec(text.slice(end, end + 1 + HEAD_SPAN))?.[1] ?? '';
    if (THING_HEADS.some((w) => head.endsWith(w) || (head.includes(w) && !FIRM_HEAD.test(head)))) continue;
    seen.add(start);
    const items = splitAt(text, start, end);
    // The first item runs on from the clause's lead-in (`抱回了宁德时代`): it starts after the last stop word.
    const first = items[0]!;
    const knownFirst = known.find((k) => k.type === 'Enterprise' && k.end === first.end && k.start >= first.start);
    first.start = knownFirst ? knownFirst.start : afterStopWord(text, first.start, first.end);
    const isKnownFirm = (it: Item) => known.some((k) => k.type === 'Enterprise' && k.start === it.start && k.end === it.end);
    const overlapsKnown = (it: Item) => known.some((k) => k.start < it.end && k.end > it.start);
    const brand = (it: Item) => {
      const item = text.slice(it.start, it.end);
      return item.length >= MIN_ITEM && item.length <= MAX_ITEM && NAME.test(item) && !NOT_A_BRAND.test(item) && !descriptive(item) && !overlapsKnown(it);
    };
    if (!items.some(isKnownFirm) || !items.every((it) => isKnownFirm(it) || brand(it))) continue;
    for (const it of items) {
      if (isKnownFirm(it)) continue;
      mentions.push({ unit, start: it.start, end: it.end, type: 'Enterprise', rule: 'firm-list:list-mate', name: text.slice(it.start, it.end) });
    }
  }
  return mentions;
}

interface Item {
  start: number;
  end: number;
}

function splitAt(text: string, start: number, end: number): Item[] {
  const items: Item[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i < end && text[i] !== '、') continue;
    items.push({ start: from, end: i });
    from = i + 1;
  }
  return items;
}

/** Where a name starts in [start, end): after the last clause stop word (verb, particle) in it, if any. */
function afterStopWord(text: string, start: number, end: number): number {
  for (let i = end - 1; i > start; i--) {
    if (LEFT_STOP_WORDS.some((w) => i - w.length >= start && text.startsWith(w, i - w.length))) return i;
  }
  return start;
}
