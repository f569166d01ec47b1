// Shared look-ups for the per-seed tests.
import { loadPlanDocument } from '../../src/text/index.js';
import { walkNodes } from '../../src/text/outline.js';
import type { Node, PlanDocument, Section, SectionKind, Table, TaskBlock } from '../../src/text/types.js';

const cache = new Map<string, PlanDocument>();
export function seed(id: string): PlanDocument {
  let doc = cache.get(id);
  if (!doc) cache.set(id, (doc = loadPlanDocument(id)));
  return doc;
}

export const nodes = (doc: PlanDocument): Node[] => [...walkNodes(doc.root)];
export const sections = (doc: PlanDocument, kind: SectionKind): Section[] => nodes(doc).filter((n): n is Section => n.type === 'section' && n.kind === kind);
export const tables = (doc: PlanDocument): Table[] => nodes(doc).filter((n): n is Table => n.type === 'table');
export const tasks = (doc: PlanDocument): TaskBlock[] => nodes(doc).filter((n): n is TaskBlock => n.type === 'task');
export const byId = (doc: PlanDocument, id: string): Node | undefined => nodes(doc).find((n) => n.id === id);
export const messages = (doc: PlanDocument, ruleId: string) => doc.messages.filter((m) => m.ruleId === ruleId);
/** The original text at a position. */
export const quote = (doc: PlanDocument, p: { start: { offset: number }; end: { offset: number } }) => doc.raw.slice(p.start.offset, p.end.offset);
