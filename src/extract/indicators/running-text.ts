// Targets stated in prose (004 has no table bodies):
// `到2025年,地区生产总值突破1500亿元` → 地区生产总值, target 突破1500亿元.
import type { TextUnit } from '../units.js';

export interface TextTarget {
  start: number;
  end: number;
  name: string;
  target: string;
  number: number;
  unit: string;
  verb: string;
}

/** The year clause, then `<indicator><verb><number><unit>` clauses until the sentence ends. */
const YEAR_CLAUSE = /到\s*2025\s*年/g;
const CLAUSE = /([\p{Script=Han}A-Za-z]{2,20}?)\s*(突破|达到|超过|达|提高到|提升到|增加到|增长到|保持在|控制在|稳定在|降低到|下降到)\s*(\d+(?:\.\d+)?)\s*(万亿元|亿元|万元|元|万人|人|万吨|吨|平方公里|公里|个|家|%|万平方米|万户|户|件|项)/gu;
const SENTENCE_END = /[。;;]/;

export function textTargets(unit: TextUnit): TextTarget[] {
  const text = unit.matchText;
  const out: TextTarget[] = [];
  for (const year of text.matchAll(YEAR_CLAUSE)) {
    const from = year.index + year[0].length;
    const stop = text.slice(from).search(SENTENCE_END);
    const sentence = text.slice(from, stop < 0 ? text.length : from + stop);
    for (const m of sentence.matchAll(CLAUSE)) {
      const name = m[1]!.replace(/^(全区|全市|全县|实现|力争|确保|其中)/, '');
      if (name.length < 2) continue;
      const start = from + m.index + m[0].indexOf(m[1]!) + (m[1]!.length - name.length);
      const end = from + m.index + m[0].length;
      out.push({ start, end, name, target: text.slice(start + name.length, end).replace(/^\s+/, ''), number: Number(m[3]), unit: m[4]!, verb: m[2]! });
    }
  }
  return out;
}
