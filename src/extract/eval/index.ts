// `plangraph eval`: extract every plan that has a gold file and score it.
import { loadGazetteer } from '../gazetteer.js';
import { extractPlan } from '../index.js';
import { loadPlans } from '../load-plans.js';
import { devTextPath, loadDevManifest } from './dev-set.js';
import { evaluatePlan } from './evaluate.js';
import { DEFAULT_DEV_GOLD_DIR, GoldError, loadGold } from './gold.js';
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
 *   construction.
 */
export type EvalMode = 'seed' | 'unseen' | 'dev';
export const EVAL_MODES: readonly EvalMode[] = ['seed', 'unseen', 'dev'];
export const EVAL_MODE_TITLES: Record<EvalMode, string> = {
  seed: 'seed gazetteer',
  unseen: 'unseen estimate (leave one plan out)',
  dev: 'dev set (real texts nobody here curated, full gazetteer)',
};

export function runEval(mode: EvalMode = 'seed', goldDir?: string, gazetteerDir?: string): EvalReport {
  const full = loadGazetteer(gazetteerDir);
  if (mode === 'dev') return runDev(full, goldDir);
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

/** Each dev text is read like a file nobody has seen (its plan entry inferred from its own lines); written forms count. */
function runDev(gazetteer: ReturnType<typeof loadGazetteer>, goldDir: string = DEFAULT_DEV_GOLD_DIR): EvalReport {
  const texts = new Map(loadDevManifest().map((t) => [t.id, t] as const));
  const gold = loadGold(goldDir);
  const missing = gold.filter((g) => !texts.has(g.plan)).map((g) => g.plan);
  if (missing.length) throw new GoldError(`Dev gold without a text in tests/fixtures/dev/manifest.json: ${missing.join(', ')}.`);
  const docs = loadPlans(gold.map((g) => devTextPath(texts.get(g.plan)!)), false);
  return summarise(gold.map((g, i) => evaluatePlan(g, extractPlan(docs[i]!, gazetteer), { surfaces: true })));
}
