// `plangraph eval`: extract every plan that has a gold file and score it.
import { loadGazetteer } from '../gazetteer.js';
import { extractPlan } from '../index.js';
import { loadPlans } from '../load-plans.js';
import { evaluatePlan } from './evaluate.js';
import { loadGold } from './gold.js';
import { summarise, type EvalReport } from './report.js';

/**
 * `onlyTypes` keeps only those gazetteer entries (plus not-entities): with
 * `['AdminArea', 'Industry']` it estimates how the extractor does on a plan
 * whose companies, parks and agencies the gazetteer has never seen.
 */
export function runEval(goldDir?: string, gazetteerDir?: string, onlyTypes?: string[]): EvalReport {
  // A cut-down gazetteer cannot know registered names: accept the written ones then.
  const options = onlyTypes ? { surfaces: true } : {};
  const gold = loadGold(goldDir);
  const full = loadGazetteer(gazetteerDir);
  const gazetteer = onlyTypes ? { entries: full.entries.filter((e) => onlyTypes.includes(e.type)), notEntities: full.notEntities } : full;
  const docs = loadPlans(gold.map((g) => g.plan), false);
  return summarise(gold.map((g, i) => evaluatePlan(g, extractPlan(docs[i]!, gazetteer), options)));
}
