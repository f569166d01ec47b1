// `DEBUG=plangraph:extract` traces, per text unit, which rule proposed each
// span and which step dropped it (or that it was kept), so a wrong or missing
// entity can be followed to the rule that made it:
//   plangraph:extract t/s1/para1 2-12 興業電子科技有限公司 Enterprise suffix:有限公司: keep
//   plangraph:extract t/s1/para1 2-4 美国 AdminArea gazetteer: drop (country-modifier)
// Steps: reference-scope (a division form outside the plan's region, a brand
// without a company context), level-ends-word, overlap (lost the
// leftmost-longest choice to the span named), not-entity, generic-project,
// generic-place, opens-name, country-modifier, in-title.
import createDebug from 'debug';
import type { TextUnit } from '../units.js';
import { BLOCKED } from './blockers.js';
import type { Mention } from './mention.js';

const debug = createDebug('plangraph:extract');

/** Whether tracing is on: callers skip building the trace otherwise. */
export const tracing = (): boolean => debug.enabled;

/** One line per span: `keep` or `drop (<step>)`, the rule that proposed it, the text as written. */
export function traceSpan(unit: TextUnit, m: Mention, verdict: string): void {
  debug('%s %d-%d %s %s %s: %s', unit.id, m.start, m.end, unit.text.slice(m.start, m.end), m.type, m.rule, verdict);
}

/**
 * The choice among overlapping proposals: every proposal not chosen is
 * dropped as `overlap` with the span that won over it (or `not-entity` when
 * nothing overlaps: the chosen name was a not-entity phrase).
 */
export function traceChoice(unit: TextUnit, proposals: Mention[], chosen: Mention[]): void {
  const kept = new Set(chosen);
  for (const m of proposals) {
    if (kept.has(m)) continue;
    if (m.rule === BLOCKED) {
      traceSpan(unit, m, 'blocker');
      continue;
    }
    const winner = chosen.find((c) => c.start < m.end && m.start < c.end);
    traceSpan(unit, m, winner ? `drop (overlap: ${unit.text.slice(winner.start, winner.end)} ${winner.rule})` : 'drop (not-entity)');
  }
}
