// The mention stage: the registry's rules (rules.ts) over one text unit.
// Every propose rule proposes names, the filters of each stage drop or
// revise them, one choice among the overlapping ones (leftmost-longest,
// rule priority on equal spans), the chosen filters last. Each step returns
// its result and hands the next one what it reads (rule.ts contexts); a
// Witness (trace.ts) is told every verdict, with the rule behind it.
import type { GazetteerIndex } from '../gazetteer-index.js';
import type { TextUnit } from '../units.js';
import type { RegionContext } from '../region.js';
import { BLOCKED } from './blockers.js';
import { isDescriptive } from './generic.js';
import { withRank } from './lead-words.js';
import type { Mention } from './mention.js';
import type { ChosenContext, DiscoveredContext, FilterRule, FilterStage, KnownContext, ProposeRule, UnitContext } from './rule.js';
import { CHOOSE, FILTER, PROPOSE, RULE_PRIORITY } from './rules.js';
import { traceWitness, tracing, type Witness } from './trace.js';

export function findMentions(unit: TextUnit, index: GazetteerIndex, region: RegionContext): Mention[] {
  return runMentionRules(unit, index, region, tracing() ? traceWitness(unit) : undefined);
}

/** The rules a run uses: the registry's, or (in tests) the registry without one rule, to see what it does. */
export interface Registry {
  readonly propose: readonly ProposeRule[];
  readonly filter: readonly FilterRule[];
}
const REGISTRY: Registry = { propose: PROPOSE, filter: FILTER };

interface StageContext {
  known: UnitContext;
  discovered: KnownContext;
  proposed: KnownContext;
  chosen: ChosenContext;
}

export function runMentionRules(unit: TextUnit, index: GazetteerIndex, region: RegionContext, witness?: Witness, registry: Registry = REGISTRY): Mention[] {
  const base: UnitContext = { index, region, descriptive: (words) => isDescriptive(words, index) };
  /** Each rule's proposals as it returned them, and as they enter the choice. */
  const raw = new Map<string, Mention[]>();
  const proposed = new Map<string, Mention[]>();
  // Each rule gets the context its `reads` names (rule.ts); the runner builds them in that order.
  const propose = (rule: ProposeRule, ctx: UnitContext | KnownContext | DiscoveredContext): Mention[] => {
    const out = (rule.run as (unit: TextUnit, ctx: UnitContext) => Mention[])(unit, ctx).map((m) => ({ ...m, proposedBy: rule.id }));
    raw.set(rule.id, out);
    return out;
  };
  const sift = <S extends FilterStage>(stage: S, proposals: Mention[], ctx: StageContext[S], ruleId?: string): Mention[] => {
    let list = proposals;
    for (const filter of registry.filter) {
      if (filter.on !== stage || (filter.only && !(ruleId && filter.only.includes(ruleId)))) continue;
      const { kept, dropped } = (filter.run as (p: readonly Mention[], c: StageContext[S]) => ReturnType<FilterRule['run']>)(list, ctx);
      if (witness) for (const d of dropped) witness(d.mention, { verdict: 'drop', by: filter.id, ...(d.reason ? { reason: d.reason } : {}) });
      list = kept;
    }
    return list;
  };

  // 1. Names the gazetteer and the reference know, each rule reading those before it: `known`.
  const known: Mention[] = [];
  for (const rule of registry.propose) {
    if (rule.kind !== 'known') continue;
    const out = sift('known', propose(rule, rule.reads === 'unit' ? base : { ...base, known: [...known] }), base, rule.id);
    proposed.set(rule.id, out);
    known.push(...out);
  }
  // 2. The other rules that read the unit or the known names; discovered names refined per rule.
  const withKnown: KnownContext = { ...base, known };
  const discovered = new Map<string, Mention[]>();
  for (const rule of registry.propose) {
    if (rule.kind === 'known' || rule.reads === 'discovered') continue;
    const out = propose(rule, rule.reads === 'unit' ? base : withKnown);
    if (rule.kind === 'discovered') discovered.set(rule.id, sift('discovered', out, withKnown, rule.id));
    else proposed.set(rule.id, out);
  }
  // 3. Rules that read the discovered names (ellipsis heads), then the discovered names as they enter the choice.
  const withDiscovered: DiscoveredContext = { ...withKnown, discovered };
  for (const rule of registry.propose) {
    if (rule.kind !== 'known' && rule.reads === 'discovered') proposed.set(rule.id, propose(rule, withDiscovered));
  }
  for (const [id, out] of discovered) proposed.set(id, sift('proposed', out, withKnown, id));
  const all = registry.propose.flatMap((rule) => proposed.get(rule.id) ?? []);

  // 4. The choice, then the filters over it.
  const priorities = registry === REGISTRY ? RULE_PRIORITY : new Map(registry.propose.map((r) => [r.id, r.priority]));
  const priorityOf = (m: Mention) => priorities.get(m.proposedBy!)!;
  const choiceCtx = { ...withDiscovered, raw, priorityOf };
  const choice = CHOOSE[0]!;
  const { chosen, dropped } = choice.run(all, choiceCtx);
  if (witness) witnessChoice(witness, choice.id, all, chosen, dropped);
  const final = sift('chosen', chosen, { ...choiceCtx, chosen }, undefined);
  if (witness) for (const m of final) witness(m, { verdict: 'keep' });
  return withFallback(final, raw.get('agency') ?? []).map(asWritten).map(withRank);
}

