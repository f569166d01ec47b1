// Targets stated in prose (004's indicator table lost its body):
// `到2025年,地区生产总值突破1500亿元,…` → 地区生产总值, target 1500 亿元,
// qualifier 突破. After a year clause, every comma clause up to the `。` is
// read as `[lead verb] name [verb] number unit [以上|以内|左右]`, or, when no
// name precedes the number, `verb number unit name` (`建设1个综合性平台`).
// The qualifier joins lead verb, verb and tail with `…` (`达到…以上`).
import type { TextUnit } from '../units.js';

export interface TextTarget {
  start: number;
  end: number;
  year: number;
  name: string;
  /** The number as written (`1500`, `60-80`), with `%` when the unit is a percentage. */
  target: string;
  number: number;
  unit: string;
  qualifier: string | null;
  /** `全区` in `全区进出口总额突破400亿元`. */
  scope: string | null;
}

const YEAR_CLAUSE = /到\s*(20\d\d)\s*年/g;
const CLAUSE_SEPARATOR = /[,，;；:：]/;
const SENTENCE_END = /[。!?]/;
const UNITS = '万亿元|亿元|万元|元|万人|人次|人|万吨|吨|万亩|亩|公顷|万平方米|平方米|平方公里|公里|万辆|辆|个|家|场|条|项|件|所|座|万户|户|台|套|%';
const VERBS = '突破|达到|超过|控制在|稳定在|保持在|不低于|不少于|不超过|提高到|提升到|增加到|增长到|降低到|下降到|达';
/** Verbs before the name that qualify the target (`力争培育…1个`); `年` makes it annual (`年…达`). */
const LEAD_VERBS = /^(年?(?:力争(?:实现|引入|培育|建成|达到)?|实现|完成|实施|建设|建成|引入|培育|新增|聚集|吸引储备|吸引|累计|承办)|年(?!均)(?=\p{Script=Han}{2}))/u;
/**
 * Verbs before the name that say nothing about the target (`全区拥有科技载体总面积…`).
 * `实现` is a lead verb like `力争实现` (`实现离校未就业高校毕业生就业率85%以上` → 实现…以上).
 */
const PLAIN_LEADS = /^(拥有)/;
/** A clause ending in one of these before its number names what is counted after it: `形成4个…`, `至少1个…`. */
const VERB_BEFORE_COUNT = /(打造|形成|创建|建成|建设|促进|培育|引进|新建|新增|至少|力争|着力打造|累计)$/;
/** A growth rate on its own names no indicator (`年均增长3.3%` follows its indicator's clause). */
const RATE_ONLY = /^(年均)?(增长|增速|提高|下降)$/;
const SCOPES = /^(全区|全市|全县|全省|区内|市内)/;
/** Private-use characters (or the space the text stage reads them as) inside some numbers (001 line 84: `12\uE0105`). */
const PRIVATE_USE = /[ \uE000-\uF8FF]/g;
const QUANTITY = new RegExp(`(${VERBS})?\\s*(\\d+(?:\\.\\d+|[ \\uE000-\\uF8FF]\\d+)*(?:\\s*[-~—]\\s*\\d+(?:\\.\\d+)?)?)\\s*(${UNITS})\\s*(以上|以内|左右)?`, 'u');

export function textTargets(unit: TextUnit): TextTarget[] {
  const text = unit.matchText;
  const out: TextTarget[] = [];
  for (const y of text.matchAll(YEAR_CLAUSE)) {
    let at = y.index + y[0].length;
    const stop = text.slice(at).search(SENTENCE_END);
    const end = stop < 0 ? text.length : at + stop;
    let lead: string | null = null;
    while (at < end) {
      const next = text.slice(at, end).search(CLAUSE_SEPARATOR);
      const clauseEnd = next < 0 ? end : at + next;
      const target = readClause(text, at, clauseEnd, Number(y[1]), lead);
      if (target) {
        out.push(target.target);
        lead = target.lead;
      }
      at = clauseEnd + 1;
    }
  }
  return out;
}

/** One clause; `inherited` is the previous clause's lead verb (`力争培育A1个,B2个`: B is 力争培育 too). */
function readClause(text: string, from: number, to: number, year: number, inherited: string | null): { target: TextTarget; lead: string | null } | undefined {
  const clause = text.slice(from, to);
  const q = QUANTITY.exec(clause);
  if (!q) return undefined;
  const number = q[2]!.replace(PRIVATE_USE, '').replace(/\s+/g, '');
  const unit = q[3]!;
  let name = clause.slice(0, q.index);
  let nameStart = from;
  let nameEnd = from + q.index;
  let lead: string | null = null;
  const trimmed = name.replace(/^\s+/, '');
  nameStart += name.length - trimmed.length;
  name = trimmed;
  const scope = SCOPES.exec(name)?.[0] ?? null;
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
  } else if (leadMatch || name.trim() === '' || VERB_BEFORE_COUNT.test(name)) {
    // `建设 1 个跨行业、跨领域综合性平台`, `各县(市、区)打造1-2条精品线路`: the name follows the quantity.
    lead = leadMatch?.[0] ?? VERB_BEFORE_COUNT.exec(name)?.[0] ?? null;
    const after = clause.slice(q.index + q[0].length);
    name = after;
    nameStart = from + q.index + q[0].length;
    nameEnd = to;
  }
  name = name.replace(/\s+/g, '');
  if (name.length < 2 || !/\p{Script=Han}/u.test(name) || RATE_ONLY.test(name)) return undefined;
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
    number: Number(number.split(/[-~—]/)[0]),
    unit,
    qualifier,
    scope,
  };
  return { target, lead };
}
