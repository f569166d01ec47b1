// Estimates extraction on an unseen plan: the eval with a gazetteer cut down
// to admin areas and industries (what a new city's plan would meet).
// Run: npx tsx tests/extract/eval-unseen.ts
import { runEval } from '../../src/extract/eval/index.js';
import { formatReport } from '../../src/extract/eval/report.js';

console.log(formatReport(runEval(undefined, undefined, ['AdminArea', 'Industry'])));