/**
 * The choice's verdicts: what it set aside on purpose, then every proposal not chosen, as a blocker
 * (it won its span and yields nothing) or dropped for the overlapping name that won (none: a not-entity name).
 */
function witnessChoice(witness: Witness, by: string, all: readonly Mention[], chosen: readonly Mention[], dropped: readonly { mention: Mention; reason?: string }[]): void {
  const aside = new Set(dropped.map((d) => d.mention));
  for (const d of dropped) witness(d.mention, { verdict: 'drop', by, ...(d.reason ? { reason: d.reason } : {}) });
  const kept = new Set(chosen);
  for (const m of all) {
    if (kept.has(m) || aside.has(m)) continue;
    if (m.rule === BLOCKED) {
      witness(m, { verdict: 'blocker' });
      continue;
    }
    const winner = chosen.find((c) => c.start < m.end && m.start < c.end);
    witness(m, winner ? { verdict: 'drop', by, reason: `${m.unit.text.slice(winner.start, winner.end)} ${winner.rule}` } : { verdict: 'drop', by: 'not-entity' });
  }
}

/**
 * A gazetteer agency spelled as another city's context alias (`区政府` is
 * 铁西区人民政府 in a Shenyang plan) keeps the grammar's reading of the same
 * span, for a plan where the alias fits no place (resolve falls back on it).
 */
function withFallback(kept: Mention[], agencies: Mention[]): Mention[] {
  return kept.map((m) => {
    if (m.type !== 'GovernmentAgency' || !m.candidates?.every((c) => c.kind === 'context')) return m;
    const same = agencies.find((a) => a.start === m.start && a.end === m.end);
    return same ? { ...m, fallback: same } : m;
  });
}

/**
 * Rules read matchText (simplified). In a unit written in traditional
 * characters a discovered name is named and identified by its simplified
 * form (`青拓集团`), the written form (`青拓集團`) kept as `written` for the
 * aliases; in a simplified unit a variant character is part of the name as
 * the plan writes it (`汎宇化学`, not `泛宇化学`). Both texts have the same length.
 */
function asWritten(m: Mention): Mention {
  if (m.candidates) return m;
  const simplified = m.unit.matchText.slice(m.start, m.end);
  const written = m.unit.text.slice(m.start, m.end);
  if (simplified === written || !m.name.includes(simplified)) return m;
  const form = m.name.replace(simplified, written);
  return isTraditional(m.unit.text, m.unit.matchText) ? { ...m, written: form } : { ...m, name: form };
}

/** Characters that simplification changes, at least this share of the unit's Han characters (and two of them): a traditional text. */
const TRADITIONAL_SHARE = 0.05;

/** Whether a unit is written in traditional characters: enough of its characters simplify to others, not one variant in a name. */
export function isTraditional(text: string, matchText: string): boolean {
  let changed = 0;
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    if (/\p{Script=Han}/u.test(text[i]!)) han++;
    if (text[i] !== matchText[i]) changed++;
  }
  return changed >= 2 && changed >= han * TRADITIONAL_SHARE;
}

