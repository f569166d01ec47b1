// What one unit of normalised text is: a heading of some kind, a caption, an
// image name, or running text. Pure and context-free, so other stages (the
// duplicate counter, the line joiner) can ask the same question.
import type { SectionKind } from './types.js';
import { listLabels, roleVerbs } from './unit-words.js';

export type LineClass =
  | { type: 'heading'; kind: SectionKind; number: string | null; heading: string }
  | { type: 'caption'; caption: string }
  | { type: 'image' }
  | { type: 'paragraph'; area?: string };

const CN = '一二三四五六七八九十百零〇两';
/** `第一篇`, and `第一部分` which many plans use instead. */
const PART = new RegExp(`^第([${CN}\\d]+)(?:篇|部分)(.*)$`);
const CHAPTER = new RegExp(`^第([${CN}\\d]+)章(.*)$`);
const SECTION = new RegExp(`^第([${CN}\\d]+)节(.*)$`);
const NUMBERED = new RegExp(`^([${CN}]+)、(.*)$`);
const PAREN = new RegExp(`^\\(([${CN}]+)\\)(.*)$`);
/** `1.` / `1、` but not a decimal (`1.5个工作日`) or a year (`2020年`). */
export const ITEM = /^(\d{1,2})(?:\.(?!\d)|、)\s*(.*)$/;
const BOX = /^专栏\s*(\d+(?:-\d+)?)\s*(.*?)[\s|]*$/;
const TABLE_CAPTION = /^表\s*\d+(?!\d)/;
const ATTACHMENT = /^附件\s*(\d*)$/;
const PREFACE = /^(前言|序言)$/;
const IMAGE = /^[^\s。,]{1,80}\.(png|jpe?g|gif|bmp|webp)$/i;
/**
 * An area sub-section opener (000 chapter 12: `海城市。…`, `鞍山高新技术产业开发区。…`):
 * a short place name ending in 市/县/区/旗, then the topic full stop.
 */
const AREA = /^([\u4e00-\u9fff][^,。、;:()“”《》\s\d]{1,13}?(?:市|县|区|旗))。/;

/**
 * A heading is short and has no full stop inside: `提升铁矿石国家保障能力。…` is a
 * paragraph. A line carrying a unit list is a task, however short (`5.组织企业参加农交会(责任单位:…)`).
 */
const MAX_HEADING = 60;
/** A unit list inside the line: a label (`责任单位:`) or a role verb closing a clause (`市商务局牵头,`). */
let unitList: RegExp | undefined;
const hasUnitList = (rest: string) => (unitList ??= new RegExp(`(${listLabels().join('|')}):|(${roleVerbs().join('|')})[,)〕\\]]`)).test(rest);
const isHeadingText = (rest: string) => rest.length <= MAX_HEADING && !rest.slice(0, -1).includes('。') && !hasUnitList(rest);

export function classifyText(text: string): LineClass {
  const heading = (kind: SectionKind, m: RegExpMatchArray | null): LineClass | undefined =>
    m && isHeadingText(m[2]!) ? { type: 'heading', kind, number: m[1]!, heading: m[2]!.replace(/。$/, '').trim() } : undefined;
  const found =
    heading('part', text.match(PART)) ??
    heading('chapter', text.match(CHAPTER)) ??
    heading('section', text.match(SECTION)) ??
    heading('numbered', text.match(NUMBERED)) ??
    heading('paren', text.match(PAREN)) ??
    heading('item', text.match(ITEM));
  if (found) return found;
  const box = text.match(BOX);
  if (box && isHeadingText(box[2]!)) return { type: 'heading', kind: 'box', number: box[1]!, heading: box[2]! };
  if (TABLE_CAPTION.test(text) && isHeadingText(text)) return { type: 'caption', caption: text.replace(/[\s|]+$/, '') };
  const att = text.match(ATTACHMENT);
  if (att) return { type: 'heading', kind: 'attachment', number: att[1] || null, heading: '附件' };
  if (PREFACE.test(text)) return { type: 'heading', kind: 'preface', number: null, heading: text };
  if (IMAGE.test(text)) return { type: 'image' };
  const area = text.match(AREA);
  return area ? { type: 'paragraph', area: area[1]! } : { type: 'paragraph' };
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** `十二` → 12, `二十一` → 21, `一百零五` → 105; arabic passes through; null when unreadable. */
export function chineseNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in DIGITS) digit = DIGITS[ch]!;
    else if (ch === '十' || ch === '百') {
      total += (digit || 1) * (ch === '十' ? 10 : 100);
      digit = 0;
    } else return null;
  }
  return total + digit;
}
