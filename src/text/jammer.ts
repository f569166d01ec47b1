// Stage: forum anti-copy junk. Discuz-style boards pad each line of a post
// with random ASCII (`指标- k7 u) h% z8 i: s) d* b. M5 Q`, `1 x: M& J3 k) k2
// y4 ]9 e | 2020年`) that a scraper keeps: one character set against the
// text, then short tokens of one or two characters, space-separated, Latin
// letters among them (a bare `|` is a cell separator, not a token). A run of
// at least four such tokens is never plan text; it is cut from the line's
// end, and from the line's start where a `|` cell separator follows it.
// Only whole-line edges are cut, so every line stays one span of the file.
// A junk character that is a digit glues onto a number (`666 ^3 V` is 66):
// the one character against the text is taken as junk.
import type { Draft, Line } from './draft.js';
import { message } from './messages.js';
import { normalise } from './normalise.js';

/** Junk at the end: one character against the text, then four or more short tokens. */
const TRAILING = /(?<=\S)[!-~](?: (?!\|(?: |$))[!-~]{1,2}){4,} ?$/;
/** Junk at the start, before a ` | ` separator. */
const LEADING = /^[!-~](?: (?!\|(?: |$))[!-~]{1,2}){4,}(?= \|)/;
/** Junk always mixes in Latin letters; a run of digits and separators (`5 | 25 | |`) is a table row. */
const isJunk = (text: string) => /[A-Za-z]/.test(text);

export function dropJammer(draft: Draft): Draft {
  const { raw, index } = draft;
  let cut = 0;
  let first: Line | undefined;
  const lines: Line[] = [];
  for (const l of draft.lines) {
    const text = raw.slice(l.start, l.end);
    let lead = LEADING.exec(text);
    if (lead && !isJunk(lead[0])) lead = null;
    let start = l.start + (lead ? lead[0].length : 0);
    let trail = TRAILING.exec(raw.slice(start, l.end));
    if (trail && !isJunk(trail[0])) trail = null;
    let end = trail ? start + trail.index : l.end;
    if (!lead && !trail) {
      lines.push(l);
      continue;
    }
    cut++;
    first ??= l;
    while (start < end && /\s/.test(raw[start]!)) start++;
    while (end > start && /\s/.test(raw[end - 1]!)) end--;
    if (end > start) lines.push({ number: l.number, start, end, text: normalise(raw.slice(start, end)) });
  }
  if (cut === 0) return draft;
  const messages = [...draft.messages, message('forum-jammer', `Cut anti-copy junk (random ASCII tokens) from ${cut} lines, first on line ${first!.number}.`, index.position(first!.start, first!.end))];
  return { ...draft, lines, messages };
}
