// Stage: paragraphs that name their responsible units → task blocks.
// `1.共建…。…〔责任单位:市发展改革委、市工业和信息化局,相关县(市)区、开发区等〕` (001)
// and the other ways plans write it:
// - a closing bracket with labels, verbs or bare names (unit-list.ts):
//   `…。[牵头单位:区卫健局;责任单位:各街办(新区)]`, `…。(市商务局牵头,市财政局配合)`,
//   `…。〔市发展改革委、市财政局〕`;
// - a line that is only the list, under the task it belongs to:
//   `(一)地区生产总值增长7%以上` / `责任单位:区发展和改革局` (the task is the heading);
// - `由市发展改革委牵头,市财政局配合` inside the text.
// The number and the topic clause come from the paragraph, the units from the
// list, in written order. Task numbers restart in every (一) section, so a
// task's identity is its whole path (segment's job).
import { ITEM } from './classify-line.js';
import type { Chunk, Draft, Item } from './draft.js';
import { normaliseWithMap } from './normalise.js';
import type { PositionIndex } from './positions.js';
import { toMatchText } from './simplify.js';
import type { ResponsibleUnit, TaskBlock } from './types.js';
import { parseUnitList, splitNames, type UnitSpan } from './unit-list.js';
import { isGovernmentUnit, isOrganisationName, listLabels } from './unit-words.js';

const OPENERS: Record<string, string> = { '(': ')', '〔': '〕', '﹝': '﹞', '[': ']', '【': '】' };
/** After the closing bracket only a full stop may follow (001 line 202 also has a stray private-use U+E004). */
const TAIL = /[。;.\s\ue000-\uf8ff]*$/;

export interface UnitList {
  /** Index of the opening bracket (or of the list's first character when it has none). */
  open: number;
  /** Index of the closing bracket (or the end of the list). */
  close: number;
  units: UnitSpan[];
}

/** The unit list of a normalised paragraph text (matching on its simplified form), if any. */
export function findUnitList(text: string): UnitList | undefined {
  const match = toMatchText(text);
  return closingList(match) ?? wholeList(match) ?? ledBy(match) ?? inlineLists(match);
}

/**
 * `名称:增长6%左右(…),责任单位为区发改委;…,责任单位为区经信局;`: each `label为` list runs to the
 * next clause mark; every list is its own (its first unit leads).
 */
function inlineLists(match: string): UnitList | undefined {
  const re = new RegExp(`(${listLabels().join('|')})为`, 'g');
  const units: UnitSpan[] = [];
  let open = -1;
  let close = -1;
  let list = 0;
  for (const m of match.matchAll(re)) {
    const from = m.index + m[0].length;
    const stop = match.slice(from).search(/[;。,]|$/);
    const names = splitNames(match, from, from + stop, new Set(['、']));
    if (!names.length || !names.every(([s, e]) => isOrganisationName(match.slice(s, e)) && isGovernmentUnit(match.slice(s, e)))) continue;
    if (open < 0) open = m.index;
    close = from + stop;
    list++;
    units.push(...names.map(([start, end]) => ({ start, end, label: m[1]!, list })));
  }
  return units.length ? { open, close, units } : undefined;
}

/** The bracket that closes the paragraph, read as a unit list. */
function closingList(match: string): UnitList | undefined {
  const tail = TAIL.exec(match)!;
  const close = tail.index - 1;
  const closer = match[close];
  const opener = Object.keys(OPENERS).find((o) => OPENERS[o] === closer);
  if (close < 1 || !opener) return undefined;
  let depth = 0;
  for (let k = close; k >= 0; k--) {
    if (match[k] === closer) depth++;
    else if (match[k] === opener && --depth === 0) {
      const units = parseUnitList(match, k + 1, close, true);
      if (!units || (units.every((u) => u.label === '') && !units.some((u) => isGovernmentUnit(match.slice(u.start, u.end))))) return undefined;
      return { open: k, close, units };
    }
  }
  return undefined;
}

/** A paragraph that is only the list: `责任单位:区发展和改革局`. */
function wholeList(match: string): UnitList | undefined {
  if (!listLabels().some((l) => match.startsWith(l))) return undefined;
  const end = match.replace(/[。;\s]+$/, '').length;
  const units = parseUnitList(match, 0, end, false);
  return units ? { open: 0, close: end, units } : undefined;
}

/** `由A、B牵头[,C、D配合]` inside the text. */
const LED_BY = /由([^,。;:由()]{2,80}?)(牵头|负责(?=[,。;]))/g;
const ASSIST = /^,([^,。;:()]{2,80}?)(配合|参与|协助|协同)/;

function ledBy(match: string): UnitList | undefined {
  for (const m of match.matchAll(LED_BY)) {
    const from = m.index + 1;
    const names = splitNames(match, from, from + m[1]!.length, new Set(['、', '和', '及']));
    if (!names.length || !names.every(([s, e]) => isOrganisationName(match.slice(s, e)) && isGovernmentUnit(match.slice(s, e)))) continue;
    const units: UnitSpan[] = names.map(([start, end]) => ({ start, end, label: m[2]! }));
    let close = m.index + m[0].length;
    const assist = ASSIST.exec(match.slice(close));
    if (assist) {
      const at = close + 1;
      const more = splitNames(match, at, at + assist[1]!.length, new Set(['、', '及']));
      if (more.length && more.every(([s, e]) => isOrganisationName(match.slice(s, e)))) {
        units.push(...more.map(([start, end]) => ({ start, end, label: assist[2]! })));
        close += assist[0].length;
      }
    }
    return { open: m.index, close, units };
  }
  return undefined;
}

export function findTasks(draft: Draft): Draft {
  const { raw, index } = draft;
  let changed = false;
  const items = draft.items.map((item): Item => {
    if (item.type !== 'paragraph') return item;
    const list = findUnitList(item.chunk.text);
    if (!list) return item;
    changed = true;
    const m = list.open > 0 ? item.chunk.text.match(ITEM) : null;
    return { type: 'task', task: taskBlock(raw, index, item.chunk, list, m?.[1] ?? ''), chunk: item.chunk, numbered: !!m };
  });
  return changed ? { ...draft, items } : draft;
}

function taskBlock(raw: string, index: PositionIndex, chunk: Chunk, list: UnitList, number: string): Omit<TaskBlock, 'id'> {
  const { text, map } = normaliseWithMap(raw.slice(chunk.start, chunk.end));
  const at = (i: number) => chunk.start + map[i]!;
  const units: ResponsibleUnit[] = list.units.map((u) => {
    const unit: ResponsibleUnit = { name: text.slice(u.start, u.end), label: u.label, position: index.position(at(u.start), at(u.end - 1) + 1) };
    if (u.list) unit.list = u.list;
    return unit;
  });
  // The topic clause: from after the number to the first full stop (or the unit list).
  const after = number ? text.match(/^\d{1,2}(?:\.|、)\s*/)![0].length : 0;
  const stop = text.indexOf('。', after);
  let heading = number ? text.slice(after, stop === -1 || stop > list.open ? list.open : stop).replace(/[,;]$/, '').trim() : '';
  // `人均地区生产总值:增长6%左右(…),责任单位为区发改委`: the task is what the line names before its colon.
  const named = /^([^,。;:()]{2,24}):/.exec(text.slice(after));
  if (!heading && named && list.open > named[0].length) heading = named[1]!;
  return { type: 'task', number, heading, text, matchText: toMatchText(text), units, position: index.position(chunk.start, chunk.end) };
}
