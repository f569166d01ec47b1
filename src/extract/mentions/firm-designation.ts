// Firms named as the subject of a clause that says what kind of firm they are,
// whatever their name looks like: the complement is the cue, not the name.
//   `德硕集团成为国家级服务型制造示范企业` (shenyang-tiexi: 沈鼓集团成为…示范企业)
//   `金岚动力连续入选中国汽车工业百强榜`, `瑞达等获批国家级绿色工厂`,
//   `恒顺电子是全国最大的传感器供应商`, `恒顺纺机发力…、获批国家专精特新“小巨人”企业`,
//   `瑞达生物产销两旺,…,成为全国最大的原料药生产企业` (subject elided after the first clause).
// The complement is a designation verb (firm-subject-predicates, 是) followed in the same
// clause by a firm-class noun that ends the clause (seed/lexicon/firm-class-nouns.json):
// `入选百强县`, `成为…的城市`, `是企业发展的关键` are no firms' designations.
// The subject is either a firm-shaped name at the clause's start (any verb after it,
// `瑞达生物产销两旺`), or any brand written right before the designation verb (`金岚动力连续入选`),
// 2–8 characters that open with no clause verb, are no description and name no known place or body.
import { lexicon, lexiconLongestFirst } from '../lexicon.js';
import type { TextUnit } from '../units.js';
import { LEFT_STOP_WORDS } from './boundary.js';
import { firmBrand } from './firm-list.js';
import type { Mention } from './mention.js';

const VERBS = [...lexicon('firm-subject-predicates'), '是'].sort((a, b) => b.length - a.length);
const CLASSES = lexiconLongestFirst('firm-class-nouns');
/** What may follow the class noun: the clause's end, a quote mark, or a word that keeps it a title (`百强榜`, `…之一`). */
const CLASS_END = /^[”"’」]?(?:$|[,。;,;、!?!?()()]|之一|行列|称号|名单|榜)/u;
const SENTENCE_END = /[。;;!?!?]/u;
const CLAUSE_END = /[。;;!?!?,,::]/u;
const NAME = /^[\p{Script=Han}A-Za-z]+$/u;
/** Words no firm's subject holds: counts, pronouns, classes (`全市3家企业`, `我县`, `该企业`, `龙头企业`). */
const NOT_A_BRAND = /[我全各该本其此这]|企业|产业|行业|项目|园区|基地|城市|[市县区镇省乡村]$/u;
const MIN_ITEM = 2;
const MAX_ITEM = 8;
const MAX_FIRM_SHAPED = 10;
/** Clause stop words that begin a clause, not a name (`支持`, `推动`, `以`). */
const OPENERS = LEFT_STOP_WORDS;

export interface DesignationTests {
  descriptive: (core: string) => boolean;
  /** Whether a known entity that is not an enterprise (a place, a park, a body) overlaps [start, end). */
  knownOther: (start: number, end: number) => boolean;
}

export function firmDesignationMentions(unit: TextUnit, tests: DesignationTests): Mention[] {
  const text = unit.matchText;
  const mentions: Mention[] = [];
  const brand = (start: number, end: number) => {
    const item = text.slice(start, end);
    return item.length >= MIN_ITEM && item.length <= MAX_ITEM && NAME.test(item) && !NOT_A_BRAND.test(item) &&
      !OPENERS.some((w) => item.startsWith(w)) && !tests.descriptive(item) && !tests.knownOther(start, end);
  };
  for (const sentence of spans(text, 0, text.length, SENTENCE_END)) {
    const clauses = spans(text, sentence.start, sentence.end, CLAUSE_END);
    // Each clause's designation verb, found once (the elided-subject test below looks at every later clause).
    const verbAts = clauses.map((c) => designation(text, c.start, c.end));
    clauses.forEach((clause, i) => {
      // A later clause opened by the designation verb has the sentence's first subject (`…,成为全国最大的…企业`).
      const elided = clauses.some((c, k) => k > i && verbAts[k] === c.start);
      const verbAt = verbAts[i];
      if (verbAt === undefined && !(i === 0 && elided)) return;
      // Any brand right before the verb: items split by 、, an optional 等 closing them.
      if (verbAt !== undefined && verbAt > clause.start) {
        let end = verbAt;
        if (text[end - 1] === '等') end--;
        const items = splitItems(text, clause.start, end);
        if (items.length && items.every((it) => brand(it.start, it.end))) {
          const verb = VERBS.find((v) => text.startsWith(v, verbAt))!;
          for (const it of items) mentions.push({ unit, start: it.start, end: it.end, type: 'Enterprise', rule: `firm-subject:${verb}…`, name: text.slice(it.start, it.end) });
          return;
        }
      }
      // A firm-shaped name opening the clause, whatever verb follows: the longest one.
      for (let end = Math.min(clause.end, clause.start + MAX_FIRM_SHAPED); end >= clause.start + MIN_ITEM + 1; end--) {
        const core = firmBrand(text.slice(clause.start, end));
        // A brand holds no clause verb: `德硕纺机加快智能` is 德硕纺机 + 加快智能化改造.
        if (core === undefined || OPENERS.some((w) => w.length > 1 && core.slice(1).includes(w))) continue;
        if (NAME.test(core) && !NOT_A_BRAND.test(core) && !OPENERS.some((w) => core.startsWith(w)) && !tests.descriptive(core) && !tests.knownOther(clause.start, end)) {
          mentions.push({ unit, start: clause.start, end, type: 'Enterprise', rule: 'firm-subject:designation', name: text.slice(clause.start, end) });
        }
        break;
      }
    });
  }
  return mentions;
}

interface Span {
  start: number;
  end: number;
}

/** The pieces of [start, end) between separators, blanks trimmed. */
function spans(text: string, start: number, end: number, separator: RegExp): Span[] {
  const out: Span[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i < end && !separator.test(text[i]!)) continue;
    let a = from;
    let b = i;
    while (a < b && /\s/u.test(text[a]!)) a++;
    while (b > a && /\s/u.test(text[b - 1]!)) b--;
    if (b > a) out.push({ start: a, end: b });
    from = i + 1;
  }
  return out;
}

/** Where in the clause a designation verb stands whose complement ends in a firm-class noun, if one does. */
function designation(text: string, start: number, end: number): number | undefined {
  for (let at = start; at < end; at++) {
    const verb = VERBS.find((v) => text.startsWith(v, at));
    if (!verb) continue;
    const rest = text.slice(at + verb.length, end);
    for (let i = 0; i < rest.length; i++) {
      const cls = CLASSES.find((c) => rest.startsWith(c, i));
      if (cls && CLASS_END.test(text.slice(at + verb.length + i + cls.length, end + 1))) return at;
    }
  }
  return undefined;
}

/** Items joined by 、 in [start, end). */
function splitItems(text: string, start: number, end: number): Span[] {
  return spans(text, start, end, /、/u);
}
