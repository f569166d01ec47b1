// Stage 1: the raw text as non-blank physical lines, each trimmed to its
// first and last non-space character.
import type { Draft, Line } from './draft.js';
import { isSpace, normalise } from './normalise.js';

export function splitLines(draft: Draft): Draft {
  const { raw } = draft;
  const lines: Line[] = [];
  let number = 1;
  let lineStart = 0;
  for (let i = 0; i <= raw.length; i++) {
    if (i < raw.length && raw.charCodeAt(i) !== 10) continue;
    let start = lineStart;
    let end = i;
    while (start < end && isSpace(raw.charCodeAt(start))) start++;
    while (end > start && isSpace(raw.charCodeAt(end - 1))) end--;
    if (end > start) lines.push({ number, start, end, text: normalise(raw.slice(start, end)) });
    number++;
    lineStart = i + 1;
  }
  return { ...draft, lines };
}
