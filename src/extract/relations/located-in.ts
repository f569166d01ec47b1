// X LOCATED_IN area: from a place a park's or project's name carries
// (海城菱镁工业园 → 海城市), else the gazetteer's hierarchy (for mentioned
// entities only), else the area sub-section a park or project is listed in;
// and from `A位于B`.
import type { ExtractionContext, Found } from '../context.js';
import { gazetteerEntity, sourceText } from '../entity.js';
import { placeInName } from '../places-in-name.js';
import { provenanceOf } from '../provenance.js';
import { bySentence } from '../sentences.js';
import type { EntityType } from '../types.js';

const PLACED_TYPES: EntityType[] = ['IndustrialPark', 'Project', 'Enterprise', 'Institution'];
/** Only parks and projects are placed by a place in their name: a company named 深圳… may be anywhere. */
const NAMED_PLACE_TYPES: EntityType[] = ['IndustrialPark', 'Project'];
/** Only parks and projects are placed by the area section they appear in; an enterprise named there may be based elsewhere (鞍钢 in 海城市's section). */
const AREA_SECTION_TYPES: EntityType[] = ['IndustrialPark', 'Project'];
/** `A位于B`, `A坐落于B`: at most this many characters between A, the verb and B. */
const LOCATED_VERBS = /^(位于|坐落于|地处)/;
const MAX_GAP = 2;

export function addLocatedIn(ctx: ExtractionContext): void {
  const placed = new Set<string>();
  // A park's or project's name that carries a place says where it is.
  for (const f of ctx.found) {
    if (placed.has(f.entity.id) || !NAMED_PLACE_TYPES.includes(f.entity.type)) continue;
    const area = placeInName(f.entity, ctx.index, ctx.resolver);
    if (!area) continue;
    placed.add(f.entity.id);
    ctx.graph.addNode(gazetteerEntity(area));
    ctx.graph.addRelationship('LOCATED_IN', f.entity.id, area.id, { ...f.provenance, rule: 'name-carries-area' });
  }
  // The gazetteer's hierarchy, for entities this plan mentions (first mention quoted).
  for (const f of ctx.found) {
    const entry = f.entity.entry;
    if (!entry?.locatedIn || placed.has(f.entity.id)) continue;
    const parent = ctx.index.byId.get(entry.locatedIn);
    if (!parent) continue;
    placed.add(f.entity.id);
    ctx.graph.addNode(gazetteerEntity(parent));
    ctx.graph.addRelationship('LOCATED_IN', f.entity.id, parent.id, { ...f.provenance, rule: 'gazetteer' }, { source: sourceText(entry) });
  }
  for (const f of ctx.found) {
    if (placed.has(f.entity.id) || !AREA_SECTION_TYPES.includes(f.entity.type)) continue;
    const area = f.mention.unit.sections.map((s) => ctx.areaOfSection.get(s.id)).filter(Boolean).pop();
    if (!area || area.id === f.entity.id) continue;
    ctx.graph.addNode(area);
    ctx.graph.addRelationship('LOCATED_IN', f.entity.id, area.id, { ...f.provenance, rule: 'area-section' });
  }
  for (const [unitId, list] of ctx.byUnit) addStatedLocations(ctx, unitId, list);
}

function addStatedLocations(ctx: ExtractionContext, unitId: string, list: Found[]): void {
  const unit = ctx.unitOf(unitId);
  if (!unit) return;
  for (const { items } of bySentence(unit.matchText, list)) {
    for (let i = 0; i + 1 < items.length; i++) {
      const a = items[i]!;
      if (!PLACED_TYPES.includes(a.entity.type)) continue;
      const after = unit.matchText.slice(a.mention.end, a.mention.end + MAX_GAP + 4);
      const verb = after.slice(0, MAX_GAP + 3).search(/位于|坐落于|地处/);
      if (verb < 0 || verb > MAX_GAP) continue;
      const verbText = LOCATED_VERBS.exec(after.slice(verb))?.[0] ?? '';
      const b = items[i + 1]!;
      if (b.entity.type !== 'AdminArea' || b.mention.start - (a.mention.end + verb + verbText.length) > MAX_GAP) continue;
      const provenance = provenanceOf(ctx.doc, unit, a.mention.start, b.mention.end, `text:${verbText}`);
      ctx.graph.addRelationship('LOCATED_IN', a.entity.id, b.entity.id, provenance);
    }
  }
}
