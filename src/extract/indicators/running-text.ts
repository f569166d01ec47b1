// Targets stated in prose (004's indicator table lost its body):
// `到2025年,地区生产总值突破1500亿元,…` → 地区生产总值, target 1500 亿元,
// qualifier 突破. After a year clause, every comma clause up to the `。` is
// read as `[lead verb] name [verb] number unit [以上|以下|以内|左右]`, or, when no
// name precedes the number, `verb number unit name` (`建设1个综合性平台`).
// The qualifier joins lead verb, verb and tail with `…` (`达到…以上`, `下降到…以下`).
import type { TextUnit } from '../units.js';
import { lexicon } from '../lexicon.js';
import { alternation } from './target-words.js';

export interface TextTarget {
  start: number;
  end: number;
  /** The target year; null when a goal section names none. */
  year: number | null;
  name: string;
  /** The number as written (`1500`, `60-80`), with `%` when the unit is a percentage. */
  target: string;
  number: number;
  unit: string;
  qualifier: string | null;
  /** `全区` in `全区进出口总额突破400亿元`. */
  scope: string | null;
}

/**
 * `到2025年`, `到2025年底前`; or a year opening a sentence (`2022年,全市新建…`), read as a target
 * year only when it is not before the plan's first year (a report's `2022年,…` states results).
 */
const YEAR_CLAUSE = /到\s*(20\d\d)\s*年(?:底前|底|前)?|(?<=^|[。;!?\s])(20\d\d)\s*年(?=\s*[,,])/g;
const HAS_YEAR_CLAUSE = new RegExp(YEAR_CLAUSE.source);
const CLAUSE_SEPARATOR = /[,，;；:：]/;
const SENTENCE_END = /[。!?]/;
/** Verbs before the name that qualify the target (`力争培育…1个`); `年` makes it annual (`年…达`). */
const LEAD_VERBS = /^(年?(?:力争(?:实现|引入|培育|建成|达到)?|争取|实现|完成|实施|建设|建成|引入|培育|新增|新建|聚集|吸引储备|吸引|累计建成|累计新建|累计|承办)|年(?!均)(?=\p{Script=Han}{2}))/u;
/**
 * Verbs before the name that say nothing about the target (`全区拥有科技载体总面积…`).
 * `实现` is a lead verb like `力争实现` (`实现离校未就业高校毕业生就业率85%以上` → 实现…以上).
 */
const PLAIN_LEADS = /^(拥有)/;
/** A clause ending in one of these before its number names what is counted after it: `形成4个…`, `至少1个…`. */
const VERB_BEFORE_COUNT = /(打造|形成|创建|建成|建设|促进|培育|引进|新建|新增|至少|力争|着力打造|累计|首批|第一批|新一批)$/;
/** A growth rate on its own names no indicator (`年均增长3.3%` follows its indicator's clause). */
const RATE_ONLY = /^(年均)?(增长|增速|提高|下降)$/;
const SCOPES = /^(全区|全市|全县|全省|区内|市内)/;
/** Private-use characters (or the space the text stage reads them as) inside some numbers (001 line 84: `12\uE0105`). */
const PRIVATE_USE = /[ \uE000-\uF8FF]/g;
/** Verb, number (`1万个`: 万 joins the number only where 万 + unit is no unit), unit, tail. */
let quantity: RegExp | undefined;
const QUANTITY = () =>
  (quantity ??= new RegExp(
    `(${alternation('target-level-verbs')})?\\s*(\\d+(?:\\.\\d+|[ \\uE000-\\uF8FF]\\d+)*(?:\\s*[-~—]\\s*\\d+(?:\\.\\d+)?)?(?:万)??)\\s*(${alternation('measure-units')})\\s*(以上|以下|以内|左右)?`,
    'gu',
  ));
