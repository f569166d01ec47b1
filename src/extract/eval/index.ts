// `plangraph eval`: extract every plan that has a gold file and score it.
import { loadGazetteer } from '../gazetteer.js';
import { extractPlan } from '../index.js';
import { loadPlans } from '../load-plans.js';
import { evaluatePlan } from './evaluate.js';
import { loadGold } from './gold.js';
import { summarise, type EvalReport } from './report.js';

export function runEval(goldDir?: string, gazetteerDir?: string): EvalReport {
  const gold = loadGold(goldDir);
  const gazetteer = loadGazetteer(gazetteerDir);
  const docs = loadPlans(gold.map((g) => g.plan), false);
  return summarise(gold.map((g, i) => evaluatePlan(g, extractPlan(docs[i]!, gazetteer))));
}
