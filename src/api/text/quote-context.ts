// Where a quote sits in its paragraph, and the sentence around it. The quote
// is raw text from the original file; paragraphs are stored normalised
// (src/text/normalise.ts), so the quote is normalised the same way and looked
// for in the paragraph; when it occurs more than once, the occurrence nearest
// to its raw offset wins (normalising only drops spaces, so offsets shift by a
// few characters at most).
import { normalise } from '../../text/normalise.js';

export interface Span {
  start: number;
  end: number;
}

/** Sentence ends in plan text: 。！？； and their ASCII twins (normalised text has `;` for `；`). */
const SENTENCE_END = /[。！？!?；;]/;

/** The quote's span in `paragraph` (normalised), or null when it is not there. */
export function quoteSpan(paragraph: string, quote: string, approxOffset: number): Span | null {
  const needle = normalise(quote);
  if (needle.length === 0) return null;
  let best: number | null = null;
  for (let at = paragraph.indexOf(needle); at !== -1; at = paragraph.indexOf(needle, at + 1)) {
    if (best === null || Math.abs(at - approxOffset) < Math.abs(best - approxOffset)) best = at;
  }
  return best === null ? null : { start: best, end: best + needle.length };
}

/** The sentence of `text` that holds `span` (from after the previous sentence end to its own end, inclusive). */
export function sentenceAround(text: string, span: Span): Span {
  let start = span.start;
  while (start > 0 && !SENTENCE_END.test(text[start - 1]!)) start -= 1;
  let end = span.end;
  // A quote that itself ends a sentence keeps its end.
  if (!(end > span.start && SENTENCE_END.test(text[end - 1]!))) {
    while (end < text.length && !SENTENCE_END.test(text[end]!)) end += 1;
    if (end < text.length) end += 1;
  }
  while (start < end && /\s/.test(text[start]!)) start += 1;
  return { start, end };
}

/** A window of about `radius` characters either side of `span`, with the span's place inside it. */
export function snippetAround(text: string, span: Span, radius = 40): { snippet: string; highlight: Span } {
  const start = Math.max(0, span.start - radius);
  const end = Math.min(text.length, span.end + radius);
  const head = start > 0 ? '…' : '';
  const tail = end < text.length ? '…' : '';
  return {
    snippet: head + text.slice(start, end) + tail,
    highlight: { start: head.length + span.start - start, end: head.length + span.end - start },
  };
}
