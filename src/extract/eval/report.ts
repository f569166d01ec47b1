// The eval table: per entity type and per relation type summed over the
// gold plans, then indicator rows and task units.
import { textTable } from '../report/count-table.js';
import type { PlanScore } from './evaluate.js';
import { sum, type Score } from './score.js';

export interface EvalReport {
  plans: string[];
  entities: Record<string, Score>;
  relations: Record<string, Score>;
  indicators: { rows: number; exact: number; rate: number };
  tasks: { rows: number; exact: number; rate: number };
  /** Task F1 (blocks found) and LED_BY F1 (task → unit, with role). */
  taskScores: { Task: Score; LED_BY: Score };
  perPlan: PlanScore[];
}

export function summarise(perPlan: PlanScore[]): EvalReport {
  const merge = (pick: (p: PlanScore) => Record<string, Score>) => {
    const out: Record<string, Score> = {};
    const types = [...new Set(perPlan.flatMap((p) => Object.keys(pick(p))))].sort();
    for (const t of types) out[t] = sum(perPlan.map((p) => pick(p)[t]).filter((s): s is Score => !!s));
    return out;
  };
  const rows = perPlan.flatMap((p) => p.indicators);
  const tasks = perPlan.flatMap((p) => p.tasks);
  const rate = (xs: { exact: boolean }[]) => ({ rows: xs.length, exact: xs.filter((x) => x.exact).length, rate: xs.length ? xs.filter((x) => x.exact).length / xs.length : 1 });
  const taskScores = { Task: sum(perPlan.map((p) => p.taskBlocks)), LED_BY: sum(perPlan.map((p) => p.ledBy)) };
  return { plans: perPlan.map((p) => p.plan), entities: merge((p) => p.entities), relations: merge((p) => p.relations), indicators: rate(rows), tasks: rate(tasks), taskScores, perPlan };
}

const f = (x: number) => x.toFixed(3);
const scoreRows = (scores: Record<string, Score>) => Object.entries(scores).map(([type, s]) => [type, f(s.precision), f(s.recall), f(s.f1), s.tp, s.fp, s.fn]);

export function formatReport(report: EvalReport): string {
  const header = ['type', 'P', 'R', 'F1', 'tp', 'fp', 'fn'];
  const pct = (x: { rows: number; exact: number; rate: number }) => `${x.exact}/${x.rows} (${(x.rate * 100).toFixed(1)}%)`;
  return [
    `Gold plans: ${report.plans.join(', ')}`,
    '',
    'Entities (type, canonical name) in scope',
    textTable(header, scoreRows(report.entities)),
    '',
    'Relations stated in scope (gazetteer-copied facts excluded)',
    textTable(header, scoreRows(report.relations)),
    '',
    'Tasks (blocks matched by line) and who carries them out (task → unit as written, lead or assist)',
    textTable(header, scoreRows(report.taskScores)),
    '',
    `Indicator rows, every labelled field exact: ${pct(report.indicators)}`,
    `Tasks, units in written order exact:       ${pct(report.tasks)}`,
    '',
    'Per plan (micro-averaged over types)',
    textTable(
      ['plan', 'entity P', 'entity R', 'relation P', 'relation R', 'indicator rows', 'tasks'],
      report.perPlan.map((p) => {
        const e = sum(Object.values(p.entities));
        const r = sum(Object.values(p.relations));
        const exact = (xs: { exact: boolean }[]) => `${xs.filter((x) => x.exact).length}/${xs.length}`;
        return [p.plan, f(e.precision), f(e.recall), f(r.precision), f(r.recall), exact(p.indicators), exact(p.tasks)];
      }),
    ),
  ].join('\n');
}

/** Every false positive (+) and false negative (−), per plan and type: where to look when fixing a rule. */
export function formatMisses(report: EvalReport): string {
  const lines: string[] = [];
  for (const p of report.perPlan) {
    for (const [kind, scores] of [['entity', p.entities], ['relation', p.relations], ['task', { Task: p.taskBlocks, LED_BY: p.ledBy }]] as const) {
      for (const [type, s] of Object.entries(scores)) {
        for (const x of s.falsePositives) lines.push(`${p.plan}\t${kind}\t${type}\t+ ${x}`);
        for (const x of s.falseNegatives) lines.push(`${p.plan}\t${kind}\t${type}\t− ${x}`);
      }
    }
    for (const rows of [p.indicators, p.tasks]) for (const r of rows) if (!r.exact) lines.push(`${p.plan}\trow\tL${r.line}\t${r.name}: ${r.differences.join('; ')}`);
  }
  return lines.length ? `Misses (+ false positive, − false negative)\n${lines.join('\n')}` : 'No misses.';
}
