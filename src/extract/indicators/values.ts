// One indicator value as written, plus the number in it when there is one.
// `[21.3]`/`〔12〕`/`{5}` mark a five-year cumulative value; `-` an empty cell.

export interface Value {
  raw: string;
  number: number | null;
  cumulative: boolean;
}

const CUMULATIVE = /^[\[〔{﹝【](.*)[\]〕}﹞】]$/;
const EMPTY = new Set(['-', '—', '--', '/', '']);

export function parseValue(raw: string): Value | undefined {
  const text = raw.replace(/\s+/g, '');
  if (EMPTY.has(text)) return undefined;
  const inner = CUMULATIVE.exec(text);
  const body = inner ? inner[1]! : text;
  const m = /-?\d+(?:\.\d+)?/.exec(body);
  return { raw: text, number: m ? Number(m[0]) : null, cumulative: !!inner };
}

/** `地区生产总值(亿元)` → name and unit; `★`/`﹡`/`*` in front mark the national system. */
export function splitName(cell: string): { name: string; unit: string | null; national: boolean } {
  let text = cell.replace(/\s+/g, '');
  const national = /^[★﹡*☆※]/.test(text);
  text = text.replace(/^[★﹡*☆※]+/, '');
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
