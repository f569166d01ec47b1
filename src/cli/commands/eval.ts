// `plangraph eval [--json out.json]`: precision/recall/F1 per entity and
// relation type, indicator-row and task exact-match rates, against
// tests/fixtures/gold. The JSON has every miss, for fixing rules.
import { writeFileSync } from 'node:fs';
import { runEval } from '../../extract/eval/index.js';
import { GoldError } from '../../extract/eval/gold.js';
import { formatReport } from '../../extract/eval/report.js';
import { GazetteerError } from '../../extract/gazetteer.js';
import { PlanInputError } from '../../extract/load-plans.js';
import { ExitError } from '../errors.js';
import type { CommandRun } from '../types.js';

export interface EvalOptions {
  json?: string;
}

export const run: CommandRun = async ({ values }) => {
  const options: EvalOptions = typeof values.json === 'string' ? { json: values.json } : {};
  let report;
  try {
    report = runEval();
  } catch (error) {
    if (error instanceof GoldError || error instanceof GazetteerError || error instanceof PlanInputError) throw new ExitError(error.message);
    throw error;
  }
  if (options.json === '-') process.stdout.write(JSON.stringify(report, null, 1) + '\n');
  else {
    console.log(formatReport(report));
    if (options.json) writeFileSync(options.json, JSON.stringify(report, null, 1) + '\n');
  }
  return 0;
};
