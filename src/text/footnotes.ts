// Stage: flag footnote markers whose footnote text was lost (004:
// `“9123” 3 养老服务体系`, `“ 一区多园 ” 5 发展模式`). They read like numbers
// once spaces are normalised away (`“9123”3养老`), so extraction must be able
// to skip them: each gets a `footnote-marker` message with its exact place.
// A marker is a small number right after a closing quote and not followed by
// a unit; the markers of one document count up, so only an increasing run of
// at least MIN_MARKERS is reported.
import type { Draft } from './draft.js';
import { message } from './messages.js';
import type { Message } from './types.js';

const MARKER = /”[ \u00a0\u3000]+(\d{1,2})(?=[ \u00a0\u3000]*([,。;、)]|[\u4e00-\u9fff]))/g;
/** A number followed by one of these is a quantity (`” 15 家`), not a marker. */
const UNIT_AFTER = /^[ \u00a0\u3000]*[个家项条座处名人户所岁吨年月日万亿元倍届期次批类级种只台辆套米亩平公千百十:]/;
const MIN_MARKERS = 3;

export function flagFootnotes(draft: Draft): Draft {
  const { raw, index } = draft;
  const found: { start: number; end: number; n: number; context: string }[] = [];
  for (const item of draft.items) {
    if (item.type !== 'paragraph' && item.type !== 'task') continue;
    const { start, end } = item.chunk;
    const text = raw.slice(start, end);
    for (const m of text.matchAll(MARKER)) {
      const digits = m.index! + m[0].length - m[1]!.length;
      if (UNIT_AFTER.test(text.slice(digits + m[1]!.length))) continue;
      const quoteStart = text.lastIndexOf('“', m.index!);
      found.push({ start: start + digits, end: start + digits + m[1]!.length, n: Number(m[1]), context: text.slice(Math.max(quoteStart, m.index! - 12), digits + m[1]!.length) });
    }
  }
  const run: typeof found = [];
  for (const f of found) if (!run.length || f.n > run.at(-1)!.n) run.push(f);
  if (run.length < MIN_MARKERS) return draft;
  const messages: Message[] = run.map((f) =>
    message('footnote-marker', `\`${f.n}\` after \`${f.context.replace(/\s+/g, ' ')}\` is a footnote marker whose footnote text is missing (markers ${run[0]!.n}…${run.at(-1)!.n} count up through the document); not a quantity.`, index.position(f.start, f.end)),
  );
  return { ...draft, messages: [...draft.messages, ...messages] };
}
