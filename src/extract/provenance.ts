// Provenance is always re-read from the original file: `quote` is
// `raw.slice(start, end)`, never the normalised text the rule matched.
import type { PlanDocument } from '../text/types.js';
import type { TextUnit } from './units.js';
import type { Provenance } from './types.js';

export function provenanceOf(doc: PlanDocument, unit: TextUnit, start: number, end: number, rule: string): Provenance {
  const position = doc.locate(unit.block, start, end);
  const provenance: Provenance = {
    plan: doc.plan.id,
    section: unit.section.id,
    quote: doc.raw.slice(position.start.offset, position.end.offset),
    start: position.start.offset,
    end: position.end.offset,
    line: position.start.line,
    rule,
  };
  if (unit.paragraph) provenance.paragraph = unit.paragraph;
  return provenance;
}

/** Provenance for a span already given in original-file positions (task units). */
export function provenanceAt(
  doc: PlanDocument,
  section: string,
  position: { start: { offset: number; line: number }; end: { offset: number } },
  rule: string,
  paragraph?: string,
): Provenance {
  const provenance: Provenance = {
    plan: doc.plan.id,
    section,
    quote: doc.raw.slice(position.start.offset, position.end.offset),
    start: position.start.offset,
    end: position.end.offset,
    line: position.start.line,
    rule,
  };
  if (paragraph) provenance.paragraph = paragraph;
  return provenance;
}
