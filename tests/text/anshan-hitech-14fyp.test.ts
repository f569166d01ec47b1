// 003 鞍山高新区“十四五”规划. Counted by hand on seed/plans/anshan-hitech-14fyp.txt:
//   一、 grep -c '^[一…十]\{1,3\}、' → 11     (一) grep -c '^([一…十]\{1,3\})' → 36
//   1、  lines without `。` (headings) → 52, with `。` (numbered paragraphs, lines 45–50) → 6
//   表1  caption line 51, header line 52, rows 53–76 → 24; rows 1, 6, 13, 18, 21 carry the
//        category cell (6 cells), the other 19 are shifted left and end in `| |`
//   cut sentences: 14→15 and 102→103
import { describe, expect, it } from 'vitest';
import { messages, nodes, sections, seed, tables } from './helpers.js';

const doc = seed('anshan-hitech-14fyp');

describe('anshan-hitech-14fyp (003)', () => {
  it('reads the 一、/(一)/1、 outline; numbered lines with a full stop are paragraphs', () => {
    expect(sections(doc, 'numbered')).toHaveLength(11);
    expect(sections(doc, 'paren')).toHaveLength(36);
    expect(sections(doc, 'item')).toHaveLength(52);
    const goals = nodes(doc).filter((n) => n.type === 'paragraph' && /^[1-6]、/.test(n.text));
    expect(goals.map((g) => g.position.start.line)).toEqual([45, 46, 47, 48, 49, 50]);
    expect(sections(doc, 'area')).toHaveLength(0); // `——东北产业转型升级标杆区。` is not an area
  });

  it('rejoins the two sentences cut across lines', () => {
    const joined = messages(doc, 'line-rejoined').map((m) => [m.place!.start.line, m.place!.end.line]);
    expect(joined).toEqual([
      [14, 15],
      [102, 103],
    ]);
    const p = nodes(doc).find((n) => n.type === 'paragraph' && n.position.start.line === 14);
    expect(p?.type === 'paragraph' && p.text.includes('聚焦传统产业转型提升')).toBe(true);
  });

  it('reads the indicator table with its row numbers, category cells and shifted rows', () => {
    const [t] = tables(doc);
    expect(t!.shape).toBe('pipe');
    expect(t!.header[0]!.cells.map((c) => c.text)).toEqual(['序号', '领域', '指标名称', '2020年', '2025年', '属性']);
    expect(t!.rows).toHaveLength(24);
    expect(t!.rows[0]!.cells.map((c) => c.text)).toEqual(['1', '经济发展', '营业总收入(亿元)', '-', '1000', '预期性']);
    expect(t!.rows[1]!.cells.map((c) => c.text)).toEqual(['2', '地区生产总值(亿元)', '95.3', '147', '预期性']);
    expect(t!.rows.filter((r) => r.cells.length === 6).map((r) => r.cells[0]!.text)).toEqual(['1', '6', '13', '18', '21']);
    const [shifted] = messages(doc, 'table-row-shifted');
    expect(shifted!.reason).toContain('19 of 24 rows');
  });

  it('drops the empty 目录 and keeps the preface', () => {
    expect(messages(doc, 'toc-empty').map((m) => m.place!.start.line)).toEqual([5]);
    const [pre] = sections(doc, 'preface');
    expect(pre!.children).toHaveLength(2);
  });
});
