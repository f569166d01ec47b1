// Every unit's mentions, resolved, with their provenance: the first pass
// over the document. A rule that fails on one unit costs that unit only.
import type { Message, PlanDocument } from '../text/types.js';
import type { Found } from './context.js';
import { areaOf, EXTRACT_SOURCE } from './context.js';
import type { Entity } from './entity.js';
import type { GazetteerIndex } from './gazetteer-index.js';
import { findMentions } from './mentions/index.js';
import { ownerOf } from './mentions/owner.js';
import { provenanceOf } from './provenance.js';
import type { RegionContext } from './region.js';
import type { Resolver } from './resolve.js';
import type { TextUnit } from './units.js';

export function collectMentions(
  doc: PlanDocument,
  units: TextUnit[],
  index: GazetteerIndex,
  region: RegionContext,
  resolver: Resolver,
  areaOfSection: Map<string, Entity>,
  messages: Message[],
): Found[] {
  const found: Found[] = [];
  for (const unit of units) {
    try {
      found.push(...unitMentions(doc, unit, index, region, resolver, contextOf(unit, areaOfSection, index, region)));
    } catch (error) {
      messages.push(ruleFailed(`mentions in ${unit.id}`, error, unit.block.position));
    }
  }
  return found;
}

function unitMentions(doc: PlanDocument, unit: TextUnit, index: GazetteerIndex, region: RegionContext, resolver: Resolver, context: string[]): Found[] {
  const found: Found[] = [];
  for (const found0 of findMentions(unit, index, region)) {
    let mention = found0;
    let entity = resolver.resolve(mention, context);
    if (!entity && mention.fallback) {
      mention = mention.fallback;
      entity = resolver.resolve(mention, context);
    }
    if (!entity) continue;
    // Traditional text: the entity is named by the simplified form, the written one is an alias.
    const typed = unit.text.slice(mention.start, mention.end);
    const written = mention.written ?? (typed !== unit.matchText.slice(mention.start, mention.end) ? typed : undefined);
    if (written && !entity.entry && written !== entity.name && !entity.aliases.includes(written)) entity.aliases.push(written);
    found.push({ mention, entity, provenance: provenanceOf(doc, unit, mention.start, mention.end, mention.rule) });
    // The company a project or park is named after is mentioned too (not a place inside a name: 鞍山 in 鞍山数字产业园).
    const owner = ownerOf(mention);
    const ownerEntity = owner && resolver.resolve(owner, context);
    if (owner && ownerEntity) found.push({ mention: { ...owner, rule: 'nested' }, entity: ownerEntity, provenance: provenanceOf(doc, unit, owner.start, owner.end, 'gazetteer:nested') });
  }
  return found;
}

/** The region chain, narrowed to the area of the area sub-section a unit sits in (000 chapter 12). */
function contextOf(unit: TextUnit, areaOfSection: Map<string, Entity>, index: GazetteerIndex, region: RegionContext): string[] {
  const area = areaOf(unit, areaOfSection);
  return area ? [...index.ancestors(area.id)].reverse() : region.chain;
}

/** A bug in one rule becomes a finding on the plan, not a lost plan. */
export function ruleFailed(what: string, error: unknown, place?: Message['place']): Message {
  const message: Message = { ruleId: 'rule-failed', reason: `${what}: ${(error as Error)?.message ?? String(error)}; skipped, please report`, severity: 'warning', source: EXTRACT_SOURCE };
  if (place) message.place = place;
  return message;
}