let modal: RegExp | undefined;
/** `地区生产总值将达到…`: a modal word between name and verb; a clause that is only the modal word names nothing. */
const MODAL_END = () => (modal ??= new RegExp(`(${alternation('target-modal-words')})$`));
let closing: RegExp | undefined;
/** `首批10个示范社区全面建成`: what is said of a thing named after its count. */
const CLOSING_END = () => (closing ??= new RegExp(`(${alternation('target-closing-verbs')})$`));

/** `firstYear`: the plan's first year, when known; a sentence-opening year before it is not a target year. */
export function textTargets(unit: TextUnit, firstYear?: number): TextTarget[] {
  const text = unit.matchText;
  const out: TextTarget[] = [];
  for (const y of text.matchAll(YEAR_CLAUSE)) {
    if (y[2] && firstYear !== undefined && Number(y[2]) < firstYear) continue;
    let at = y.index + y[0].length;
    const stop = text.slice(at).search(SENTENCE_END);
    const end = stop < 0 ? text.length : at + stop;
    if (y[2] && statesResults(text.slice(at, end), Number(y[2]))) continue;
    out.push(...sentenceTargets(text, at, end, Number(y[1] ?? y[2])));
  }
  return out;
}

/**
 * Every sentence of a paragraph that states goals without a year clause of its own: the
 * paragraphs after a run-in goal heading (`(二)发展目标。到2025年,…` then `产业能级更高。…比重稳定在30%以上,…`),
 * or in a section headed as goals (`二、总体目标`). Sentences with a year clause are left to textTargets.
 */
export function goalTargets(unit: TextUnit, year: number | null): TextTarget[] {
  const text = unit.matchText;
  const out: TextTarget[] = [];
  let at = 0;
  while (at < text.length) {
    const stop = text.slice(at).search(SENTENCE_END);
    const end = stop < 0 ? text.length : at + stop;
    // A sentence with a year clause of its own is textTargets'; its `到2025年` holds for the sentences after it.
    const sentence = text.slice(at, end);
    const own = /到\s*(20\d\d)\s*年/.exec(sentence);
    if (own) year = Number(own[1]);
    else if (!HAS_YEAR_CLAUSE.test(sentence) && !statesResults(sentence, undefined, year)) out.push(...sentenceTargets(text, at, end, year));
    at = end + 1;
  }
  return out;
}

function sentenceTargets(text: string, from: number, end: number, year: number | null): TextTarget[] {
  const out: TextTarget[] = [];
  let lead: string | null = null;
  let at = from;
  while (at < end) {
    const next = text.slice(at, end).search(CLAUSE_SEPARATOR);
    const clauseEnd = next < 0 ? end : at + next;
    const target = readClause(text, at, clauseEnd, year, lead);
    if (target) {
      out.push(target.target);
      lead = target.lead;
    }
    at = clauseEnd + 1;
  }
  return out;
}

