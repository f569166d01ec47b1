// `plangraph eval [--unseen] [--dev] [--heldout] [--detail] [--json out.json]`:
// precision/recall/F1 per entity, relation and task type, indicator-row and
// task exact-match rates. Without options it prints four tables: the seed
// gazetteer's score against tests/fixtures/gold (inflated: the gazetteer was
// read off these plans), the leave-one-plan-out estimate of an unseen plan,
// the dev set (tests/fixtures/dev: real texts nobody here curated, which rules
// were tuned against) and the held-out set (tests/fixtures/heldout: the same
// kind of texts, which nobody tunes against). --unseen, --dev and --heldout
// pick tables. The JSON has every miss, for fixing rules (never held-out ones).
import { writeFileSync } from 'node:fs';
import { EVAL_MODES, EVAL_MODE_TITLES, runEval, type EvalMode } from '../../extract/eval/index.js';
import { GoldError } from '../../extract/eval/gold.js';
import { formatMisses, formatReport, type EvalReport } from '../../extract/eval/report.js';
import { GazetteerError } from '../../extract/gazetteer.js';
import { PlanInputError } from '../../extract/load-plans.js';
import { ExitError } from '../errors.js';
import type { CommandRun } from '../types.js';

export interface EvalOptions {
  json?: string;
  /** Only the leave-one-plan-out estimate (with --dev: that and the dev set). */
  unseen: boolean;
  /** Only the dev set (with --unseen or --heldout: those tables too). */
  dev: boolean;
  /** Only the held-out set (with --unseen or --dev: those tables too). */
  heldout: boolean;
  /** Also print every false positive and false negative, per plan. */
  detail: boolean;
}

export const run: CommandRun = async ({ values }) => {
  const options: EvalOptions = {
    ...(typeof values.json === 'string' ? { json: values.json } : {}),
    unseen: values.unseen === true,
    dev: values.dev === true,
    heldout: values.heldout === true,
    detail: values.detail === true,
  };
  const picked = EVAL_MODES.filter((m) => m !== 'seed' && options[m]);
  const modes: EvalMode[] = picked.length ? picked : [...EVAL_MODES];
  const reports: Partial<Record<EvalMode, EvalReport>> = {};
  try {
    for (const mode of modes) reports[mode] = runEval(mode);
  } catch (error) {
    if (error instanceof GoldError || error instanceof GazetteerError || error instanceof PlanInputError) throw new ExitError(error.message);
    throw error;
  }
  if (options.json === '-') process.stdout.write(JSON.stringify(reports, null, 1) + '\n');
  else {
    for (const mode of modes) {
      const report = reports[mode]!;
      console.log(`==== ${EVAL_MODE_TITLES[mode]} ====\n${formatReport(report)}\n`);
      // Held-out misses are what rule writers must not see: listed only when the held-out table is asked for by name.
      if (options.detail && (mode !== 'heldout' || options.heldout)) console.log(`${formatMisses(report)}\n`);
      else if (options.detail) console.log('Held-out misses not listed (pass --heldout to see them; never tune a rule on them).\n');
    }
    if (options.json) writeFileSync(options.json, JSON.stringify(reports, null, 1) + '\n');
  }
  return 0;
};
