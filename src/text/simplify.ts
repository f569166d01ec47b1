// `matchText`: the same text with traditional characters mapped to simplified
// ones, character by character, so indices in matchText are indices in text.
// Phrase-level OpenCC conversion could change lengths (and provenance), so
// each character is converted alone and kept when it does not map to exactly
// one UTF-16 unit.
import { Converter } from 'opencc-js/t2cn';

const t2s = Converter({ from: 't', to: 'cn' });
const cache = new Map<string, string>();

function simplifyChar(ch: string): string {
  const known = cache.get(ch);
  if (known !== undefined) return known;
  const converted: string = t2s(ch);
  const simplified = converted.length === 1 ? converted : ch;
  cache.set(ch, simplified);
  return simplified;
}

export function toMatchText(text: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    // ASCII and surrogate halves never change.
    const s = ch < '\u2e80' || (ch >= '\ud800' && ch <= '\udfff') ? ch : simplifyChar(ch);
    if (s !== ch) changed = true;
    out += s;
  }
  return changed ? out : text;
}
