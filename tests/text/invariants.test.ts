// Provenance invariants over every seed plan: each paragraph, task block,
// unit and table cell points at exactly the original text it came from.
import { describe, expect, it } from 'vitest';
import { loadPlanDocument } from '../../src/text/index.js';
import { loadManifest } from '../../src/text/manifest.js';
import { normalise } from '../../src/text/normalise.js';
import { walkNodes } from '../../src/text/outline.js';
import type { PlanDocument, Point, Position } from '../../src/text/types.js';

const docs: PlanDocument[] = loadManifest().map((p) => loadPlanDocument(p.id));

/** line/column recomputed from the offset by counting newlines in raw. */
function pointOk(raw: string, p: Point): boolean {
  const before = raw.slice(0, p.offset);
  const line = before.split('\n').length;
  const column = p.offset - (before.lastIndexOf('\n') + 1) + 1;
  return p.line === line && p.column === column;
}
const positionOk = (raw: string, pos: Position) => pointOk(raw, pos.start) && pointOk(raw, pos.end) && pos.start.offset <= pos.end.offset;

describe.each(docs.map((d) => [d.plan.id, d] as const))('%s', (_id, doc) => {
  const nodes = [...walkNodes(doc.root)];

  it('normalising the original slice of every paragraph, task and cell gives its text', () => {
    let checked = 0;
    for (const n of nodes) {
      const spans: { text: string; position: Position }[] = [];
      if (n.type === 'paragraph' || n.type === 'task') spans.push(n);
      if (n.type === 'table') for (const r of [...n.header, ...n.rows]) spans.push(...r.cells);
      for (const s of spans) {
        expect(normalise(doc.raw.slice(s.position.start.offset, s.position.end.offset))).toBe(s.text);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('line and column agree with the offset for every node, unit and cell', () => {
    for (const n of nodes) {
      expect(positionOk(doc.raw, n.position), n.id).toBe(true);
      if (n.type === 'section' && n.headingPosition) expect(positionOk(doc.raw, n.headingPosition), n.id).toBe(true);
      if (n.type === 'task') for (const u of n.units) expect(positionOk(doc.raw, u.position), `${n.id} ${u.name}`).toBe(true);
      if (n.type === 'table') for (const r of [...n.header, ...n.rows]) for (const c of r.cells) expect(positionOk(doc.raw, c.position)).toBe(true);
    }
  });

  it('every unit name is the normalised original text at its position, and locate() finds it', () => {
    for (const n of nodes) {
      if (n.type !== 'task') continue;
      for (const u of n.units) {
        expect(normalise(doc.raw.slice(u.position.start.offset, u.position.end.offset))).toBe(u.name);
        const at = n.text.indexOf(u.name);
        expect(at).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('locate() maps text indices back to the original for a sample of paragraphs', () => {
    const paragraphs = nodes.filter((n) => n.type === 'paragraph');
    for (const p of paragraphs.filter((_, i) => i % 7 === 0)) {
      const from = Math.floor(p.text.length / 3);
      const to = Math.min(p.text.length, from + 12);
      const pos = doc.locate(p, from, to);
      expect(normalise(doc.raw.slice(pos.start.offset, pos.end.offset))).toBe(p.text.slice(from, to).trim());
      expect(positionOk(doc.raw, pos)).toBe(true);
    }
  });

  it('ids are unique and start with the plan id; matchText has the length of text', () => {
    const ids = nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id === doc.plan.id || id.startsWith(`${doc.plan.id}/`)).toBe(true);
    for (const n of nodes) if (n.type === 'paragraph' || n.type === 'task') expect(n.matchText.length).toBe(n.text.length);
  });

  it('every heading span holds the heading text (number included, nothing more for areas)', () => {
    for (const n of nodes) {
      if (n.type !== 'section' || !n.headingPosition) continue;
      const text = normalise(doc.raw.slice(n.headingPosition.start.offset, n.headingPosition.end.offset));
      if (n.kind === 'area') expect(text).toBe(n.heading);
      else expect(text.endsWith(n.heading) || text.includes(n.heading), n.id).toBe(true);
      expect(text.endsWith('|')).toBe(false);
    }
  });

  it('sections enclose their children, in document order', () => {
    for (const n of nodes) {
      if (n.type !== 'section') continue;
      let last = -1;
      for (const c of n.children) {
        expect(c.position.start.offset).toBeGreaterThanOrEqual(n.position.start.offset);
        expect(c.position.end.offset).toBeLessThanOrEqual(n.position.end.offset);
        expect(c.position.start.offset).toBeGreaterThan(last);
        last = c.position.start.offset;
      }
    }
  });

  it('every kept line of the file is inside some node (nothing silently lost)', () => {
    // Lines a message reports as dropped (chrome, TOC, duplicate copy, image-only bodies) are exempt.
    const dropped = doc.messages.filter((m) => m.place).map((m) => [m.place!.start.line, m.place!.end.line] as const);
    const covered = new Set<number>();
    for (const n of nodes) {
      if (n.type === 'section' && n.headingPosition) for (let l = n.headingPosition.start.line; l <= n.headingPosition.end.line; l++) covered.add(l);
      if (n.type !== 'section') for (let l = n.position.start.line; l <= n.position.end.line; l++) covered.add(l);
    }
    const lost: number[] = [];
    doc.raw.split('\n').forEach((text, i) => {
      const line = i + 1;
      if (!text.trim() || covered.has(line) || dropped.some(([a, b]) => line >= a && line <= b)) return;
      lost.push(line);
    });
    expect(lost).toEqual([]);
  });
});

it('a parse is deterministic: same ids and texts on a second run', () => {
  const again = loadPlanDocument('anshan-14fyp');
  const a = [...walkNodes(again.root)].map((n) => n.id);
  const b = [...walkNodes(docs[0]!.root)].map((n) => n.id);
  expect(a).toEqual(b);
});
