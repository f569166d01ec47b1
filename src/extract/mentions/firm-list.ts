// Companies listed where plan language takes firms, with no `等企业` to say so:
// after a verb (`引进三安光电、拓荆科技`, `支持森远路桥、荣信汇科做强主业`) or in
// the frame `以A、B为依托/为龙头/为重点` (`以沈鼓集团、远大压缩机为依托`). Only
// lists whose every item has a company's shape count: a brand of 2–6
// characters that is not a description, then an industry word or an org form
// (`<brand>光电`, `<brand>股份`). `推动钢铁、菱镁、建材等优势产能输出`,
// `培育云演艺、云展览` and `以新能源汽车为重点` are things, not firms.
import { lexicon } from '../lexicon.js';
import type { TextUnit } from '../units.js';
import type { Mention } from './mention.js';

/** Verbs whose object is firms in plan language (`依托亚世光电、新光台电子…`). */
export const FIRM_VERBS = lexicon('firm-list-verbs');
/** `以…为<role>`: the items are what the clause leans on (`以中车沈阳机车为重点`, `以希思腾科…为龙头`). */
const FRAME_ROLES = /^为(依托|龙头|重点|主体|核心|引领|支撑|牵引|代表|骨干)/;
/**
 * Words that end a company's short name: industry words and org forms, each
 * seen closing a firm in the seeds (三安光电, 拓荆科技, 福鞍重工, 芯源微电子, 创鑫激光,
 * 东和新材料, 聚龙股份, 海汇自动化, 远大压缩机, 广发银行, 中车沈阳机车, 大族赛特维机器人).
 */
export const FIRM_ENDINGS = lexicon('firm-endings');
const FIRM_SHAPE = new RegExp(`^([\\p{Script=Han}A-Za-z]{2,6}?)(${[...FIRM_ENDINGS].sort((a, b) => b.length - a.length).join('|')})$`, 'u');
/** Endings that make a lone item a firm (`以沈阳铁路信号为依托` stays unread: 信号 is no org form). */
const ORG_FORM = /(集团|股份|公司|控股|科技|银行|证券|实业|信息技术)$/;
/** Where a list stops: clause punctuation or `等`. */
const LIST_END = /[,。;:!?()()“”"\s]|等/u;
const MAX_SPAN = 60;

export const isFirmShaped = (item: string): boolean => FIRM_SHAPE.test(item);
/** The brand of a firm-shaped name (`德硕` of `德硕光电`), or undefined. */
export const firmBrand = (item: string): string | undefined => FIRM_SHAPE.exec(item)?.[1];

/** `descriptive` says whether a brand is only descriptive words (generic.ts): `新能源` in `新能源汽车`. */
export function firmListMentions(unit: TextUnit, descriptive: (core: string) => boolean): Mention[] {
  const text = unit.matchText;
  const firm = (item: string | undefined): item is string => {
    const m = item === undefined ? null : FIRM_SHAPE.exec(item);
    return !!m && !descriptive(m[1]!);
  };
  const mentions: Mention[] = [];
  const push = (items: Item[], names: (string | undefined)[], rule: string) => {
    if (!names.every(firm)) return;
    names.forEach((name, i) => mentions.push({ unit, start: items[i]!.start, end: items[i]!.start + name!.length, type: 'Enterprise', rule, name: name! }));
  };
  for (const verb of FIRM_VERBS) {
    for (let at = text.indexOf(verb); at !== -1; at = text.indexOf(verb, at + 1)) {
      const { items, end } = listAt(text, at + verb.length);
      if (items.length < 2) continue;
      // A list closed by `等` ends there; otherwise the last item runs on into the clause.
      const closed = text[end] === '等';
      push(items, items.map((item, i) => (i === items.length - 1 && !closed ? lastItem(item.text) : item.text)), `firm-list:${verb}`);
    }
  }
  for (let at = text.indexOf('以'); at !== -1; at = text.indexOf('以', at + 1)) {
    const { items, end } = listAt(text, at + 1);
    if (items.length === 0 || !FRAME_ROLES.test(text.slice(end))) continue;
    // One item alone needs an org form: `以化学仿制药为…`, `以新能源汽车为重点` name products.
    if (items.length === 1 && !ORG_FORM.test(items[0]!.text)) continue;
    push(items, items.map((item) => item.text), 'firm-list:以…为');
  }
  return mentions;
}

interface Item {
  text: string;
  start: number;
}

/** The items written from `from` to the list's end (clause punctuation, `等`, or `为<role>`), split on 、 and 以及. */
function listAt(text: string, from: number): { items: Item[]; end: number } {
  let end = from;
  while (end < text.length && end - from < MAX_SPAN && !LIST_END.test(text[end]!) && !(text[end] === '为' && FRAME_ROLES.test(text.slice(end)))) end++;
  const items: Item[] = [];
  let start = from;
  for (let i = from; i <= end; i++) {
    const sep = i === end ? 0 : text[i] === '、' ? 1 : text.startsWith('以及', i) ? 2 : 0;
    if (i < end && sep === 0) continue;
    if (i > start) items.push({ text: text.slice(start, i), start });
    start = i + sep;
    i += Math.max(0, sep - 1);
  }
  return { items, end };
}

/** The last item runs on into the clause (`荣信汇科做强主业`): the longest firm-shaped prefix, if any. */
function lastItem(item: string): string | undefined {
  for (let end = Math.min(item.length, 10); end >= 4; end--) {
    if (isFirmShaped(item.slice(0, end))) return item.slice(0, end);
  }
  return undefined;
}
