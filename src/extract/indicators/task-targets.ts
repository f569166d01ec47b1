// A task that is a target (work reports list their goals as tasks with a
// responsible unit): `地区生产总值增长7%以上` → 地区生产总值, growth 7%, 以上;
// `城镇登记失业率控制在4.5%以内` → target 4.5%, 控制在…以内. Read only when the
// whole clause is name + verb + number: a task heading that merely contains a
// number (`建设10个示范点`) is not a target.

export interface TaskTarget {
  name: string;
  /** `growth` for a rate of change (`增长7%`), `target` for a level (`达到3.2%`). */
  role: 'growth' | 'target';
  value: string;
  number: number;
  unit: string;
  qualifier: string | null;
  /** The clause's extent in the heading. */
  start: number;
  end: number;
}

const UNITS = '万亿元|亿元|万元|元|万人|人次|人|万吨|吨|万亩|亩|公顷|万平方米|平方米|平方公里|公里|万辆|辆|个|家|项|件|%';
const GROWTH = new RegExp(`^(\\p{Script=Han}[^,;,。]{1,29}?)(增长|增速|提高|下降|降低|减少)(\\d+(?:\\.\\d+)?)(%)(以上|以内|左右)?$`, 'u');
const LEVEL = new RegExp(`^(\\p{Script=Han}[^,;,。]{1,29}?)(达到|突破|超过|控制在|稳定在|保持在|不低于|不超过|提高到|提升到)(\\d+(?:\\.\\d+)?)(${UNITS})(以上|以内|左右)?$`, 'u');

/** Targets in a task heading, clause by clause (`,`/`;`/`,`). */
export function taskTargets(heading: string): TaskTarget[] {
  const out: TaskTarget[] = [];
  let at = 0;
  for (const clause of heading.split(/(?<=[,;,;])/)) {
    const text = clause.replace(/[,;,;。]$/, '');
    const g = GROWTH.exec(text);
    const l = g ? null : LEVEL.exec(text);
    const m = g ?? l;
    if (m) {
      const [, name, verb, number, unit, tail] = m;
      const value = unit === '%' ? `${number}%` : number!;
      const qualifier = g ? (tail ?? null) : [verb, tail].filter(Boolean).join('…');
      out.push({ name: name!, role: g ? 'growth' : 'target', value, number: Number(number), unit: unit!, qualifier, start: at, end: at + text.length });
    }
    at += clause.length;
  }
  return out;
}
