// `plangraph eval`: extract every plan that has a gold file and score it.
import { loadGazetteer } from '../gazetteer.js';
import { extractPlan } from '../index.js';
import { loadPlans } from '../load-plans.js';
import { devTextPath, goldDirOf, loadDevManifest, TEXT_SETS, type TextSetName } from './dev-set.js';
import { evaluatePlan } from './evaluate.js';
import { GoldError, loadGold } from './gold.js';
import { withoutPlan } from './leave-one-out.js';
import { summarise, type EvalReport } from './report.js';

/**
 * - `seed`: the curated gazetteer as it is. Inflated: it was read off these
 *   same plans.
 * - `unseen`: leave one plan out. Each plan is scored with the gazetteer
 *   minus the entries only that plan sourced (leave-one-out.ts), the closest
 *   proxy for a new city's plan.
 * - `dev`: the dev set (tests/fixtures/dev), real texts from other provinces
 *   that nobody here curated, extracted with the full gazetteer: unseen by
 *   construction, but rules have been tuned while looking at it.
 * - `heldout`: the held-out set (tests/fixtures/heldout), the same kind of
 *   texts, scored the same way, that rule writers never look at.
 */
export type EvalMode = 'seed' | 'unseen' | TextSetName;
export const EVAL_MODES: readonly EvalMode[] = ['seed', 'unseen', 'dev', 'heldout'];
export const EVAL_MODE_TITLES: Record<EvalMode, string> = {
  seed: 'seed gazetteer',
  unseen: 'unseen estimate (leave one plan out)',
  dev: 'dev set (real texts nobody here curated, full gazetteer)',
  heldout: 'held-out (fresh real texts no rule was tuned on, full gazetteer)',
};

/** `goldDir`: the seed gold, or for `dev` / `heldout` the set's folder (texts, manifest.json, gold/). */
export function runEval(mode: EvalMode = 'seed', goldDir?: string, gazetteerDir?: string): EvalReport {
  const full = loadGazetteer(gazetteerDir);
  if (mode === 'dev' || mode === 'heldout') return runTextSet(full, goldDir ?? TEXT_SETS[mode]);
  const gold = loadGold(goldDir);
  const docs = loadPlans(gold.map((g) => g.plan), false);
  return summarise(
    gold.map((g, i) => {
      if (mode === 'seed') return evaluatePlan(g, extractPlan(docs[i]!, full));
      // Without P's entries nothing can know that 聚龙股份 is registered as
      // 聚龙股份有限公司: the gold's written form counts too.
      return evaluatePlan(g, extractPlan(docs[i]!, withoutPlan(full, g.plan)), { surfaces: true });
    }),
  );
}

/**
 * A set of real texts (dev or held-out): each text is read like a file nobody has seen (its plan entry
 * inferred from its own lines), and written forms count.
 */
function runTextSet(gazetteer: ReturnType<typeof loadGazetteer>, dir: string): EvalReport {
  const texts = new Map(loadDevManifest(dir).map((t) => [t.id, t] as const));
  const gold = loadGold(goldDirOf(dir));
  const missing = gold.filter((g) => !texts.has(g.plan)).map((g) => g.plan);
  if (missing.length) throw new GoldError(`Gold without a text in ${dir}/manifest.json: ${missing.join(', ')}.`);
  const docs = loadPlans(gold.map((g) => devTextPath(texts.get(g.plan)!, dir)), false);
  return summarise(gold.map((g, i) => evaluatePlan(g, extractPlan(docs[i]!, gazetteer), { surfaces: true })));
}
