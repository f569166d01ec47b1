// An entity as the graph will hold it, from the gazetteer or discovered.
import type { GazetteerEntry, GraphNode, Properties } from './types.js';
import { NAME_SUFFIXES } from './mentions/suffix.js';
import type { EntityType } from './types.js';
import { discoveredId } from './ids.js';
import type { AgencyName } from './mentions/agency.js';

export interface Entity extends GraphNode {
  type: EntityType;
  entry?: GazetteerEntry;
}

export function sourceText(entry: GazetteerEntry): string {
  return entry.source.kind === 'plan' ? `${entry.source.plan}: ${entry.source.quote}` : entry.source.note;
}

export function gazetteerEntity(entry: GazetteerEntry): Entity {
  const properties: Properties = { gazetteer: true, source: sourceText(entry) };
  if (entry.level) properties.level = entry.level;
  return {
    id: entry.id,
    type: entry.type,
    name: entry.name,
    aliases: [...entry.aliases, ...(entry.contextAliases ?? [])],
    properties,
    entry,
  };
}

/**
 * A name no gazetteer entry has. Its properties depend on the name alone
 * (the suffix that marks it, else the rule family), so the same name from
 * two plans gives the same node whatever order plans are loaded in.
 */
export function discoveredEntity(type: EntityType, name: string, rule: string, level?: string): Entity {
  return discovered(discoveredId(type, name), type, name, rule, level);
}

/** Agencies are city-scoped like the gazetteer's: `GovernmentAgency:葫芦岛市/发展改革委`. */
export function discoveredAgency(agency: AgencyName, written: string): Entity {
  const id = agency.place ? `GovernmentAgency:${agency.place}/${agency.rest}` : discoveredId('GovernmentAgency', agency.name);
  const entity = discovered(id, 'GovernmentAgency', agency.name, 'unit-list');
  if (written !== agency.name) entity.aliases.push(written);
  return entity;
}

function discovered(id: string, type: EntityType, name: string, rule: string, level?: string): Entity {
  const suffix = NAME_SUFFIXES.find(([s]) => name.endsWith(s) && name.length > s.length);
  const properties: Properties = { gazetteer: false, discoveredBy: suffix ? `suffix:${suffix[0]}` : rule.split(':')[0]! };
  if (level) properties.level = level;
  return { id, type, name, aliases: [], properties };
}