/** One clause; `inherited` is the previous clause's lead verb (`力争培育A1个,B2个`: B is 力争培育 too). */
function readClause(text: string, from: number, to: number, year: number | null, inherited: string | null): { target: TextTarget; lead: string | null } | undefined {
  const clause = text.slice(from, to);
  const q = quantityIn(clause);
  if (!q) return undefined;
  const number = q[2]!.replace(PRIVATE_USE, '').replace(/\s+/g, '');
  const unit = q[3]!;
  let name = clause.slice(0, q.index);
  let nameStart = from;
  let nameEnd = from + q.index;
  let lead: string | null = null;
  // A bullet dash opening the clause (`——全市…`) is no part of the name.
  const trimmed = name.replace(/^[\s—–-]+/u, '');
  nameStart += name.length - trimmed.length;
  name = trimmed;
  let scope = SCOPES.exec(name)?.[0] ?? null;
  if (scope) {
    name = name.slice(scope.length);
    nameStart += scope.length;
  }
  const plain = PLAIN_LEADS.exec(name)?.[0];
  if (plain) {
    name = name.slice(plain.length);
    nameStart += plain.length;
  }
  const leadMatch = LEAD_VERBS.exec(name);
  if (leadMatch && name.length > leadMatch[0].length) {
    lead = leadMatch[0];
    name = name.slice(lead.length);
    nameStart += lead.length;
    // `力争全区专业村达到10个`: the scope may follow the lead verb.
    const inner = scope ? undefined : SCOPES.exec(name)?.[0];
    if (inner) {
      scope = inner;
      name = name.slice(inner.length);
      nameStart += inner.length;
    }
  } else if (leadMatch || name.trim() === '' || VERB_BEFORE_COUNT.test(name)) {
    // `建设 1 个跨行业、跨领域综合性平台`, `各县(市、区)打造1-2条精品线路`: the name follows the quantity.
    lead = leadMatch?.[0] ?? VERB_BEFORE_COUNT.exec(name)?.[0] ?? null;
    const after = clause.slice(q.index + q[0].length);
    name = after;
    nameStart = from + q.index + q[0].length;
    nameEnd = to;
    const closed = CLOSING_END().exec(name);
    if (closed) {
      name = name.slice(0, -closed[0].length);
      nameEnd = to - closed[0].length;
    }
  } else {
    const m = MODAL_END().exec(name);
    if (m) {
      name = name.slice(0, -m[0].length);
      nameEnd -= m[0].length;
    }
  }
  name = name.replace(/\s+/g, '');
  // A name is Chinese, or a Latin acronym (`全县GDP超200亿元`).
  if (name.length < 2 || !(/\p{Script=Han}/u.test(name) || /^[A-Z]{2,}$/.test(name)) || RATE_ONLY.test(name)) return undefined;
  if (!lead && !q[1] && !plain) lead = inherited;
  const qualifier = [lead, q[1] ?? null, q[4] ?? null].filter(Boolean).join('…') || null;
  const end = nameEnd === to ? to : from + q.index + q[0].length;
  const target: TextTarget = {
    // The quote holds the number too: from the name, or from the quantity when the name follows it.
    start: nameEnd === to ? Math.min(nameStart, from + q.index + (q[0].length - q[0].trimStart().length)) : nameStart,
    end: Math.max(end, nameEnd),
    year,
    name,
    target: unit === '%' ? `${number}%` : number,
    number: countOf(number),
    unit,
    qualifier,
    scope,
  };
  return { target, lead };
}

let results: RegExp | undefined;
/**
 * `2020年,全县GDP完成145.8亿元,…比2015年增长17.5%`: a year-opened sentence compared with a past period
 * states results; so does one that names a year before its own (`2022年,…在2021年度全国…考评中位列第13位`).
 * Under a goal whose year is known, a comparison with an earlier year is the target's own increase
 * (`规上工业总产值力争达到3000亿元(比2016年增加1502亿元)` under `2017-2020年主要目标`).
 */
function statesResults(sentence: string, year?: number, goalYear?: number | null): boolean {
  results ??= new RegExp(`[比较]\\s*(20\\d\\d)\\s*年|${alternation('result-markers')}`);
  const compared = results.exec(sentence);
  if (compared && !(compared[1] && goalYear && Number(compared[1]) < goalYear)) return true;
  return year !== undefined && [...sentence.matchAll(/(20\d\d)\s*年/g)].some((m) => Number(m[1]) < year);
}

/** The first quantity in a clause whose unit is one: `5分钟可达` is no quantity of 分 (target-end-units). */
function quantityIn(clause: string): RegExpExecArray | undefined {
  const pattern = QUANTITY();
  pattern.lastIndex = 0;
  for (let q = pattern.exec(clause); q; q = pattern.exec(clause)) {
    const rest = clause.slice(q.index + q[0].length);
    if (!(lexicon('target-end-units').includes(q[3]!) && /^\s*\p{Script=Han}/u.test(rest))) return q;
    pattern.lastIndex = q.index + 1;
  }
  return undefined;
}

/** The number a target's count stands for: `1万` → 10000; a range counts from its first end (`1-2` → 1). */
function countOf(written: string): number {
  const wan = written.endsWith('万');
  const first = written.replace(/万$/, '').split(/[-~—]/)[0]!;
  return Number(first) * (wan ? 10000 : 1);
}
