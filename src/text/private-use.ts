// Stage: report private-use characters (U+E000–U+F8FF). They are glyphs of the
// source's font, not text; normalisation treats them as layout space, so each
// one gets a warning at its exact place for a person to check the original
// (001 line 84: `12\uE0105万亩` was probably 12.5万亩, which no rule can know).
import type { Draft } from './draft.js';
import { message } from './messages.js';
import { isPrivateUse } from './normalise.js';
import type { Message } from './types.js';

export function flagPrivateUse(draft: Draft): Draft {
  const { raw, index } = draft;
  const found: Message[] = [];
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (!isPrivateUse(code)) continue;
    const hex = code.toString(16).toUpperCase().padStart(4, '0');
    const context = raw.slice(Math.max(0, i - 8), i + 8).replace(/\s+/g, ' ').replace(/[\ue000-\uf8ff]/g, '\u25a1');
    found.push(
      message(
        'private-use-character',
        `U+${hex} is a private-use glyph (shown as □ in \`${context}\`); it was read as a space. Check the original document for what it stood for.`,
        index.position(i, i + 1),
        'warning',
      ),
    );
  }
  return found.length ? { ...draft, messages: [...draft.messages, ...found] } : draft;
}
