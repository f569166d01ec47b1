// Task F1 and LED_BY F1. A task is a block of the text (a numbered task, a
// table row, a paragraph closed by a unit list), identified by its line: an
// extracted Task matches the gold task whose lines [line, unitsLine] hold the
// line it is quoted on. LED_BY is scored as (task, unit as written, role),
// role `lead` or `assist`, over the units that name an organisation (gold
// agencies[i] not null): a class such as 相关县(市)区 is a unit of the task
// but nothing can lead it. Units compare in simplified script (市稅務局 = 市税务局).
import { toMatchText } from '../../text/simplify.js';
import type { GraphRelationship, PlanExtraction } from '../types.js';
import { inScope, type GoldFile, type GoldTask } from './gold.js';
import { score, type Score } from './score.js';

export interface TaskScores {
  taskBlocks: Score;
  ledBy: Score;
}

/** `L44 共建国家级综合性钢铁产` : line and the heading's first characters, for people reading misses. */
const taskKey = (line: number, heading: string | null | undefined): string => `L${line}${heading ? ` ${heading.slice(0, 12)}` : ''}`;

/** A task's role for unit i: the gold's, else the seed convention (a 责任单位 list is led by its first unit). */
const roleOf = (task: GoldTask, i: number): 'lead' | 'assist' => task.roles?.[i] ?? (i === 0 ? 'lead' : 'assist');

export function scoreTasks(gold: GoldFile, extraction: PlanExtraction): TaskScores {
  const line = (r: GraphRelationship) => Number(r.properties.line);
  const taskLines = new Map<string, number>();
  for (const r of extraction.relationships) {
    if (r.type === 'MENTIONED_IN' && r.start.startsWith('Task:') && !taskLines.has(r.start)) taskLines.set(r.start, line(r));
  }
  const goldAt = (at: number) => gold.tasks.find((t) => at >= t.line && at <= (t.unitsLine ?? t.line));
  const keyOf = new Map<string, string>();
  for (const task of extraction.nodes.filter((n) => n.type === 'Task')) {
    const at = taskLines.get(task.id);
    if (at === undefined || !inScope(gold.scope, at, 'tasks')) continue;
    const matched = goldAt(at);
    keyOf.set(task.id, matched ? taskKey(matched.line, matched.heading) : taskKey(at, (task.properties.heading as string | null) ?? task.name));
  }

  const goldBlocks = gold.tasks.map((t) => taskKey(t.line, t.heading));
  const goldLedBy = gold.tasks.flatMap((t) =>
    t.units.flatMap((unit, i) => (t.agencies?.[i] === null ? [] : [`${taskKey(t.line, t.heading)} → ${toMatchText(unit)} (${roleOf(t, i)})`])),
  );
  const predictedLedBy = extraction.relationships
    .filter((r) => r.type === 'LED_BY' && keyOf.has(r.start))
    .map((r) => `${keyOf.get(r.start)} → ${toMatchText(String(r.properties.written ?? r.end))} (${r.properties.lead === true ? 'lead' : 'assist'})`);
  return { taskBlocks: score(keyOf.values(), goldBlocks), ledBy: score(predictedLedBy, goldLedBy) };
}
