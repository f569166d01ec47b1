// Companies listed after a verb that takes firms, with no `等企业` to say so:
// `引进三安光电、拓荆科技`, `支持森远路桥、荣信汇科做强主业`. Only lists whose
// every item has a company's shape count (a brand of 2–6 characters and an
// industry word or an org form, `<brand>光电`, `<brand>股份`): `推动钢铁、菱镁、
// 建材等优势产能输出` and `培育云演艺、云展览` are lists of things, not firms.
import type { TextUnit } from '../units.js';
import type { Mention } from './mention.js';

/** Verbs whose object is firms in plan language, each seen so in the seeds (`依托亚世光电、新光台电子…`). */
export const FIRM_VERBS = ['引进', '培育', '支持', '依托', '推动', '壮大', '吸引', '招引', '对接', '鼓励', '做强', '做大', '联合', '携手', '服务好'];
/**
 * Words that end a company's short name: industry words and org forms, each
 * seen closing a firm in the seeds' lists (三安光电, 拓荆科技, 福鞍重工, 芯源微电子,
 * 创鑫激光, 东和新材料, 聚龙股份, 海汇自动化, 远大压缩机 is not: no such word).
 */
export const FIRM_ENDINGS = [
  '信息技术', '新材料', '新能源', '微电子', '半导体', '自动化', '科技', '电子', '光电', '激光', '重工', '机械', '化工', '化学', '能源',
  '药业', '制药', '电气', '电力', '股份', '集团', '公司', '控股', '实业', '汽车', '智能', '通信', '环保', '矿业',
];
const FIRM_SHAPE = new RegExp(`^[\\p{Script=Han}A-Za-z]{2,6}(?:${[...FIRM_ENDINGS].sort((a, b) => b.length - a.length).join('|')})$`, 'u');
/** Where a list stops: clause punctuation, or `等` (a closer the enumeration rule reads). */
const LIST_END = /[,。;:!?()()“”"\s]|等/u;
const MAX_SPAN = 60;

export const isFirmShaped = (item: string): boolean => FIRM_SHAPE.test(item);

export function firmListMentions(unit: TextUnit): Mention[] {
  const text = unit.matchText;
  const mentions: Mention[] = [];
  for (const verb of FIRM_VERBS) {
    for (let at = text.indexOf(verb); at !== -1; at = text.indexOf(verb, at + 1)) {
      const from = at + verb.length;
      let to = from;
      while (to < text.length && to - from < MAX_SPAN && !LIST_END.test(text[to]!)) to++;
      // A list closed by `等…企业` is the enumeration rule's.
      if (text[to] === '等') continue;
      const raw = text.slice(from, to).split('、');
      if (raw.length < 2) continue;
      const items = raw.map((item, i) => (i === raw.length - 1 ? lastItem(item) : item));
      if (items.some((item) => item === undefined || !isFirmShaped(item))) continue;
      let start = from;
      items.forEach((item, i) => {
        mentions.push({ unit, start, end: start + item!.length, type: 'Enterprise', rule: `firm-list:${verb}`, name: item! });
        start += raw[i]!.length + 1;
      });
    }
  }
  return mentions;
}

/** The last item runs on into the clause (`荣信汇科做强主业`): the longest firm-shaped prefix, if any. */
function lastItem(item: string): string | undefined {
  for (let end = Math.min(item.length, 10); end >= 4; end--) {
    if (isFirmShaped(item.slice(0, end))) return item.slice(0, end);
  }
  return undefined;
}
