// Bytes → text. Only UTF-8 (with or without BOM) is accepted: a plan read in
// the wrong encoding would yield mojibake whose positions are meaningless, so
// every other input is refused with a TextError that says how to fix it.
import { readFileSync, statSync } from 'node:fs';
import { TextError } from './errors.js';
import { knownFormat, utf16WithoutBom } from './sniff.js';

/**
 * 20 MB. The five seed plans total 0.86 MB; the largest real plans we know of
 * are a few MB. Anything bigger is almost certainly not a plain-text plan, and
 * we refuse it from fs.stat before reading a byte.
 */
export const MAX_PLAN_BYTES = 20 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Read a plan file as UTF-8 text without BOM, or throw a TextError. */
export function readPlanFile(path: string): string {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new TextError(path, 'directory', 'is a directory, not a plan file; name the .txt plan files in it (a command given the directory takes every *.txt in it).');
    size = stat.size;
  } catch (error) {
    if (error instanceof TextError) throw error;
    throw new TextError(path, 'not-found', 'file not found or not readable; check the path.');
  }
  if (size > MAX_PLAN_BYTES) {
    const mb = (size / 1024 / 1024).toFixed(1);
    throw new TextError(
      path,
      'too-large',
      `file is ${mb} MB, over the ${MAX_PLAN_BYTES / 1024 / 1024} MB limit for a plan; is it really a plain-text plan? Split it or extract the text first.`,
    );
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    // Not a regular readable file after all (a socket, a FIFO, permissions changed since stat).
    throw new TextError(path, 'not-found', `cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); a plan must be a regular UTF-8 text file.`);
  }
  return decodePlanBytes(bytes, path);
}

/** The decoding rules of readPlanFile, for bytes already in memory. */
export function decodePlanBytes(bytes: Uint8Array, path: string): string {
  if (bytes.length === 0) throw new TextError(path, 'empty', 'file is empty (0 bytes); export the plan text again.');
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const from = bytes[0] === 0xff ? 'UTF-16LE' : 'UTF-16BE';
    throw new TextError(path, 'utf16', `file is ${from} (byte-order mark ${hex(bytes.subarray(0, 2))}); convert it with \`iconv -f ${from} -t UTF-8\`.`);
  }
  const format = knownFormat(bytes);
  if (format) throw new TextError(path, 'not-text', `file is ${format.name}, not a plain-text plan; ${format.fix}.`);
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const utf16 = utf16WithoutBom(bytes);
    if (utf16) {
      throw new TextError(path, 'utf16', `file looks ${utf16} without a byte-order mark; convert it with \`iconv -f ${utf16} -t UTF-8\`.`);
    }
    throw new TextError(path, 'binary', `file is binary (NUL byte at offset ${nul}); a plan must be plain UTF-8 text (extract the text from PDF/Word first).`);
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let text: string;
  try {
    text = utf8.decode(bytes.subarray(start));
  } catch {
    throw invalidUtf8(bytes.subarray(start), path, start);
  }
  if (text.trim() === '') throw new TextError(path, 'empty', 'file contains only whitespace; export the plan text again.');
  return text;
}

function invalidUtf8(bytes: Uint8Array, path: string, base: number): TextError {
  const bad = firstInvalidUtf8(bytes);
  if (bad.truncatedAtEnd) {
    return new TextError(path, 'truncated', `file ends in the middle of a UTF-8 character (byte ${base + bad.offset} of ${base + bytes.length}); the file was cut short, copy or download it again.`);
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    return new TextError(path, 'utf16', `file looks ${utf16} without a byte-order mark; convert it with \`iconv -f ${utf16} -t UTF-8\`.`);
  }
  if (looksGb18030(bytes)) {
    return new TextError(path, 'gb18030', 'file looks GB18030/GBK-encoded, not UTF-8; convert it with `iconv -f GB18030 -t UTF-8 in.txt > out.txt`.');
  }
  return new TextError(path, 'invalid-utf8', `file is not valid UTF-8 (first bad byte at offset ${base + bad.offset}: ${hex(bytes.subarray(bad.offset, bad.offset + 4))}); find the right encoding and convert it to UTF-8.`);
}

/** Offset of the first malformed sequence, and whether it is only an incomplete final character. */
function firstInvalidUtf8(b: Uint8Array): { offset: number; truncatedAtEnd: boolean } {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const need = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (need < 0) return { offset: i, truncatedAtEnd: false };
    for (let k = 1; k <= need; k++) {
      if (i + k >= b.length) return { offset: i, truncatedAtEnd: true };
      if ((b[i + k]! & 0xc0) !== 0x80) return { offset: i, truncatedAtEnd: false };
    }
    i += need + 1;
  }
  return { offset: b.length, truncatedAtEnd: false };
}

/** GB18030 decodes without replacement characters and yields mostly CJK. */
function looksGb18030(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  let cjk = 0;
  let high = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x80) high++;
    if (code >= 0x4e00 && code <= 0x9fff) cjk++;
  }
  return high > 0 && cjk / high > 0.6;
}

function hex(b: Uint8Array): string {
  return [...b].map((x) => x.toString(16).toUpperCase().padStart(2, '0')).join(' ');
}
