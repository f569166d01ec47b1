// 000 鞍山市“十四五”规划纲要. Expected numbers were counted by hand on
// seed/plans/anshan-14fyp.txt (the first copy is lines 1–1037; TOC 36–198):
//   parts     awk 'NR>=199&&NR<=1037' | grep -c '^第[一…十]\{1,3\}篇'        → 3
//   chapters  same with 章                                                    → 16
//   一、      grep -c '^[一…十]\{1,3\}、' on lines 199–1037                    → 62
//   (一)      grep -c '^([一…十]\{1,3\})' on lines 199–1037                    → 9
//   专栏      grep -c '^专栏' on lines 1–1037 → 27, each followed by a `….png` line
//   TOC       lines 37–198 ending in a digit                                  → 81 (twice)
//   duplicate lines 1039–2073 minus the second TOC (1072–1234), non-blank     → 460, of which
//             non-heading lines (grep -v heading patterns)                   → 313
//             = 257 paragraph lines + 56 table lines (表1 header+18, 表2 header+36)
import { describe, expect, it } from 'vitest';
import { byId, messages, quote, sections, seed, tables } from './helpers.js';

const doc = seed('anshan-14fyp');

describe('anshan-14fyp (000)', () => {
  it('finds the plan structure of the first copy only', () => {
    expect(sections(doc, 'part')).toHaveLength(3);
    expect(sections(doc, 'chapter')).toHaveLength(16);
    expect(sections(doc, 'numbered')).toHaveLength(62);
    expect(sections(doc, 'paren')).toHaveLength(9);
    expect(sections(doc, 'box')).toHaveLength(27);
    expect(sections(doc, 'preface')).toHaveLength(1);
    expect(sections(doc, 'chapter').map((c) => c.number)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六']);
  });

  it('reads the repeated copy once and says how much was dropped and where', () => {
    const [dup, ...more] = messages(doc, 'duplicate-block');
    expect(more).toHaveLength(0);
    expect(dup!.place!.start.line).toBe(1039);
    expect(dup!.place!.end.line).toBe(2073);
    expect(dup!.reason).toContain('dropped 460 non-blank lines: 257 paragraph lines, 118 headings, 2 tables (58 rows and captions), 27 other');
    // Nothing after line 1037 survives: no mention can be counted twice.
    const last = Math.max(...doc.root.children.map((c) => c.position.end.line));
    expect(last).toBe(1037);
  });

  it('skips both tables of contents with a message', () => {
    const toc = messages(doc, 'toc-skipped');
    expect(toc.map((m) => [m.place!.start.line, m.place!.end.line])).toEqual([
      [36, 198],
      [1072, 1234],
    ]);
    expect(toc[0]!.reason).toContain('81 entries');
  });

  it('has chapter 12 area sub-sections that open with the area name', () => {
    const areas = sections(doc, 'area');
    expect(areas.map((a) => a.heading)).toEqual(['海城市', '台安县', '岫岩满族自治县', '铁东区', '铁西区', '立山区', '千山区', '鞍山高新技术产业开发区', '鞍山经济开发区']);
    for (const a of areas) expect(a.id).toMatch(/^anshan-14fyp\/p2\/c12\/n1\/a\d$/);
    expect(areas[0]!.position.start.line).toBe(819);
    // a topic clause that ends in 区 is not an area (line 637)
    expect(areas.some((a) => a.heading.includes('新城区'))).toBe(false);
  });

  it('treats topic-clause lines as paragraphs and keeps stable path ids', () => {
    const n1 = byId(doc, 'anshan-14fyp/p2/c3/n1');
    expect(n1).toMatchObject({ type: 'section', kind: 'numbered', heading: '厚植钢铁基因,打造国家产业安全战略保障基地' });
    const para = byId(doc, 'anshan-14fyp/p2/c3/n1/para1');
    expect(para).toMatchObject({ type: 'paragraph' });
    if (para?.type === 'paragraph') expect(para.text.startsWith('提升铁矿石国家保障能力。')).toBe(true);
  });

  it('reports the 27 boxes whose bodies are only an image', () => {
    const images = messages(doc, 'box-image-only');
    expect(images).toHaveLength(27);
    expect(images[0]!.reason).toContain('微信图片_20210524134853.png');
  });

  it('exposes 表1 (no separators) as one cell per row, header marked', () => {
    const t1 = tables(doc)[0]!;
    expect(t1.shape).toBe('unseparated');
    expect(t1.caption).toBe('表1鞍山市“十三五”时期经济社会发展约束性指标完成情况');
    expect(t1.header).toHaveLength(1);
    expect(t1.header[0]!.cells[0]!.text).toBe('序号指标“十三五”目标2020年[累计]');
    expect(t1.rows).toHaveLength(18);
    expect(t1.rows.every((r) => r.cells.length === 1 && !r.isCategory)).toBe(true);
    expect(t1.rows[3]!.cells[0]!.text).toBe('4耕地保有量(万亩)357450');
    expect(t1.rows[3]!.position.start.line).toBe(263);
  });

  it('splits 表2 on U+00A0, marks the padded category rows and keeps merged cells', () => {
    const t2 = tables(doc)[1]!;
    expect(t2.shape).toBe('nbsp');
    expect(t2.header[0]!.cells.map((c) => c.text)).toEqual(['指标名称', '属性', '2020年', '2025年累计或年均增速']);
    expect(t2.rows).toHaveLength(36);
    expect(t2.rows.filter((r) => r.isCategory).map((r) => r.cells[0]!.text)).toEqual(['经济发展', '创新驱动', '活力开放', '绿色转型', '民生福祉', '安全保障']);
    const gdp = t2.rows[1]!; // line 341: name and attribute run together in the source
    expect(gdp.cells.map((c) => c.text)).toEqual(['★地区生产总值(亿元)', '预期性', '1738.8', '-', '高于省平均水平']);
    const water = t2.rows.find((r) => r.position.start.line === 360)!;
    expect(water.cells.map((c) => c.text)).toEqual(['★地表水达到或好于Ⅲ类水体(%)', '约束性', '58.3完成省下达任务-']);
    expect(quote(doc, water.cells[2]!.position)).toBe('58.3完成省下达任务-');
  });

  it('joins the notice title spread over lines 2–4 into one paragraph', () => {
    const title = doc.root.children.find((c) => c.position.start.line === 2);
    expect(title).toMatchObject({ type: 'paragraph', text: '鞍山市人民政府关于印发鞍山市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要的通知' });
    expect(title!.position.end.line).toBe(4);
  });
});
