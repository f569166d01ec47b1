// `plangraph eval`: extract every plan that has a gold file and score it.
import { loadGazetteer } from '../gazetteer.js';
import { extractPlan } from '../index.js';
import { loadPlans } from '../load-plans.js';
import { evaluatePlan } from './evaluate.js';
import { loadGold } from './gold.js';
import { withoutPlan } from './leave-one-out.js';
import { summarise, type EvalReport } from './report.js';

/**
 * - `seed`: the curated gazetteer as it is. Inflated: it was read off these
 *   same plans.
 * - `unseen`: leave one plan out. Each plan is scored with the gazetteer
 *   minus the entries only that plan sourced (leave-one-out.ts), the closest
 *   proxy for a new city's plan.
 */
export type EvalMode = 'seed' | 'unseen';
export const EVAL_MODES: readonly EvalMode[] = ['seed', 'unseen'];
export const EVAL_MODE_TITLES: Record<EvalMode, string> = {
  seed: 'seed gazetteer',
  unseen: 'unseen estimate (leave one plan out)',
};

export function runEval(mode: EvalMode = 'seed', goldDir?: string, gazetteerDir?: string): EvalReport {
  const gold = loadGold(goldDir);
  const full = loadGazetteer(gazetteerDir);
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
