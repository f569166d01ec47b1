// X LOCATED_IN area: from a place a name carries as written
// (海城菱镁工业园 → 海城市, 深圳宏电股份 → 深圳市), else the gazetteer's hierarchy (for mentioned
// entities only), else the area sub-section a park or project is listed in;
// and from `A位于B`.
import { areaOf, type ExtractionContext, type Found } from '../context.js';
import { gazetteerEntity, sourceText } from '../entity.js';
import { placeInName } from '../places-in-name.js';
import { provenanceOf } from '../provenance.js';
import { DIVISIONS_DATASET } from '../reference/divisions.js';
import { bySentence } from '../sentences.js';
import type { EntityType } from '../types.js';

const PLACED_TYPES: EntityType[] = ['IndustrialPark', 'Project', 'Enterprise', 'Institution'];
/**
 * Types a place in the written name locates: a park or project is where its
 * name says (`海城菱镁工业园`); a company or institute is based where its name
 * says (`深圳宏电股份` → 深圳市, `中钢集团鞍山热能研究院` → 鞍山市), even when the plan
 * is about its investment elsewhere. A place inside a company named within a
 * project's name is the company's, not the project's (places-in-name.ts).
 */
const NAMED_PLACE_TYPES: EntityType[] = ['IndustrialPark', 'Project', 'Enterprise', 'Institution'];
/**
 * A province in a name is a registration prefix or a brand, not an address
 * (`辽宁菱镁矿业有限公司`, `江苏矫豪新能源科技`, `辽宁东戴河新区`); a province-level
 * city is an address (`北京大兴生物医药基地`).
 */
function placesItsType(_type: EntityType, areaId: string, ctx: ExtractionContext): boolean {
  const area = ctx.index.byId.get(areaId);
  return area?.level !== 'province' || area.name.endsWith('市');
}

const AREA_SECTION_TYPES: EntityType[] = ['IndustrialPark', 'Project'];
/** `A位于B`, `A坐落于B`: at most this many characters between A, the verb and B. */
const LOCATED_VERBS = /^(位于|坐落于|地处)/;
const MAX_GAP = 2;

export function addLocatedIn(ctx: ExtractionContext): void {
  const placed = new Set<string>();
  // A name that carries a place, as written, says where it is: quoted once per section.
  const stated = new Set<string>();
  for (const f of ctx.found) {
    if (!NAMED_PLACE_TYPES.includes(f.entity.type)) continue;
    // The head of a coordinated ellipsis is written as its place alone (`敦煌` of `改扩建敦煌、嘉峪关和庆阳机场`):
    // the name it stands for (`敦煌机场`) carries the place.
    const written = f.mention.unit.matchText.slice(f.mention.start, f.mention.end);
    const surface = f.mention.rule.startsWith('ellipsis') && f.mention.name.startsWith(written) ? f.mention.name : written;
    // Companies, parks and institutes named inside a project or park (found by any rule) keep their places to
    // themselves; inside a company's own name they are its other spellings (`沈阳铁西文旅集团` in `…有限公司`).
    const owners = (f.entity.type === 'Project' || f.entity.type === 'IndustrialPark' ? (f.mention.nested ?? []) : [])
      // A zone opening a park's name (`天津经开区现代产业园`) lies where the park lies: its place is the park's too.
      .filter((n) => n.type !== 'AdminArea' && n.type !== 'Industry' && !(f.entity.type === 'IndustrialPark' && n.type === 'IndustrialPark'))
      .map((n) => ({ start: n.start - f.mention.start, end: n.end - f.mention.start }));
    const park = f.entity.type === 'IndustrialPark' ? { regionChain: ctx.region.chain } : undefined;
    const area = placeInName(surface, ctx.index, ctx.resolver, f.entity.id, owners, park);
    if (area && !placesItsType(f.entity.type, area.id, ctx)) continue;
    const key = `${f.entity.id}|${f.provenance.section}`;
    if (!area || stated.has(key)) continue;
    stated.add(key);
    placed.add(f.entity.id);
    ctx.graph.addNode(gazetteerEntity(area));
    ctx.graph.addRelationship('LOCATED_IN', f.entity.id, area.id, { ...f.provenance, rule: 'name-carries-area' });
  }
  // An area written right after its parent (`肇庆市封开县`, `海城西柳`): the text states where it is.
  for (const [unitId, list] of ctx.byUnit) {
    const unit = ctx.unitOf(unitId);
    for (let i = 1; unit && i < list.length; i++) {
      const [a, b] = [list[i - 1]!, list[i]!];
      if (b.entity.type !== 'AdminArea' || placed.has(b.entity.id) || b.mention.start !== a.mention.end || b.entity.entry?.locatedIn !== a.entity.id) continue;
      placed.add(b.entity.id);
      ctx.graph.addRelationship('LOCATED_IN', b.entity.id, a.entity.id, provenanceOf(ctx.doc, unit, a.mention.start, b.mention.end, 'text:after-parent'));
    }
  }
  // Only the written form counts: a canonical name the plan does not write
  // (`数字产业园` resolved to 鞍山数字产业园) states nothing; the gazetteer's
  // hierarchy below places it, as a copied fact.
  // A town or street in an area sub-section of its own district (000 chapter 12: 千山区。…汤岗子): stated by the text.
  for (const f of ctx.found) {
    if (placed.has(f.entity.id) || f.entity.type !== 'AdminArea' || !f.entity.entry?.locatedIn) continue;
    const area = areaOf(f.mention.unit, ctx.areaOfSection);
    if (!area || area.id !== f.entity.entry.locatedIn) continue;
    placed.add(f.entity.id);
    ctx.graph.addNode(area);
    ctx.graph.addRelationship('LOCATED_IN', f.entity.id, area.id, { ...f.provenance, rule: 'area-section' });
  }
  // The gazetteer's hierarchy, for entities this plan mentions (first mention quoted). An area the
  // division dataset has is placed by the dataset, up the whole chain (`rule: reference`, its code as source).
  for (const f of ctx.found) {
    const entry = f.entity.entry;
    if (!entry?.locatedIn || placed.has(f.entity.id)) continue;
    for (let child = entry, parent = ctx.index.byId.get(entry.locatedIn); parent; child = parent, parent = parent.locatedIn ? ctx.index.byId.get(parent.locatedIn) : undefined) {
      const code = child.type === 'AdminArea' ? ctx.index.codeOf(child.id) : undefined;
      if (child !== entry && (!code || placed.has(child.id))) break;
      placed.add(child.id);
      ctx.graph.addNode(gazetteerEntity(parent));
      const rule = code ? 'reference' : 'gazetteer';
      ctx.graph.addRelationship('LOCATED_IN', child.id, parent.id, { ...f.provenance, rule }, { source: code ? `${DIVISIONS_DATASET}: ${code}` : sourceText(child) });
    }
  }
  for (const f of ctx.found) {
    if (placed.has(f.entity.id) || !AREA_SECTION_TYPES.includes(f.entity.type)) continue;
    const area = areaOf(f.mention.unit, ctx.areaOfSection);
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
