// Stage: report gaps in sibling numbering. A gap usually means text was lost
// or run together (004 line 33 runs review item 4 into the tail of a lost
// item 5, so item 6 follows 4). Numbers may start anywhere (001's attachment
// numbers tasks across its (一)…(五) sections), only jumps are reported.
import { ITEM, chineseNumber } from './classify-line.js';
import type { Draft } from './draft.js';
import { message } from './messages.js';
import type { Message, Node, Section } from './types.js';

/** The number a child carries and the sequence it belongs to, if any. */
function numbered(node: Node): { series: string; n: number } | undefined {
  if (node.type === 'section') {
    if (!['part', 'chapter', 'section', 'numbered', 'paren', 'item'].includes(node.kind) || node.number === null) return undefined;
    const n = chineseNumber(node.number);
    return n === null ? undefined : { series: node.kind, n };
  }
  if (node.type === 'task' && node.number) return { series: 'task', n: Number(node.number) };
  if (node.type === 'paragraph') {
    const m = node.text.match(ITEM);
    return m ? { series: 'item', n: Number(m[1]) } : undefined;
  }
  return undefined;
}

export function checkNumbering(draft: Draft): Draft {
  const messages: Message[] = [];
  const visit = (section: Section) => {
    const last = new Map<string, { n: number; node: Node }>();
    for (const child of section.children) {
      const num = numbered(child);
      if (num) {
        const prev = last.get(num.series);
        if (prev && num.n !== prev.n + 1) {
          const what = num.n <= prev.n ? `repeats or goes back (${prev.n} → ${num.n})` : `skips ${prev.n + 1}${num.n - prev.n > 2 ? `…${num.n - 1}` : ''}`;
          messages.push(message('numbering-gap', `Numbering ${what} in \`${section.heading}\`: line ${child.position.start.line} follows line ${prev.node.position.start.line}; text may be lost or run into the previous block.`, child.position, 'warning'));
        }
        last.set(num.series, { n: num.n, node: child });
      }
      if (child.type === 'section') visit(child);
    }
  };
  visit(draft.root!);
  return messages.length ? { ...draft, messages: [...draft.messages, ...messages] } : draft;
}
