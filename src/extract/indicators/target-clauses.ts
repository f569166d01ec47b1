// Targets listed for a year without `到20xx年` (annual plans, work reports):
// - a goal sentence: `主要预期目标是:生产总值增长6%左右,…,粮食产量保持在180万吨以上。`;
// - a line per indicator: `人均地区生产总值:增长6%左右(依据…),责任单位为区发改委;`.
// Each comma clause is `[name] [verb] number [unit] [以上|以内|左右]`; a clause
// without a name belongs to the line's name, or to the clause before it
// (`固定资产投资162亿元,增长7%`: one indicator, a level and its growth).
import { lexicon } from '../lexicon.js';
import { alternation } from './target-words.js';

export interface ClauseTarget {
  name: string;
  /** Extent in the text the clauses were read from (the first clause that named it to the last that added to it). */
  start: number;
  end: number;
  target?: string;
  targetValue?: number;
  unit?: string;
  growth?: string;
  growthValue?: number;
  qualifier: string | null;
  scope?: string;
}

const SCOPE = /^(全市|全区|全县|全省)/;

let clause: RegExp | undefined;
function clausePattern(): RegExp {
  if (clause) return clause;
  const units = alternation('measure-units');
  const verbs = alternation('target-growth-verbs', 'target-level-verbs', 'target-count-verbs');
  clause = new RegExp(`^(?<name>[^\\d,;:]*?)(?<verb>${verbs})?(?<num>\\d+(?:\\.\\d+)?)(?<unit>${units})?(?<tail>以上|以内|左右)?$`, 'u');
  return clause;
}

/** The clauses of `text[from, to)`, bracketed asides and unit lists left out. */
export function clauseTargets(text: string, from: number, to: number, lineName?: string): ClauseTarget[] {
  const out: ClauseTarget[] = [];
  let previous: ClauseTarget | undefined;
  let at = from;
  // Bracketed asides (`(依据…目标8.5%增速…,居三区第一)`) are masked, commas and all, keeping offsets.
  for (const piece of maskBrackets(text.slice(from, to)).split(/(?<=[,;。])/)) {
    const start = at;
    at += piece.length;
    const body = piece.replace(/[,;。]$/, '').replace(/\u0000+/g, '');
    const m = clausePattern().exec(body);
    if (!m?.groups || (!m.groups.unit && !m.groups.verb)) {
      previous = undefined;
      continue;
    }
    const { verb, num, unit, tail } = m.groups;
    let name = (m.groups.name ?? '').replace(/^(将|要|力争)/, '');
    const scope = SCOPE.exec(name)?.[0];
    if (scope) name = name.slice(scope.length);
    const growth = !!verb && lexicon('target-growth-verbs').includes(verb) && unit === '%';
    if (!growth && !unit) continue;
    const named = name.length >= 2 && !(lineName && lineName.endsWith(name));
    const end = start + piece.replace(/[,;。]$/, '').replace(/\u0000+$/, '').length;
    if (!named && growth && previous && previous.growth === undefined) {
      previous.growth = `${num}%`;
      previous.growthValue = Number(num);
      previous.end = end;
      continue;
    }
    const target: ClauseTarget = { name: named ? name : (lineName ?? ''), start, end, qualifier: null };
    if (!target.name) continue;
    if (scope) target.scope = scope;
    if (growth) {
      target.growth = `${num}%`;
      target.growthValue = Number(num);
      target.qualifier = tail ?? null;
    } else {
      target.target = unit === '%' ? `${num}%` : num!;
      target.targetValue = Number(num);
      target.unit = unit!;
      target.qualifier = [verb, tail].filter(Boolean).join('…') || null;
    }
    out.push(target);
    previous = target;
  }
  return out;
}

function maskBrackets(text: string): string {
  let depth = 0;
  let out = '';
  for (const ch of text) {
    if (ch === '(' || ch === '(') depth++;
    out += depth > 0 ? '\u0000' : ch;
    if ((ch === ')' || ch === ')') && depth > 0) depth--;
  }
  return out;
}
