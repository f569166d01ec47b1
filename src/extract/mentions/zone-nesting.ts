// Parks named inside parks: `天津经开区现代产业园` is a park of 天津经开区, and the text names
// both. The suffix rule reads the longest name (…产业园); the zone that opens it (a place +
// a zone word, seed/lexicon/inner-zone-heads.json) is proposed here as an inner name, so
// owner.ts mentions it with the park it holds, as it does for a company opening a project.
import type { GazetteerIndex } from '../gazetteer-index.js';
import { lexiconLongestFirst } from '../lexicon.js';
import type { Mention } from './mention.js';
import { placeLengthAt } from './place-at.js';

/** Words that must follow the zone inside the park's name: a park of its own, not the zone's other spelling. */
const MIN_REST = 3;

export function innerZoneMentions(parks: Mention[], index: GazetteerIndex): Mention[] {
  const heads = lexiconLongestFirst('inner-zone-heads');
  const out: Mention[] = [];
  for (const park of parks) {
    if (park.type !== 'IndustrialPark' || park.candidates) continue;
    const text = park.unit.matchText.slice(park.start, park.end);
    const placeEnd = placeLengthAt(text, index);
    if (!placeEnd) continue;
    const head = heads.find((h) => text.startsWith(h, placeEnd));
    if (!head) continue;
    const end = placeEnd + head.length;
    if (text.length - end < MIN_REST) continue;
    out.push({ unit: park.unit, start: park.start, end: park.start + end, type: 'IndustrialPark', rule: `suffix:${head}`, name: text.slice(0, end) });
  }
  return out;
}
