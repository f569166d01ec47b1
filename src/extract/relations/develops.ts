// Park or area → Industry:
//   a park whose name carries the industry (`海城牌楼菱镁产业转型升级试验区`
//   develops 菱镁产业, `天安集团氢能产业园` 氢能产业);
//   a sentence whose subject is the park or area and whose industry follows a
//   development verb (`腾鳌经济开发区依托…,重点发展染颜料及化学助剂产业`).
// A sentence without a named subject gives nothing, however obvious the
// plan's own region may seem.
import type { ExtractionContext } from '../context.js';
import { gazetteerEntity } from '../entity.js';
import { selectLeftmostLongest } from '../matcher.js';
import { crossedByWord } from '../mentions/gazetteer.js';
import { provenanceOf } from '../provenance.js';
import { bySentence } from '../sentences.js';

/** Verbs that make what follows a development direction of the subject. */
export const DEVELOP_VERBS = /发展|培育|壮大|做强|做大|聚焦|引育|延伸/g;
/** The subject opens the sentence (after at most this many characters, e.g. `依托`). */
const SUBJECT_SLACK = 3;

export function addDevelops(ctx: ExtractionContext): void {
  for (const f of ctx.found) {
    if (f.entity.type !== 'IndustrialPark') continue;
    for (const industry of industriesInName(ctx, f.entity.name)) {
      ctx.graph.addNode(industry);
      ctx.graph.addRelationship('DEVELOPS', f.entity.id, industry.id, { ...f.provenance, rule: 'name-carries-industry' });
    }
  }
  for (const [unitId, list] of ctx.byUnit) {
    const unit = ctx.unitOf(unitId);
    if (!unit || !list.some((f) => f.entity.type === 'Industry')) continue;
    for (const { span, items } of bySentence(unit.matchText, list)) {
      const subject = items.find((f) => (f.entity.type === 'IndustrialPark' || f.entity.type === 'AdminArea') && f.mention.start - span[0] <= SUBJECT_SLACK);
      if (!subject) continue;
      const sentence = unit.matchText.slice(span[0], span[1]);
      const verbs = [...sentence.matchAll(DEVELOP_VERBS)].map((m) => span[0] + m.index);
      for (const industry of items.filter((f) => f.entity.type === 'Industry')) {
        if (!verbs.some((v) => v > subject.mention.end && v < industry.mention.start)) continue;
        ctx.graph.addRelationship('DEVELOPS', subject.entity.id, industry.entity.id, provenanceOf(ctx.doc, unit, subject.mention.start, industry.mention.end, 'text:主语…发展'));
      }
    }
  }
}

function industriesInName(ctx: ExtractionContext, name: string) {
  const hits = ctx.index.matcher
    .findAll(name)
    .filter((h) => ctx.index.entriesOf[h.pattern]!.some((s) => s.entry.type === 'Industry' && s.kind !== 'context'))
    .filter((h) => !crossedByWord(name, h.start, h.end));
  return selectLeftmostLongest(hits).flatMap((h) => {
    const entry = ctx.index.entriesOf[h.pattern]!.find((s) => s.entry.type === 'Industry' && s.kind !== 'context')!.entry;
    return [gazetteerEntity(entry)];
  });
}
