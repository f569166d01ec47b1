// The document flattened into the pieces of text that rules read: paragraphs,
// task blocks and table cells, each with its enclosing sections.
import type { Node, Paragraph, PlanDocument, Section, Table, TableCell, TaskBlock } from '../text/types.js';

export interface TextUnit {
  /** Paragraph/task block id, or `<table id>/r<i>/c<j>` for a cell. */
  id: string;
  kind: 'paragraph' | 'task' | 'cell';
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

export function walkDocument(doc: PlanDocument): DocumentWalk {
  const walk: DocumentWalk = { sections: [], units: [], tables: [], tasks: [] };
  const visit = (node: Node, path: Section[]): void => {
    if (node.type === 'section') {
      const inner = [...path, node];
      walk.sections.push(node);
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
