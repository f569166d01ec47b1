// Malformed input: each gets a TextError naming the file, the problem and the fix.
import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TextError } from '../../src/text/errors.js';
import { MAX_PLAN_BYTES, readPlanFile } from '../../src/text/read.js';

const dir = mkdtempSync(join(tmpdir(), 'plangraph-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

function failure(path: string): TextError {
  try {
    readPlanFile(path);
  } catch (error) {
    expect(error).toBeInstanceOf(TextError);
    return error as TextError;
  }
  throw new Error(`${path} was accepted`);
}

const utf8 = (s: string) => new TextEncoder().encode(s);
/** GBK bytes of 鞍山市 (B0B0 C9BD CAD0) and 规划 (B9E6 BBAE), written by hand: TextEncoder only does UTF-8. */
const GBK_ANSHAN_PLAN = [0xb0, 0xb0, 0xc9, 0xbd, 0xca, 0xd0, 0xb9, 0xe6, 0xbb, 0xae, 0x0a];

describe('readPlanFile', () => {
  it('reads UTF-8 without BOM', () => {
    expect(readPlanFile(file('plain.txt', '第一章 总则\n'))).toBe('第一章 总则\n');
  });

  it('reads UTF-8 with BOM and drops the BOM', () => {
    const text = readPlanFile(file('bom.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('鞍山市')])));
    expect(text).toBe('鞍山市');
  });

  it('refuses an empty file', () => {
    const e = failure(file('empty.txt', ''));
    expect(e.reason).toBe('empty');
    expect(e.message).toContain('empty.txt');
    expect(failure(file('blank.txt', ' \n\u3000\n')).reason).toBe('empty');
  });

  it('refuses a binary file (NUL bytes)', () => {
    const e = failure(file('data.bin', new Uint8Array([0x13, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48])));
    expect(e.reason).toBe('binary');
    expect(e.message).toMatch(/data\.bin: file is binary \(NUL byte at offset 8\)/);
    expect(failure(file('nul.txt', new Uint8Array([...utf8('鞍山市规划'), 0, ...utf8('第一章\n')]))).message).toContain('NUL byte at offset 15');
  });

  it('recognises GBK/GB18030 and says how to convert instead of producing mojibake', () => {
    const e = failure(file('gbk.txt', new Uint8Array(GBK_ANSHAN_PLAN)));
    expect(e.reason).toBe('gb18030');
    expect(e.message).toContain('gbk.txt');
    expect(e.message).toContain('iconv -f GB18030 -t UTF-8');
  });

  it('catches a file truncated in the middle of a character', () => {
    const bytes = utf8('鞍山市规划');
    const e = failure(file('cut.txt', bytes.subarray(0, bytes.length - 1)));
    expect(e.reason).toBe('truncated');
    expect(e.message).toMatch(/cut\.txt: file ends in the middle of a UTF-8 character \(byte 12 of 14\)/);
  });

  it('refuses UTF-16 with a byte-order mark', () => {
    const le = file('utf16le.txt', new Uint8Array([0xff, 0xfe, ...Buffer.from('鞍山市规划', 'utf16le')]));
    const e = failure(le);
    expect(e.reason).toBe('utf16');
    expect(e.message).toContain('iconv -f UTF-16LE -t UTF-8');
    expect(failure(file('utf16be.txt', new Uint8Array([0xfe, 0xff, 0x97, 0x5e]))).message).toContain('UTF-16BE');
  });

  it('refuses other invalid UTF-8 (Latin-1) without calling it GB18030', () => {
    const e = failure(file('latin1.txt', new Uint8Array([...utf8('caf'), 0xe9, ...utf8(' au lait\n')])));
    expect(e.reason).toBe('invalid-utf8');
    expect(e.message).toContain('offset 3');
  });

  it('refuses a 50 MB file from its size, before reading it', () => {
    const path = join(dir, 'huge.txt');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024); // sparse: all NUL, so only a stat-first check can say "too large"
    closeSync(fd);
    const e = failure(path);
    expect(e.reason).toBe('too-large');
    expect(e.message).toContain(`over the ${MAX_PLAN_BYTES / 1024 / 1024} MB limit`);
  });

  it('recognises UTF-16 without a byte-order mark, with and without NUL bytes', () => {
    // Chinese text alone has no NUL byte in UTF-16 (鞍 is 5E 97): it used to be called invalid UTF-8 or binary.
    const cjk = failure(file('cjk16.txt', Buffer.from('鞍山市国民经济和社会发展第十四个五年规划纲要。', 'utf16le')));
    expect(cjk.reason).toBe('utf16');
    expect(cjk.message).toContain('looks UTF-16LE without a byte-order mark');
    expect(cjk.message).toContain('iconv -f UTF-16LE -t UTF-8');
    const mixed = failure(file('mixed16.txt', Buffer.from('第一章 总则\n2021年，鞍山市地区生产总值1738.8亿元。\n', 'utf16le')));
    expect(mixed.reason).toBe('utf16');
    const be = Buffer.from('第一章 总则\n2021年，鞍山市\n', 'utf16le').swap16();
    expect(failure(file('be16.txt', be)).message).toContain('UTF-16BE');
  });

  it('names a PDF, an Office file or an image instead of guessing an encoding', () => {
    // A PDF's binary streams happen to decode as GB18030: it used to be reported as GBK text.
    const pdf = failure(file('plan.pdf', new Uint8Array([...utf8('%PDF-1.7\n%'), 0xb0, 0xb0, 0xc9, 0xbd, 0xca, 0xd0, 0x0a])));
    expect(pdf.reason).toBe('not-text');
    expect(pdf.message).toMatch(/plan\.pdf: file is a PDF document, not a plain-text plan; extract its text first, e\.g\. `pdftotext/);
    expect(failure(file('plan.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).message).toContain('Word .docx');
    expect(failure(file('plan.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00]))).message).toContain('old Office document');
    expect(failure(file('scan.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]))).message).toContain('OCR');
  });

  it('refuses a directory, saying so (not EISDIR)', () => {
    const sub = join(dir, 'plans');
    mkdirSync(sub, { recursive: true });
    const e = failure(sub);
    expect(e.reason).toBe('directory');
    expect(e.message).toContain('is a directory');
  });

  it('reports a missing file', () => {
    expect(failure(join(dir, 'nope.txt')).reason).toBe('not-found');
  });
});
