// The document flattened into the pieces of text that rules read: paragraphs,
// task blocks and table cells, each with its enclosing sections.
import { normalise } from '../text/normalise.js';
import { toMatchText } from '../text/simplify.js';
import type { Node, Paragraph, PlanDocument, Section, Table, TableCell, TaskBlock } from '../text/types.js';

export interface TextUnit {
  /** Paragraph/task block id, `<table id>/r<i>/c<j>` for a cell, `<section id>/heading` for a heading. */
  id: string;
  kind: 'paragraph' | 'task' | 'cell' | 'heading';
  block: Paragraph | TaskBlock | TableCell;
  text: string;
  /** Same length as `text`, traditional characters simplified; rules match on this. */
  matchText: string;
  section: Section;
  /** Enclosing sections from the root down, `section` last. */
  sections: Section[];
  /** Paragraph node id when the unit is (in) a paragraph or task block. */
  paragraph?: string;
}

export interface DocumentWalk {
  sections: Section[];
  units: TextUnit[];
  tables: { table: Table; sections: Section[] }[];
  tasks: { task: TaskBlock; sections: Section[] }[];
}

/**
 * A heading as a unit of its own: the whole heading line (number included),
 * normalised the way the text stage normalises blocks, so `doc.locate` maps
 * it back exactly (it reads only the block's position).
 */
function headingUnit(doc: PlanDocument, section: Section, sections: Section[]): TextUnit | undefined {
  const position = section.headingPosition;
  if (!position || section.kind === 'plan') return undefined;
  const text = normalise(doc.raw.slice(position.start.offset, position.end.offset));
  const block: TableCell = { text, position };
  return { id: `${section.id}/heading`, kind: 'heading', block, text, matchText: toMatchText(text), section, sections };
}

export function walkDocument(doc: PlanDocument): DocumentWalk {
  const walk: DocumentWalk = { sections: [], units: [], tables: [], tasks: [] };
  const visit = (node: Node, path: Section[]): void => {
    if (node.type === 'section') {
      const inner = [...path, node];
      walk.sections.push(node);
      const heading = headingUnit(doc, node, inner);
      if (heading) walk.units.push(heading);
      for (const child of node.children) visit(child, inner);
      return;
    }
    const section = path[path.length - 1]!;
    if (node.type === 'paragraph' || node.type === 'task') {
      const kind = node.type;
      walk.units.push({ id: node.id, kind, block: node, text: node.text, matchText: node.matchText, section, sections: path, paragraph: node.id });
      if (node.type === 'task') walk.tasks.push({ task: node, sections: path });
      return;
    }
    walk.tables.push({ table: node, sections: path });
    [...node.header, ...node.rows].forEach((row, r) =>
      row.cells.forEach((cell, c) => {
        walk.units.push({ id: `${node.id}/r${r}/c${c}`, kind: 'cell', block: cell, text: cell.text, matchText: cell.text, section, sections: path });
      }),
    );
  };
  visit(doc.root, []);
  return walk;
}
