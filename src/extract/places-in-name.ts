// Places a name carries: `海城市析木500千伏输变电项目` is in 海城市,
// `鞍山中德汽车零部件产业园` in 鞍山市. Read from the canonical name itself,
// so a gazetteer entry and a discovered one are treated alike.
import type { Entity } from './entity.js';
import type { GazetteerIndex } from './gazetteer-index.js';
import { selectLeftmostLongest } from './matcher.js';
import { crossedByWord } from './mentions/gazetteer.js';
import type { Resolver } from './resolve.js';
import type { GazetteerEntry } from './types.js';

/** The most specific place named inside `entity.name` (the last one: `中德(沈阳)…产业园鞍山分园` is in 鞍山). */
export function placeInName(entity: Entity, index: GazetteerIndex, resolver: Resolver, context?: string[]): GazetteerEntry | undefined {
  const name = entity.name;
  const hits = index.matcher
    .findAll(name)
    .filter((h) => index.entriesOf[h.pattern]!.some((s) => s.entry.type === 'AdminArea'))
    .filter((h) => !(h.start === 0 && h.end === name.length))
    .filter((h) => !crossedByWord(name, h.start, h.end));
  const chosen = selectLeftmostLongest(hits);
  for (const hit of chosen.reverse()) {
    const entry = resolver.lookupName(name.slice(hit.start, hit.end), context);
    if (entry?.type === 'AdminArea') return entry;
  }
  return undefined;
}
