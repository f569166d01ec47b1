// Names discovered somewhere in a plan (by suffix, list or unit list) are
// found again wherever else the plan writes them without the cue.
import type { PlanDocument } from '../text/types.js';
import type { Found } from './context.js';
import type { Entity } from './entity.js';
import { buildMatcher, selectLeftmostLongest } from './matcher.js';
import { provenanceOf } from './provenance.js';
import type { TextUnit } from './units.js';
import type { GazetteerIndex } from './gazetteer-index.js';
import { isDescriptive } from './mentions/generic.js';
import { coreName } from './short-forms.js';
import { inTitle } from './mentions/titles.js';
import { endsInDepartment, levelEndsWord } from './mentions/agency-grammar.js';

/** Shorter discovered names are too likely to occur inside ordinary words. */
const MIN_LENGTH = 3;
const RULE = 'plan-name';
/** A core must be this long to be looked for alone: 钢联科技 yes, 钢联 no. */
const CORE_LENGTH = 4;

export interface SecondPass {
  added: Found[];
  /** First-pass mentions of a known brand inside a discovered firm's name written again (`华钧` in `华钧水泥(东港)`). */
  replaced: Set<Found>;
}

export function secondPass(doc: PlanDocument, units: TextUnit[], found: Found[], index: GazetteerIndex): SecondPass {
  const entityOf = new Map<string, Entity>();
  for (const f of found) {
    if (f.entity.entry) continue;
    // A company is also written by its core (`钢联科技` for 本溪钢联科技有限公司), when that is not a description.
    const core = f.entity.type === 'Enterprise' ? coreName(f.entity.name, index) : '';
    const cores = core.length >= CORE_LENGTH && core !== f.entity.name && !isDescriptive(core, index) ? [core] : [];
    // A head of an ellipsis or shared tail (`建昌` of 建昌交通物流园) is a fragment, not a way to write the name.
    const fragment = f.mention.rule.startsWith('ellipsis') || f.mention.rule.startsWith('enum-before:等…');
    const written = fragment ? [] : [f.mention.unit.matchText.slice(f.mention.start, f.mention.end)];
    for (const surface of [f.entity.name, ...f.entity.aliases, ...written, ...cores]) {
      if (surface.length >= MIN_LENGTH && !entityOf.has(surface)) entityOf.set(surface, f.entity);
    }
  }
  if (entityOf.size === 0) return { added: [], replaced: new Set() };
  const surfaces = [...entityOf.keys()];
  const matcher = buildMatcher(surfaces);
  const taken = new Map<string, Found[]>();
  for (const f of found) {
    const list = taken.get(f.mention.unit.id) ?? [];
    list.push(f);
    taken.set(f.mention.unit.id, list);
  }
  const added: Found[] = [];
  const replaced = new Set<Found>();
  for (const unit of units) {
    const busy = taken.get(unit.id) ?? [];
    const overlapped = (h: { start: number; end: number }) => busy.filter((f) => h.start < f.mention.end && f.mention.start < h.end);
    // A discovered firm written again may hold a group's brand at its start (`中国石化润滑油(鞍山)实现…`, the
    // gazetteer's 中国石化) and a place after it (`鞍山`): the subsidiary is meant, its name wins over both.
    const free = (h: { start: number; end: number; pattern: number }) => {
      const inside = overlapped(h);
      const brand = (f: Found) => f.entity.type === 'Enterprise' && !!f.entity.entry && f.mention.start === h.start && f.mention.end < h.end;
      const place = (f: Found) => f.entity.type === 'AdminArea' && f.mention.start > h.start && f.mention.end <= h.end;
      return inside.length === 0 || (entityOf.get(surfaces[h.pattern]!)!.type === 'Enterprise' && inside.every((f) => brand(f) || place(f)));
    };
    const hits = matcher.findAll(unit.matchText).filter(free);
    for (const hit of selectLeftmostLongest(hits)) {
      const entity = entityOf.get(surfaces[hit.pattern]!)!;
      if (inTitle(unit.matchText, { start: hit.start, end: hit.end, type: entity.type })) continue;
      // As in the first pass: `商务部门` holds no 商务部, `各市、区人民政府` no 区人民政府.
      if (entity.type === 'GovernmentAgency' && (levelEndsWord(unit.matchText, hit.start) || endsInDepartment(unit.matchText, hit.end))) continue;
      for (const f of overlapped(hit)) replaced.add(f);
      const mention = { unit, start: hit.start, end: hit.end, type: entity.type, rule: RULE, name: entity.name };
      added.push({ mention, entity, provenance: provenanceOf(doc, unit, hit.start, hit.end, RULE) });
    }
  }
  return { added, replaced };
}
