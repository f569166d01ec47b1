// Sentence spans inside a unit's text: relation rules never reach across a `。`.
const SENTENCE_END = /[。;;!!??]/g;

export function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    spans.push([start, m.index + 1]);
    start = m.index + 1;
  }
  if (start < text.length) spans.push([start, text.length]);
  return spans;
}

/** Groups items with a `start` by the sentence they start in. */
export function bySentence<T extends { mention: { start: number } }>(text: string, items: T[]): { span: [number, number]; items: T[] }[] {
  return sentenceSpans(text).map((span) => ({ span, items: items.filter((f) => f.mention.start >= span[0] && f.mention.start < span[1]) }));
}
