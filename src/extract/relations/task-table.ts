// Task tables (work-report divisions of labour): a table whose header names
// a unit column (牵头单位 / 责任单位 / 配合单位, seed/lexicon unit-list-labels)
// gives one task per row: the task column's cell is the task, each unit
// column's cell its units in written order, labelled by the column header
// (so a 牵头单位 leads, a 配合单位 assists). People columns (责任领导) are not
// units. Layout (pipe, tabs, one cell per line) is the text stage's concern.
import { headerRole, type HeaderRole } from '../../text/table-header.js';
import { splitNames } from '../../text/unit-list.js';
import type { Position, Section, Table, TableCell, TableRow } from '../../text/types.js';
import type { ExtractionContext } from '../context.js';
import { provenanceAt, provenanceOf } from '../provenance.js';
import type { Provenance } from '../types.js';
import type { TextUnit } from '../units.js';

export interface TableTask {
  blockId: string;
  number: string | null;
  heading: string;
  section: Section;
  units: { name: string; position: Position; label: string }[];
  quote: Provenance;
  /** The task cell, for a target it states (`地区生产总值增长6%左右`). */
  target?: { unit: TextUnit; at: number };
}

/** Column roles of a task table's header (the last header row holds the leaves), or undefined when it has no unit column. */
function taskColumns(table: Table): { roles: (HeaderRole | undefined)[]; labels: string[] } | undefined {
  const header = table.header.at(-1);
  if (!header) return undefined;
  const labels = header.cells.map((c) => c.text.replace(/\s+/g, ''));
  const roles = labels.map(headerRole);
  return roles.includes('units') ? { roles, labels } : undefined;
}

export function tableTasks(ctx: ExtractionContext): TableTask[] {
  const out: TableTask[] = [];
  for (const { table, sections } of ctx.walk.tables) {
    const columns = taskColumns(table);
    if (!columns) continue;
    const section = sections[sections.length - 1]!;
    table.rows.forEach((row, i) => {
      const task = rowTask(ctx, table, row, table.header.length + i, columns.roles, columns.labels, section);
      if (task) out.push(task);
    });
  }
  return out;
}

function rowTask(ctx: ExtractionContext, table: Table, row: TableRow, r: number, roles: (HeaderRole | undefined)[], labels: string[], section: Section): TableTask | undefined {
  if (row.isCategory || row.cells.length < 2) return undefined;
  // Cells and columns line up when the row is as wide as the header; a shorter row is read from the left.
  const cell = (role: HeaderRole) => {
    const c = roles.indexOf(role);
    return c >= 0 && c < row.cells.length ? { cell: row.cells[c]!, c } : undefined;
  };
  const taskCell = cell('task') ?? cell('name') ?? firstText(row, roles);
  if (!taskCell || taskCell.cell.text === '') return undefined;
  const number = cell('number')?.cell.text || null;
  const units: TableTask['units'] = [];
  roles.forEach((role, c) => {
    const unitCell = row.cells[c];
    if (role !== 'units' || !unitCell || unitCell.text === '') return;
    for (const [a, b] of splitNames(unitCell.text, 0, unitCell.text.length)) {
      units.push({ name: unitCell.text.slice(a, b), position: ctx.doc.locate(unitCell, a, b), label: labels[c]! });
    }
  });
  if (units.length === 0) return undefined;
  const unit = ctx.unitOf(`${table.id}/r${r}/c${taskCell.c}`);
  const heading = taskCell.cell.text.replace(/[。;]$/, '');
  const quote = unit ? provenanceOf(ctx.doc, unit, 0, heading.length, 'task-table') : provenanceAt(ctx.doc, section.id, taskCell.cell.position, 'task-table');
  const task: TableTask = { blockId: `${table.id}/r${r}`, number, heading, section, units, quote };
  if (unit) task.target = { unit, at: 0 };
  return task;
}

/** A table without a named task column: its first text cell that is not a number or a unit list. */
function firstText(row: TableRow, roles: (HeaderRole | undefined)[]): { cell: TableCell; c: number } | undefined {
  const c = row.cells.findIndex((x, i) => roles[i] !== 'number' && roles[i] !== 'units' && /\p{Script=Han}/u.test(x.text));
  return c >= 0 ? { cell: row.cells[c]!, c } : undefined;
}
