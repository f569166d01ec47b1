// Stage: the flat item list → the section tree Plan → 篇 → 章 → 节 → … →
// paragraph, with stable ids (plan id + path: `anshan-14fyp/p2/c5/n1/para3`).
// Path segments use the number as written (converted to arabic) so an id
// says where it is and does not shift when another part of the plan changes;
// a repeated number among siblings gets a `_2` suffix.
import { ITEM, chineseNumber } from './classify-line.js';
import type { Chunk, Draft } from './draft.js';
import { TITLE_END } from './join.js';
import { message } from './messages.js';
import { isSpace, normalise, normaliseWithMap } from './normalise.js';
import { toMatchText } from './simplify.js';
import type { Message, Node, Paragraph, Section, SectionKind } from './types.js';

/** Nesting order: a heading closes every open section of equal or lower rank. */
const RANK: Record<SectionKind, number> = { plan: 0, attachment: 1, preface: 1, part: 2, chapter: 3, section: 4, numbered: 5, paren: 6, item: 7, box: 8, area: 9 };
const PREFIX: Record<SectionKind, string> = { plan: '', attachment: 'att', preface: 'pre', part: 'p', chapter: 'c', section: 's', numbered: 'n', paren: 'b', item: 'i', box: 'x', area: 'a' };
/** Kinds whose id uses an ordinal: their numbers are absent or not unique. */
const ORDINAL = new Set<SectionKind>(['attachment', 'preface', 'area']);

interface Open {
  section: Section;
  end: number;
  counts: Map<string, number>;
  /** A box whose header ends in `|` (002) takes the following `… |` lines as its body. */
  pipeBody?: boolean;
}

