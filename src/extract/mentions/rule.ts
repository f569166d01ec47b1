// One shape for every extraction rule (issue 9 §5c): an id, the phase it
// belongs to, a priority and what it does (`run`). The mention rules are
// listed in order in rules.ts (index.ts runs them), the relation rules in
// relations/rules.ts. A rule gets everything it reads as an argument and
// returns its result: no rule sees another's state.
import type { RelateContext } from '../context.js';
import type { GazetteerIndex } from '../gazetteer-index.js';
import type { Facts } from '../relations/facts.js';
import type { RegionContext } from '../region.js';
import type { TextUnit } from '../units.js';
import type { Mention } from './mention.js';

export type Phase = 'propose' | 'filter' | 'choose' | 'relate';

/** What every rule may read besides the unit: the gazetteer, the plan's region. */
export interface UnitContext {
  readonly index: GazetteerIndex;
  readonly region: RegionContext;
  /** Whether words only describe (generic.ts): `新材料`, `商贸流通企业`. */
  readonly descriptive: (words: string) => boolean;
}

/** + the names the gazetteer and the division reference know in the unit (the `known` rules, after the `known` filters). */
export interface KnownContext extends UnitContext {
  readonly known: readonly Mention[];
}

/** + each discovered rule's proposals after the `discovered` filters, by rule id. */
export interface DiscoveredContext extends KnownContext {
  readonly discovered: ReadonlyMap<string, readonly Mention[]>;
}

/** + each rule's proposals as it returned them, and the rules' priorities: what the choice and the filters after it read. */
export interface ChoiceContext extends DiscoveredContext {
  readonly raw: ReadonlyMap<string, readonly Mention[]>;
  readonly priorityOf: (m: Mention) => number;
}

/** + the choice as it was made, before any `chosen` filter. */
export interface ChosenContext extends ChoiceContext {
  readonly chosen: readonly Mention[];
}

/**
 * What a propose rule's names are:
 * - `known`: names the gazetteer or the division reference know. The `known` filters run over them, then every
 *   later rule reads them as `ctx.known`.
 * - `discovered`: names found by their shape (an ending, a list, a clause). Each rule's proposals are refined by the
 *   `discovered` filters (lead words cut, cut at known names), then by the `proposed` ones just before the choice.
 * - `read`: names read by a grammar (a 责任单位 list, a body in running text): proposed as they are.
 * - `blocker`: spans that are no entity (rule label `not-entity`): they win their span in the choice and yield nothing.
 */
export type ProposalKind = 'known' | 'discovered' | 'read' | 'blocker';

interface RuleBase {
  /** Unique; the prefix of the `rule` label its mentions carry where it can be (`suffix` → `suffix:有限公司`). */
  readonly id: string;
  /** Why the rule exists, with the sentence that justifies it (the README and the fixture test quote rules by id). */
  readonly about: string;
}

interface ProposeBase extends RuleBase {
  readonly phase: 'propose';
  /** Lower wins when two proposals cover the same span (ties: earlier in the registry wins). */
  readonly priority: number;
  readonly kind: ProposalKind;
}

/**
 * A propose rule: the unit and what it reads → the names it proposes (`Mention[]`).
 * `reads` says which context it needs, so the runner can order the work: `unit` rules need nothing
 * else, `known` ones the known names, `discovered` ones the refined proposals of the discovered rules.
 */
export type ProposeRule =
  | (ProposeBase & { readonly reads: 'unit'; run(unit: TextUnit, ctx: UnitContext): Mention[] })
  | (ProposeBase & { readonly reads: 'known'; run(unit: TextUnit, ctx: KnownContext): Mention[] })
  | (ProposeBase & { readonly reads: 'discovered'; run(unit: TextUnit, ctx: DiscoveredContext): Mention[] });

/** A proposal a filter (or the choice) dropped, and why in a word or two (the tracer prints it). */
export interface Drop {
  readonly mention: Mention;
  readonly reason?: string;
}

/** What a filter returns: the proposals it keeps (possibly revised: a span cut, a mark set) and those it drops. */
export interface Sifted {
  readonly kept: Mention[];
  readonly dropped: Drop[];
}

/**
 * When a filter runs, over what:
 * - `known`: the `known` rules' proposals, before any other rule reads them.
 * - `discovered`: each discovered rule's proposals, before the rules that read them (`only` narrows to some rules).
 * - `proposed`: each discovered rule's proposals, just before the choice.
 * - `chosen`: the names the choice kept, in text order.
 * Filters of one stage run top to bottom, each over what the one before kept.
 */
export type FilterStage = 'known' | 'discovered' | 'proposed' | 'chosen';

export type FilterRule = RuleBase & {
  readonly phase: 'filter';
  /** Order within the stage is the registry's; kept for the common shape. */
  readonly priority: number;
  readonly only?: readonly string[];
} & (
    | { readonly on: 'known'; run(proposals: readonly Mention[], ctx: UnitContext): Sifted }
    | { readonly on: 'discovered' | 'proposed'; run(proposals: readonly Mention[], ctx: KnownContext): Sifted }
    | { readonly on: 'chosen'; run(proposals: readonly Mention[], ctx: ChosenContext): Sifted }
  );

/** The choice among overlapping proposals: the chosen names (in text order) and those it set aside on purpose. */
export interface Choice {
  readonly chosen: Mention[];
  readonly dropped: Drop[];
}

export interface ChooseRule extends RuleBase {
  readonly phase: 'choose';
  readonly priority: number;
  run(proposals: readonly Mention[], ctx: ChoiceContext): Choice;
}

/** A relation rule (relations/rules.ts): the resolved mentions → the facts it states, added to the graph in registry order. */
export interface RelateRule extends RuleBase {
  readonly phase: 'relate';
  /** Its place in the order (the array's); kept for the common shape. */
  readonly priority: number;
  run(ctx: RelateContext): Facts;
}

export type Rule = ProposeRule | FilterRule | ChooseRule | RelateRule;

/** A filter that drops the proposals `test` says, keeping the rest as they are. */
export function dropWhere(proposals: readonly Mention[], test: (m: Mention) => boolean, reason?: string): Sifted {
  const kept: Mention[] = [];
  const dropped: Drop[] = [];
  for (const m of proposals) {
    if (test(m)) dropped.push(reason ? { mention: m, reason } : { mention: m });
    else kept.push(m);
  }
  return { kept, dropped };
}

/** A filter that revises each proposal on its own: a new span, or `undefined` to drop it. */
export function reviseEach(proposals: readonly Mention[], revise: (m: Mention) => Mention | undefined): Sifted {
  const kept: Mention[] = [];
  const dropped: Drop[] = [];
  for (const m of proposals) {
    const r = revise(m);
    if (r) kept.push(r);
    else dropped.push({ mention: m });
  }
  return { kept, dropped };
}
