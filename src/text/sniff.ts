// What a file that is not a UTF-8 plan is instead, from its first bytes, so
// the error can say "this is a PDF" rather than guessing at an encoding (a
// PDF's compressed streams happen to decode as GB18030), and what to do.

export interface KnownFormat {
  /** What the file is, for the message: "a PDF document". */
  name: string;
  /** How to get the plan text out of it. */
  fix: string;
}

interface Signature {
  magic: number[];
  /** Offset of the magic bytes (0 unless said). */
  at?: number;
  format: KnownFormat;
}

const bytesOf = (s: string) => [...s].map((c) => c.charCodeAt(0));

const SIGNATURES: Signature[] = [
  { magic: bytesOf('%PDF-'), format: { name: 'a PDF document', fix: 'extract its text first, e.g. `pdftotext -enc UTF-8 -layout plan.pdf plan.txt` (a scanned PDF needs OCR)' } },
  {
    magic: [0x50, 0x4b, 0x03, 0x04],
    format: { name: 'a ZIP container (Word .docx, WPS, OFD or another Office file)', fix: 'open it and save it as plain text (UTF-8), or use e.g. `pandoc plan.docx -t plain -o plan.txt`' },
  },
  {
    magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    format: { name: 'an old Office document (.doc, .xls or .wps)', fix: 'open it and save it as plain text (UTF-8), or use e.g. `antiword plan.doc > plan.txt`' },
  },
  { magic: bytesOf('{\\rtf'), format: { name: 'an RTF document', fix: 'open it and save it as plain text (UTF-8)' } },
  { magic: [0x89, 0x50, 0x4e, 0x47], format: { name: 'a PNG image', fix: 'a picture of a plan needs OCR into UTF-8 text first' } },
  { magic: [0xff, 0xd8, 0xff], format: { name: 'a JPEG image', fix: 'a picture of a plan needs OCR into UTF-8 text first' } },
  { magic: bytesOf('GIF8'), format: { name: 'a GIF image', fix: 'a picture of a plan needs OCR into UTF-8 text first' } },
  { magic: [0x49, 0x49, 0x2a, 0x00], format: { name: 'a TIFF image', fix: 'a picture of a plan needs OCR into UTF-8 text first' } },
  { magic: [0x1f, 0x8b], format: { name: 'a gzip archive', fix: 'unpack it first (`gunzip`)' } },
  { magic: bytesOf('7z'), format: { name: 'a 7-Zip archive', fix: 'unpack it first' } },
  { magic: bytesOf('Rar!'), format: { name: 'a RAR archive', fix: 'unpack it first' } },
];

/** The format a file's magic bytes name, if it is one we know. */
export function knownFormat(bytes: Uint8Array): KnownFormat | undefined {
  return SIGNATURES.find(({ magic, at = 0 }) => magic.every((b, i) => bytes[at + i] === b))?.format;
}

/** Line feed, 、 。 full-width space , ， ； ： */
const PROSE_MARKS = new Set([0x0a, 0x3001, 0x3002, 0x3000, 0xff0c, 0xff1b, 0xff1a]);

/**
 * 'UTF-16LE' or 'UTF-16BE' when the bytes (no BOM) decode as UTF-16 into
 * mostly text a plan is made of: CJK, CJK punctuation, full-width forms and
 * printable ASCII. Chinese UTF-16 has few NUL bytes (中 is 2D 4E), so counting
 * NULs alone calls it binary. Any pair of ASCII letters also reads as a CJK
 * character (ca → 慣), so the text must also have the marks of running
 * Chinese prose: line breaks, 。，、 at least once per 100 characters.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192) & ~1);
  if (sample.length < 4) return undefined;
  for (const encoding of ['UTF-16LE', 'UTF-16BE'] as const) {
    let text: string;
    try {
      text = new TextDecoder(encoding.toLowerCase(), { fatal: true }).decode(sample);
    } catch {
      continue;
    }
    let plausible = 0;
    let marks = 0;
    let total = 0;
    for (const ch of text) {
      total++;
      const c = ch.codePointAt(0)!;
      if (PROSE_MARKS.has(c)) marks++;
      if ((c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x0d || c === 0x09 || (c >= 0x3000 && c <= 0x303f) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2010 && c <= 0x206f)) plausible++;
    }
    if (plausible / total > 0.9 && marks >= Math.max(1, total / 100)) return encoding;
  }
  return undefined;
}
