// `DEBUG=plangraph:extract` traces, per text unit, which rule proposed each
// span and which rule dropped it (or that it was kept), so a wrong or missing
// entity can be followed to the rule that made it:
//   plangraph:extract t/s1/para1 2-12 興業電子科技有限公司 Enterprise suffix:有限公司: keep
//   plangraph:extract t/s1/para1 2-4 美国 AdminArea gazetteer: drop (country-modifier)
// The runner (index.ts) reports every verdict to a Witness; the tracer is one,
// so a rule added to the registry (rules.ts) is traced with no code of its
// own. A drop names the filter's id (rules.ts FILTER) or `overlap` (the choice).
import createDebug from 'debug';
import type { TextUnit } from '../units.js';
import type { Mention } from './mention.js';

const debug = createDebug('plangraph:extract');

/** Whether tracing is on: callers skip building the trace otherwise. */
export const tracing = (): boolean => debug.enabled;

/** What became of a proposal: kept, dropped by a rule (and why), or a blocker that won its span. */
export type Verdict = { verdict: 'keep' } | { verdict: 'blocker' } | { verdict: 'drop'; by: string; reason?: string };

/** Told each proposal's verdict, once, as the runner reaches it. */
export type Witness = (m: Mention, verdict: Verdict) => void;

/** The tracer as a witness: one line per span. */
export const traceWitness =
  (unit: TextUnit): Witness =>
  (m, v) =>
    traceSpan(unit, m, v.verdict === 'drop' ? `drop (${v.by}${v.reason ? `: ${v.reason}` : ''})` : v.verdict);

/** One line per span: `keep`, `blocker` or `drop (<rule>)`, the rule that proposed it, the text as written. */
function traceSpan(unit: TextUnit, m: Mention, verdict: string): void {
  const label = m.proposedBy && !m.rule.startsWith(m.proposedBy) ? `${m.rule} [${m.proposedBy}]` : m.rule;
  debug('%s %d-%d %s %s %s: %s', unit.id, m.start, m.end, unit.text.slice(m.start, m.end), m.type, label, verdict);
}

/** A relation rule's fact (relations/rules.ts): `relate <rule id>: <TYPE> <start> → <end> [<provenance rule>] line <n>`. */
export function traceFact(rule: string, type: string, start: string, end: string, provenance: { rule?: string; line?: number }): void {
  debug('relate %s: %s %s → %s [%s] line %d', rule, type, start, end, provenance.rule ?? '', provenance.line ?? 0);
}
