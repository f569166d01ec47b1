// Document titles in running text: `根据《国务院关于…的意见》`.
import type { EntityType } from '../types.js';

/**
 * The spans of `《…》` (a document's title, nested `〈〉` included): the
 * bodies and places a title names (`《国务院关于…的意见》`, `《河南省…行动计划》`)
 * are its words, not mentions in the plan's own voice.
 */
export function titleSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '《' && open < 0) open = i;
    else if (text[i] === '》' && open >= 0) {
      out.push([open, i]);
      open = -1;
    }
  }
  return out;
}

/** Types a title's words are not mentions of: the bodies that issue documents and the places they are about. */
const TITLE_WORDS: ReadonlySet<EntityType> = new Set(['GovernmentAgency', 'AdminArea']);

/** An agency or place written inside a title (`《陕西省人民政府关于…》`) speaks in the title's voice: no mention. */
export function inTitle(text: string, m: { start: number; end: number; type: EntityType }): boolean {
  return TITLE_WORDS.has(m.type) && titleSpans(text).some(([s, e]) => s < m.start && m.end <= e);
}
