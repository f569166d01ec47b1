// Cells that ran together, split with the header in hand:
// - 000 表1 `357450` under `目标 | 2020年`: two numbers glued. Every split
//   into two well-formed numbers is a candidate; the one whose parts are
//   closest in size wins (357|450, not 3574|50), and more than one candidate
//   makes the reading ambiguous;
// - 000 表2 `58.3完成省下达任务-`: a number, a text and a dash glued.

const NUMBER = /^[<>≥≤]?(?:0|[1-9]\d*)(?:\.\d+)?$/;
const BRACKETED = /[\[〔{][^\]〕}]*[\]〕}]\*?/g;

export interface GluedSplit {
  parts: string[];
  ambiguous: boolean;
}

export function splitGlued(text: string, count: number): GluedSplit {
  const bracketed = text.match(BRACKETED);
  if (bracketed && bracketed.join('') === text) return { parts: bracketed, ambiguous: false };
  if (count !== 2) return { parts: [text], ambiguous: true };
  const star = text.endsWith('*') ? '*' : '';
  const body = star ? text.slice(0, -1) : text;
  const prefix = /^[<>≥≤]/.exec(body)?.[0] ?? '';
  const candidates: { parts: string[]; distance: number }[] = [];
  for (let i = prefix.length + 1; i < body.length; i++) {
    const a = body.slice(0, i);
    const b = body.slice(i);
    if (!NUMBER.test(a) || !NUMBER.test(b)) continue;
    const x = Number(a.replace(/^[<>≥≤]/, ''));
    const y = Number(b);
    const distance = x > 0 && y > 0 ? Math.abs(Math.log(x / y)) : 50;
    candidates.push({ parts: [a, b + star], distance });
  }
  if (candidates.length === 0) return { parts: [text], ambiguous: true };
  candidates.sort((p, q) => p.distance - q.distance);
  const best = candidates[0]!;
  return { parts: best.parts, ambiguous: candidates.length > 1 || best.distance >= 50 };
}

/**
 * `58.3完成省下达任务-` → [58.3, 完成省下达任务, -]; `-完成省下达任务` → [-, 完成省下达任务].
 * A short tail is part of the value, not a cell: `5.5左右`.
 */
export function splitMixed(cell: string): string[] | undefined {
  const m = /^(-|[<>≥≤]?\d+(?:\.\d+)?)(\p{Script=Han}{3}[^-]*?)(-)?$/u.exec(cell);
  if (!m) return undefined;
  return [m[1]!, m[2]!, ...(m[3] ? [m[3]] : [])];
}
