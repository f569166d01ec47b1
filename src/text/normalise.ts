// Normalisation with a map back to the original text. Patterns downstream are
// written once, in the normalised form: half-width ASCII, no scraping spaces
// inside Chinese text, one space between Latin words.
//
// normalise() is a pure function of its input string, so for any node
// `normalise(raw.slice(start, end)) === text` holds as long as the slice starts
// and ends on a non-space character (every stage trims its spans).

export interface Normalised {
  text: string;
  /** map[i] = index in the input of text[i] (a kept space maps to its run's first character). */
  map: number[];
}

/** Private-use glyphs (001: `12\uE0105万亩`, a stray U+E004 at line ends): a font's own symbols, unreadable as text. */
export function isPrivateUse(code: number): boolean {
  return code >= 0xe000 && code <= 0xf8ff;
}

/**
 * True for every character that counts as layout space (U+00A0, U+3000, tabs,
 * newlines, zero-width, BOM) and for private-use glyphs: dropping one between
 * digits leaves a space (`12 5`), so an unknown glyph never fuses two numbers.
 */
export function isSpace(code: number): boolean {
  return (
    isPrivateUse(code) ||
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Full-width ASCII (U+FF01–U+FF5E: letters, digits, `（）：；，％`…) → ASCII, so
 * `(`/`,`/`:` patterns match both spellings. NOTES.md: the seeds mix them.
 * CJK punctuation without an ASCII twin (`。、“”《》〔〕﹝﹞`) is kept.
 */
function mapChar(code: number): number {
  return code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code;
}

/** Latin/Greek/Cyrillic letters, digits and ASCII punctuation: spaces between two of these are kept. */
function isNarrow(code: number): boolean {
  return code < 0x0500 && code !== 0xb7;
}

// Spaces that scraping put next to these are never meaningful: `( 2021`, `5.5% ;`.
const GLUES_TO_PREVIOUS = new Set([...')]},.;:!?%'].map((c) => c.charCodeAt(0)));
const GLUES_TO_NEXT = new Set([...'([{'].map((c) => c.charCodeAt(0)));

/** `,;:` written for `，；：` after Chinese text (`铸件, 15家`): the space after them is scraping too. */
const CHINESE_CLAUSE_END = new Set([...',;:'].map((c) => c.charCodeAt(0)));

function keepSpaceBetween(before: number, prev: number, next: number): boolean {
  if (CHINESE_CLAUSE_END.has(prev) && before !== -1 && !isNarrow(before)) return false;
  return isNarrow(prev) && isNarrow(next) && !GLUES_TO_PREVIOUS.has(next) && !GLUES_TO_NEXT.has(prev);
}

/**
 * A scraper's pinyin gloss after a character (`市發(fā)改委`, `產(chǎn)業(yè)`,
 * full-width brackets too): one syllable with a tone mark. It is no part of
 * the text, so the normalised text leaves it out; quotes, read from the raw
 * file through the map, keep it where it sits inside a name.
 */
const PINYIN_GLOSS = /[(（](?=[a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,6}[)）]/y;
const isHan = (code: number) => (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);

/** Length of a pinyin gloss at `i` right after a Han character, else 0. */
function glossAt(input: string, i: number, prev: number): number {
  if (!isHan(prev)) return 0;
  PINYIN_GLOSS.lastIndex = i;
  return PINYIN_GLOSS.exec(input)?.[0].length ?? 0;
}

export function normaliseWithMap(input: string): Normalised {
  const out: number[] = [];
  const map: number[] = [];
  let prev = -1; // last emitted code, -1 at the start (leading space is trimmed)
  let spaceAt = -1; // index of the first space of the pending run
  for (let i = 0; i < input.length; i++) {
    const raw = input.charCodeAt(i);
    if ((raw === 0x28 || raw === 0xff08) && spaceAt === -1) {
      const gloss = glossAt(input, i, prev);
      if (gloss) {
        i += gloss - 1;
        continue;
      }
    }
    if (isSpace(raw)) {
      if (spaceAt === -1) spaceAt = i;
      continue;
    }
    const code = mapChar(raw);
    if (spaceAt !== -1 && prev !== -1 && keepSpaceBetween(out.length > 1 ? out[out.length - 2]! : -1, prev, code)) {
      out.push(0x20);
      map.push(spaceAt);
    }
    spaceAt = -1;
    out.push(code);
    map.push(i);
    prev = code;
  }
  // Build the string in slices: String.fromCharCode(...bigArray) overflows the stack.
  let text = '';
  for (let i = 0; i < out.length; i += 8192) text += String.fromCharCode(...out.slice(i, i + 8192));
  return { text, map };
}

export function normalise(input: string): string {
  return normaliseWithMap(input).text;
}
