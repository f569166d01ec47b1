// Rows with fewer value cells than value columns: empty cells were dropped
// and the rest shifted left, so which column a value fills is read from its
// shape. The readings (and where they are guesses, `ambiguous`):
// plan tables (2020 | 2025 | 年均增速):
//   a last value with `%` on an indicator not measured in %, on one that is a
//   growth rate itself, or a bracketed cumulative value, is growth:
//   `地区生产总值(亿元) | ≥6%`;
//   two level values are baseline then target;
//   one value left is read as the target, a guess either way.
// results tables (planned | actual):
//   two growth-shaped values are growth then actual growth (`[16.03] | [17.19]`);
//   two levels are target then actual (a guess); three are baseline, target, actual
//   (a guess too where the table has more value columns than that).
import type { ValueRole } from './columns.js';

const GROWTH_SHAPED = /%|^[\[〔{]/;
const BRACKETED = /^[\[〔{]/;
/** A rate stated against another (`与经济增长基本同步`) for an indicator that is a growth rate (`居民人均可支配收入增长`): its growth (000 表2 line 366). */
const RELATIVE_RATE = /同步|高于|低于|不低于/;

export interface Placed {
  values: Partial<Record<ValueRole, string>>;
  ambiguous: boolean;
}

export function placeShifted(values: string[], roles: ValueRole[], unit: string | null, name: string, results: boolean): Placed {
  return results ? placeResults(values, roles) : placePlan(values, roles, unit, name);
}

/** An indicator that is itself a rate of growth (`居民人均可支配收入增长(%)`): its % values are growth. */
const GROWTH_INDICATOR = /(增长|增速|增长率)$/;

function placePlan(input: string[], roles: ValueRole[], unit: string | null, name: string): Placed {
  const values = [...input];
  const out: Partial<Record<ValueRole, string>> = {};
  const last = values[values.length - 1];
  if (last !== undefined && roles.includes('growth') && ((GROWTH_SHAPED.test(last) && (unit !== '%' || BRACKETED.test(last) || GROWTH_INDICATOR.test(name))) || (RELATIVE_RATE.test(last) && GROWTH_INDICATOR.test(name)))) {
    out.growth = values.pop()!;
  }
  const levels = roles.filter((r) => r === 'baseline' || r === 'target');
  if (values.length >= 2) {
    levels.forEach((r, i) => values[i] !== undefined && (out[r] = values[i]!));
    return { values: out, ambiguous: out.growth === undefined && roles.includes('growth') };
  }
  if (values.length === 1) {
    const v = values[0]!;
    // Beside a growth rate the level is the base year's (`4.9 | >6%`); alone it is read as the target.
    if (out.growth !== undefined && levels.includes('baseline')) out.baseline = v;
    else if (levels.includes('target')) out.target = v;
    else if (levels[0]) out[levels[0]] = v;
    return { values: out, ambiguous: true };
  }
  return { values: out, ambiguous: false };
}

function placeResults(values: string[], roles: ValueRole[]): Placed {
  const out: Partial<Record<ValueRole, string>> = {};
  const assign = (names: ValueRole[]) => names.forEach((r, i) => roles.includes(r) && values[i] !== undefined && (out[r] = values[i]!));
  if (values.length === 2 && GROWTH_SHAPED.test(values[0]!)) {
    assign(['growth', 'actualGrowth']);
    return { values: out, ambiguous: false };
  }
  if (values.length === 2) {
    assign(['target', 'actual']);
    return { values: out, ambiguous: true };
  }
  if (values.length === 3) {
    // Read as baseline, target, actual; with five columns (…, 累计, 实际, 累计) a guess all the same:
    // 002 表1 `化学需氧量 | 9.2 | 13.4 | 17.96` could as well be cumulative reductions.
    assign(['baseline', 'target', 'actual']);
    return { values: out, ambiguous: roles.length > values.length };
  }
  assign(roles);
  return { values: out, ambiguous: true };
}
