// Park or area → Industry where a sentence has the park or area as subject
// and the industry after a development verb: `鞍山经济开发区…重点发展煤焦油深加工产业`.
// Without a subject, an area sub-section's area or a zone plan's zone is the subject.
import type { ExtractionContext } from '../context.js';
import type { Entity } from '../entity.js';
import { provenanceOf } from '../provenance.js';
import { bySentence } from '../sentences.js';
import type { TextUnit } from '../units.js';

/** Verbs that make what follows a development direction of the subject. */
export const DEVELOP_VERBS = /发展|培育|打造|壮大|做强|做大|聚焦|布局|建设|引育|延伸/g;
/** The subject must open the sentence (after at most this many characters, e.g. `——`). */
const SUBJECT_SLACK = 3;

export function addDevelops(ctx: ExtractionContext): void {
  for (const [unitId, list] of ctx.byUnit) {
    const unit = ctx.unitOf(unitId);
    if (!unit || !list.some((f) => f.entity.type === 'Industry')) continue;
    for (const { span, items } of bySentence(unit.matchText, list)) {
      const industries = items.filter((f) => f.entity.type === 'Industry');
      if (industries.length === 0) continue;
      const subject = items.find((f) => (f.entity.type === 'IndustrialPark' || f.entity.type === 'AdminArea') && f.mention.start - span[0] <= SUBJECT_SLACK);
      const host: Entity | undefined = subject?.entity ?? fallbackHost(ctx, unit);
      if (!host) continue;
      const sentence = unit.matchText.slice(span[0], span[1]);
      const verbs = [...sentence.matchAll(DEVELOP_VERBS)].map((m) => span[0] + m.index);
      for (const industry of industries) {
        if (!verbs.some((v) => v < industry.mention.start)) continue;
        const from = subject ? subject.mention.start : industry.mention.start;
        ctx.graph.addNode(host);
        ctx.graph.addRelationship('DEVELOPS', host.id, industry.entity.id, provenanceOf(ctx.doc, unit, from, industry.mention.end, subject ? 'text:主语…发展' : 'area-context:发展'));
      }
    }
  }
}

function fallbackHost(ctx: ExtractionContext, unit: TextUnit): Entity | undefined {
  const area = unit.sections.map((s) => ctx.areaOfSection.get(s.id)).filter(Boolean).pop();
  if (area) return area;
  return ctx.doc.plan.region.level === 'development-zone' ? ctx.regionEntity : undefined;
}


