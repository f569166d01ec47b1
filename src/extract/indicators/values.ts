import { lexicon } from '../lexicon.js';
// One indicator value as written, plus the number in it when there is one.
// `[21.3]`/`〔12〕`/`{5}` mark a five-year cumulative value; `-` an empty cell.

export interface Value {
  raw: string;
  number: number | null;
  cumulative: boolean;
}

const CUMULATIVE = /^[\[〔{﹝【](.*)[\]〕}﹞】]$/;
/** A dash is written in the cell (kept as written); an empty cell is no value. */
const DASHES = new Set(['-', '—', '--', '/']);

export function parseValue(raw: string): Value | undefined {
  // Values stay as written, inner spaces included (`进入国家 先进行列` wraps inside its cell).
  const text = raw.trim();
  if (text === '') return undefined;
  if (DASHES.has(text)) return { raw: text, number: null, cumulative: false };
  const inner = CUMULATIVE.exec(text);
  const body = inner ? inner[1]! : text;
  const m = /-?\d+(?:\.\d+)?/.exec(body);
  return { raw: text, number: m ? Number(m[0]) : null, cumulative: !!inner };
}

/** `地区生产总值(亿元)` → name and unit; `★`/`﹡`/`*` in front mark the national system. */
export function splitName(cell: string): { name: string; unit: string | null; national: boolean; qualifier?: string } {
  let text = cell.replace(/\s+/g, '');
  const national = /^[★﹡*☆※]/.test(text);
  text = text.replace(/^[★﹡*☆※]+/, '');
  // `园区企业在境外设立的研发机构(个)(含离岸孵化器和科技园区)`: a qualifier after the unit.
  const q = /^(.*?)[((]([^()()]*)[))][((](含[^()()]*)[))]$/.exec(text);
  if (q && q[1]) return { name: q[1], unit: q[2]!, national, qualifier: q[3]! };
  const m = /^(.*?)[((]([^()()]*)[))]$/.exec(text);
  if (m && m[1] && !/^含/.test(m[2]!)) return { name: m[1], unit: m[2]!, national };
  return { name: text, unit: null, national };
}

/** The name that compares across plans: no marks, no unit, no inner spaces. */
export function normaliseIndicatorName(name: string): string {
  return name.replace(/\s+/g, '').replace(/^[★﹡*☆※\d.、]+/, '').replace(/[((][^()()]*[))]$/, '');
}

/** Whether a lone value looks like a growth rate rather than a level (`≥6%`, `7.5%左右`, `[12%左右]`). */
export function looksLikeGrowth(raw: string): boolean {
  return /%|左右|^[\[〔{]|以上$|以内$/.test(raw) || /高于|不低于|同步|低于/.test(raw);
}

let unitStarts: Set<string> | undefined;
/**
 * A digit set between two characters of a table's indicator name is a footnote mark
 * (`城市²空气质量` scraped as `城市2空气质量`) unless it counts something: a unit of
 * measure follows (`每千人口拥有3岁以下婴幼儿托位数`) or an ordinal word precedes (`第3`).
 */
export function dropFootnoteMarks(name: string): string {
  unitStarts ??= new Set(lexicon('measure-units').map((u) => u[0]!));
  return name.replace(/(?<=(\p{Script=Han}))\d(?=\p{Script=Han})/gu, (d, before: string, at: number) => (unitStarts!.has(name[at + 1]!) || /[第前近每约超]/.test(before) ? d : ''));
}
