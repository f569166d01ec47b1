// Whether a name opens with a place: any spelling the gazetteer or the
// division reference gives an administrative area (`辽宁` of `辽宁东和…`,
// `广元市` of `广元市萌瑞农业…`). One lookup for every rule that asks.
import type { GazetteerIndex } from '../gazetteer-index.js';

/** Place names are short: no surface is longer than this. */
const MAX_PLACE = 8;

/** The length of the longest place written at the start of `text` (0 if none). */
export function placeLengthAt(text: string, index: GazetteerIndex): number {
  let longest = 0;
  for (const h of index.matcher.findAll(text.slice(0, MAX_PLACE))) {
    if (h.start === 0 && h.end > longest && index.entriesOf[h.pattern]!.some((c) => c.entry.type === 'AdminArea')) longest = h.end;
  }
  return longest;
}
