// The Plan, its Sections and Paragraphs as nodes, joined by PART_OF: the
// places every other fact points back to.
import type { PlanDocument, Section } from '../text/types.js';
import type { GraphBuilder } from './graph-builder.js';
import { planNodeId } from './ids.js';
import type { Properties } from './types.js';
import type { DocumentWalk } from './units.js';

export function addDocumentNodes(doc: PlanDocument, walk: DocumentWalk, graph: GraphBuilder): void {
  const plan = doc.plan;
  const planProperties: Properties = {
    title: plan.title,
    shortTitle: plan.shortTitle,
    issuer: plan.issuer,
    region: plan.region.name,
    regionLevel: plan.region.level,
    regionParents: plan.region.parents,
    period: plan.period,
    kind: plan.kind,
    file: plan.file,
  };
  if (plan.issued) planProperties.issued = plan.issued;
  if (plan.docNumber) planProperties.docNumber = plan.docNumber;
  const planId = planNodeId(plan.id);
  graph.addNode({ id: planId, type: 'Plan', name: plan.title, aliases: [plan.shortTitle], properties: planProperties });

  const parentOf = new Map<string, Section>();
  for (const section of walk.sections) for (const child of section.children) if (child.type === 'section') parentOf.set(child.id, section);
  for (const section of walk.sections) {
    const { start, end } = section.position;
    graph.addNode({
      id: section.id,
      type: 'Section',
      name: section.heading,
      aliases: [],
      properties: {
        plan: plan.id,
        kind: section.kind,
        number: section.number,
        heading: section.heading,
        path: section.path,
        line: start.line,
        start: start.offset,
        end: end.offset,
      },
    });
    const parent = parentOf.get(section.id);
    const headingEnd = Math.min(end.offset, doc.raw.indexOf('\n', start.offset) === -1 ? end.offset : doc.raw.indexOf('\n', start.offset));
    graph.addRelationship('PART_OF', section.id, parent ? parent.id : planId, {
      plan: plan.id,
      section: section.id,
      quote: doc.raw.slice(start.offset, headingEnd),
      start: start.offset,
      end: headingEnd,
      line: start.line,
      rule: 'structure',
    });
  }
  for (const unit of walk.units) {
    if (unit.kind !== 'paragraph' && unit.kind !== 'task') continue;
    const { start, end } = unit.block.position;
    graph.addNode({
      id: unit.id,
      type: 'Paragraph',
      name: unit.text.slice(0, 30),
      aliases: [],
      properties: { plan: plan.id, text: unit.text, line: start.line, start: start.offset, end: end.offset, section: unit.section.id },
    });
    graph.addRelationship('PART_OF', unit.id, unit.section.id, {
      plan: plan.id,
      section: unit.section.id,
      paragraph: unit.id,
      quote: doc.raw.slice(start.offset, end.offset),
      start: start.offset,
      end: end.offset,
      line: start.line,
      rule: 'structure',
    });
  }
}
