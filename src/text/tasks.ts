// Stage: paragraphs that end in a responsible-unit list → task blocks (001).
// `1.共建…。…〔责任单位:市发展改革委、市工业和信息化局,相关县(市)区、开发区等〕`
// The number and the topic clause come from the paragraph, the units from the
// bracket, in written order (the first unit leads). Task numbers restart in
// every (一) section, so a task's identity is its whole path (segment's job).
import { ITEM } from './classify-line.js';
import type { Chunk, Draft, Item } from './draft.js';
import { normaliseWithMap } from './normalise.js';
import type { PositionIndex } from './positions.js';
import { toMatchText } from './simplify.js';
import type { ResponsibleUnit, TaskBlock } from './types.js';

/** Labels that introduce a unit list. */
export const UNIT_LABELS = ['责任单位', '牵头单位', '配合单位', '责任部门', '牵头部门', '配合部门'];
const OPENERS: Record<string, string> = { '(': ')', '〔': '〕', '﹝': '﹞', '[': ']', '【': '】' };
const LIST = new RegExp(`[(〔﹝\\[【]\\s*(${UNIT_LABELS.join('|')}):`, 'g');
/** After the closing bracket only a full stop may follow (001 line 202 also has a stray private-use U+E004). */
const TAIL = /^[。;.\s\ue000-\uf8ff]*$/;

interface UnitList {
  open: number; // index of the opening bracket in the text
  close: number; // index of the closing bracket
}

/** The unit list closing a normalised paragraph text, if any. */
export function findUnitList(text: string): UnitList | undefined {
  let found: UnitList | undefined;
  for (const m of text.matchAll(LIST)) {
    const open = m.index!;
    const opener = text[open]!;
    const closer = OPENERS[opener]!;
    let depth = 0;
    for (let k = open; k < text.length; k++) {
      if (text[k] === opener) depth++;
      else if (text[k] === closer && --depth === 0) {
        if (TAIL.test(text.slice(k + 1))) found = { open, close: k };
        break;
      }
    }
  }
  return found;
}

export function findTasks(draft: Draft): Draft {
  const { raw, index } = draft;
  let changed = false;
  const items = draft.items.map((item): Item => {
    if (item.type !== 'paragraph') return item;
    const list = findUnitList(item.chunk.text);
    if (!list) return item;
    changed = true;
    const m = item.chunk.text.match(ITEM);
    return { type: 'task', task: taskBlock(raw, index, item.chunk, list, m?.[1] ?? ''), chunk: item.chunk, numbered: !!m };
  });
  return changed ? { ...draft, items } : draft;
}

function taskBlock(raw: string, index: PositionIndex, chunk: Chunk, list: UnitList, number: string): Omit<TaskBlock, 'id'> {
  const { text, map } = normaliseWithMap(raw.slice(chunk.start, chunk.end));
  const at = (i: number) => chunk.start + map[i]!;
  const units: ResponsibleUnit[] = [];
  // `责任单位:A、B;配合单位:C` — a list may carry several labels.
  const body = text.slice(list.open + 1, list.close);
  const labelled = new RegExp(`(${UNIT_LABELS.join('|')}):`, 'g');
  const marks = [...body.matchAll(labelled)];
  marks.forEach((mark, n) => {
    const from = mark.index! + mark[0].length;
    const to = n + 1 < marks.length ? marks[n + 1]!.index! : body.length;
    const base = list.open + 1;
    for (const [a, b] of splitNames(body, from, to)) {
      let s = base + a;
      let e = base + b;
      while (s < e && text[s] === ' ') s++;
      while (e > s && /[\s。;等]/.test(text[e - 1]!)) e--; // `…开发区等` → `开发区`
      if (e > s) units.push({ name: text.slice(s, e), label: mark[1]!, position: index.position(at(s), at(e - 1) + 1) });
    }
  });
  // The topic clause: from after the number to the first full stop (or the unit list).
  const after = number ? text.match(/^\d{1,2}(?:\.|、)\s*/)![0].length : 0;
  const stop = text.indexOf('。', after);
  const heading = number ? text.slice(after, stop === -1 || stop > list.open ? list.open : stop).trim() : '';
  return { type: 'task', number, heading, text, matchText: toMatchText(text), units, position: index.position(chunk.start, chunk.end) };
}

/** Spans of names between `、` `,` `;` outside parentheses (`各县(市、区)政府` is one name). */
function splitNames(body: string, from: number, to: number): [number, number][] {
  const spans: [number, number][] = [];
  let depth = 0;
  let start = from;
  for (let k = from; k <= to; k++) {
    const ch = body[k];
    if (ch === '(' || ch === '〔') depth++;
    else if ((ch === ')' || ch === '〕') && depth > 0) depth--;
    else if (k === to || (depth === 0 && (ch === '、' || ch === ',' || ch === ';'))) {
      spans.push([start, k]);
      start = k + 1;
    }
  }
  return spans;
}