export function segment(draft: Draft): Draft {
  const { raw, index, plan } = draft;
  const messages: Message[] = [...draft.messages];
  const root: Section = { type: 'section', kind: 'plan', id: plan.id, number: null, heading: plan.title, path: [plan.title], children: [], position: index.position(0, raw.length) };
  const stack: Open[] = [{ section: root, end: raw.length, counts: new Map() }];
  const top = () => stack.at(-1)!;

  const nextKey = (open: Open, key: string) => {
    const n = (open.counts.get(key) ?? 0) + 1;
    open.counts.set(key, n);
    return n === 1 ? key : `${key}_${n}`;
  };
  const ordinal = (open: Open, prefix: string) => {
    const n = (open.counts.get(`#${prefix}`) ?? 0) + 1;
    open.counts.set(`#${prefix}`, n);
    return `${prefix}${n}`;
  };
  const add = (open: Open, node: Node) => {
    open.section.children.push(node);
    open.end = Math.max(open.end, node.position.end.offset);
  };
  const close = () => {
    const open = stack.pop()!;
    open.section.position = index.position(open.section.position.start.offset, open.end);
    if (stack.length) top().end = Math.max(top().end, open.end);
  };
  const addParagraph = (open: Open, start: number, end: number) => {
    end = trimPipes(raw, start, end);
    if (end === start) return; // a line of bare `| |` markup
    const text = normalise(raw.slice(start, end));
    const node: Paragraph = { type: 'paragraph', id: `${open.section.id}/${ordinal(open, 'para')}`, text, matchText: toMatchText(text), position: index.position(start, end) };
    add(open, node);
  };
  const openSection = (kind: SectionKind, number: string | null, heading: string, chunk: Chunk): Open => {
    const parent = top();
    const n = number === null ? null : chineseNumber(number);
    const key = ORDINAL.has(kind) || number === null ? ordinal(parent, PREFIX[kind]) : nextKey(parent, `${PREFIX[kind]}${n ?? number}`);
    let end = trimPipes(raw, chunk.start, chunk.end); // 002 box headers end in ` |`
    if (kind === 'area') end = chunk.start + normaliseWithMap(raw.slice(chunk.start, chunk.end)).map[heading.length - 1]! + 1; // just `海城市`
    const position = index.position(chunk.start, end);
    const section: Section = { type: 'section', kind, id: `${parent.section.id}/${key}`, number, heading, path: [...parent.section.path, heading], headingPosition: position, children: [], position: index.position(chunk.start, chunk.end) };
    add(parent, section);
    return { section, end: chunk.end, counts: new Map() };
  };

  const items = draft.items;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    // A box holds only its body: anything else closes it first.
    if (top().section.kind === 'box') {
      const box = top();
      if (item.type === 'image') {
        messages.push(message('box-image-only', `\`${box.section.heading}\` (专栏${box.section.number}) holds only an image (${item.chunk.text}); its contents are lost.`, index.position(item.chunk.start, item.chunk.end), 'warning'));
        box.end = item.chunk.end;
        close();
        continue;
      }
      if (box.pipeBody && item.type === 'paragraph' && raw.slice(item.chunk.start, item.chunk.end).endsWith('|')) {
        for (const [s, e] of boxEntries(raw, item.chunk)) addParagraph(box, s, e);
        continue;
      }
      close();
    }
    switch (item.type) {
      case 'heading': {
        while (stack.some((o) => o.section.kind === 'preface')) close();
        while (stack.length > 1 && RANK[top().section.kind] >= RANK[item.kind]) close();
        let heading = item.heading;
        let chunk = item.chunk;
        const next = items[i + 1];
        if (item.kind === 'attachment' && next?.type === 'paragraph' && next.chunk.text.length <= 60 && TITLE_END.test(next.chunk.text)) {
          heading = next.chunk.text; // 001: `附件` then the attachment's own title
          chunk = { ...chunk, end: next.chunk.end, endLine: next.chunk.endLine };
          i++;
        }
        const open = openSection(item.kind, item.number, heading, chunk);
        if (item.kind === 'box') open.pipeBody = raw.slice(item.chunk.start, item.chunk.end).endsWith('|');
        stack.push(open);
        break;
      }
      case 'paragraph': {
        if (item.area) {
          const area = openSection('area', null, item.area, item.chunk);
          addParagraph(area, item.chunk.start, item.chunk.end);
          area.section.position = index.position(item.chunk.start, item.chunk.end);
        } else addParagraph(top(), item.chunk.start, item.chunk.end);
        break;
      }
      case 'task': {
        const open = top();
        let { heading, number } = item.task;
        if (!item.numbered && !heading) {
          // `1. 稳企业、防风险。…` / `牵头单位:…`: a list on its own line carries the units of the numbered
          // paragraph right above it; without one, of the section it stands in.
          const above = numberedParagraph(items[i - 1]);
          if (above) ({ number, heading } = above);
          else {
            heading = open.section.heading;
            messages.push(message('task-without-number', `A unit list without a numbered task (line ${item.chunk.line}): attached to \`${heading}\` as its task block.`, item.task.position));
          }
        }
        const key = number ? nextKey(open, `task${number}`) : ordinal(open, 'task');
        add(open, { ...item.task, number, heading, id: `${open.section.id}/${key}` });
        break;
      }
      case 'table':
        add(top(), { ...item.table, id: `${top().section.id}/${ordinal(top(), 't')}` });
        break;
      case 'image':
        messages.push(message('image-only', `Line ${item.chunk.line} is only an image file name (${item.chunk.text}); skipped.`, index.position(item.chunk.start, item.chunk.end)));
        break;
      case 'caption':
        // Captions are consumed by the tables stage; a leftover is plain text.
        addParagraph(top(), item.chunk.start, item.chunk.end);
        break;
    }
  }
  while (stack.length > 1) close();
  return { ...draft, root, messages };
}

/** A numbered paragraph (`1. 稳企业、防风险。…`): its number and topic clause (up to the first full stop). */
function numberedParagraph(item: Draft['items'][number] | undefined): { number: string; heading: string } | undefined {
  const m = item?.type === 'paragraph' && !item.area ? item.chunk.text.trim().match(ITEM) : null;
  if (!m) return undefined;
  const topic = m[2]!.split('。')[0]!.replace(/[,;]$/, '').trim();
  return topic ? { number: m[1]!, heading: topic } : undefined;
}

/**
 * 002's box bodies: one line `名称。描述。 名称。描述。 |` holding every entry.
 * Entries are split at a full stop followed by a space, never at every `。`.
 */
function boxEntries(raw: string, chunk: Chunk): [number, number][] {
  const end = trimPipes(raw, chunk.start, chunk.end);
  const spans: [number, number][] = [];
  let start = chunk.start;
  for (let k = start; k < end; k++) {
    if (raw[k] === '。' && isSpace(raw.charCodeAt(k + 1))) {
      spans.push([start, k + 1]);
      start = k + 1;
      while (start < end && isSpace(raw.charCodeAt(start))) start++;
      k = start - 1;
    }
  }
  if (start < end) spans.push([start, end]);
  return spans;
}

/** A trailing `|` is table markup (002 line 114: `注∶①… |`, box headers `专栏4-1 … |`), not text. */
function trimPipes(raw: string, start: number, end: number): number {
  while (end > start && (raw[end - 1] === '|' || isSpace(raw.charCodeAt(end - 1)))) end--;
  return end;
}
