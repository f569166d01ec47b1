// The same plan written differently parses the same: CRLF line ends,
// full-width ASCII (（）：，０-９) instead of half-width.
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/text/index.js';
import { normalise } from '../../src/text/normalise.js';
import { countNodes, walkNodes } from '../../src/text/outline.js';
import { seed } from './helpers.js';

const fullWidth = (s: string) => s.replace(/[0-9(),:;]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe.each(['anshan-ycydlq-2022', 'anshan-hitech-14fyp', 'shenyang-tiexi-14fyp'])('%s', (id) => {
  const base = seed(id);
  const texts = (raw: string) => {
    const doc = parsePlan(raw, base.plan);
    return { doc, texts: [...walkNodes(doc.root)].map((n) => (n.type === 'section' ? n.heading : n.type === 'table' ? n.caption : n.text)) };
  };

  it('with CRLF line ends', () => {
    const { doc, texts: t } = texts(base.raw.replace(/\n/g, '\r\n'));
    expect(countNodes(doc.root)).toEqual(countNodes(base.root));
    expect(t).toEqual(texts(base.raw).texts);
    for (const n of walkNodes(doc.root)) if (n.type === 'paragraph') expect(normalise(doc.raw.slice(n.position.start.offset, n.position.end.offset))).toBe(n.text);
  });

  it('with full-width digits and punctuation', () => {
    const { doc, texts: t } = texts(fullWidth(base.raw));
    expect(countNodes(doc.root)).toEqual(countNodes(base.root));
    expect(t).toEqual(texts(base.raw).texts);
    const units = (d: typeof doc) => [...walkNodes(d.root)].flatMap((n) => (n.type === 'task' ? n.units.map((u) => u.name) : []));
    expect(units(doc)).toEqual(units(base));
  });
});
