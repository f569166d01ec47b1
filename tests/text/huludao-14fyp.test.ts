// 002 葫芦岛市“十四五”规划纲要. Counted by hand on seed/plans/huludao-14fyp.txt:
//   章      grep -c '^第[一…十]\{1,3\}章' → 16      节  same with 节 → 70
//   专栏    grep -c '^专栏' → 45, each header ends in ` |` and is followed by one `… |` body line;
//           splitting the 45 body lines at `。` + space gives 193 entries (python: re.split(r'(?<=。)\s+'))
//   表1     caption line 17, header lines 18–19, data lines 20–36 → 17 rows
//   表2     caption line 69, header line 70, lines 71–113 → 43 rows of which 5 category rows
//           (经济发展 创新驱动 民生福祉 绿色生态 安全保障); line 114 is the note
import { describe, expect, it } from 'vitest';
import { messages, quote, sections, seed, tables } from './helpers.js';

const doc = seed('huludao-14fyp');

describe('huludao-14fyp (002)', () => {
  it('finds 16 章 and 70 节', () => {
    expect(sections(doc, 'chapter')).toHaveLength(16);
    expect(sections(doc, 'section')).toHaveLength(70);
    expect(sections(doc, 'part')).toHaveLength(0);
  });

  it('reads the 45 专栏 boxes with their one-line bodies split into entries', () => {
    const boxes = sections(doc, 'box');
    expect(boxes).toHaveLength(45);
    expect(boxes.reduce((n, b) => n + b.children.length, 0)).toBe(193);
    const first = boxes[0]!;
    expect(first).toMatchObject({ number: '4-1', heading: '高新技术企业重点培育工程', id: 'huludao-14fyp/c4/s1/x4-1' });
    expect(first.children).toHaveLength(2);
    const [a, b] = first.children;
    expect(a?.type === 'paragraph' && a.text.startsWith('企业数量提升工程。')).toBe(true);
    expect(b?.type === 'paragraph' && b.text.startsWith('企业竞争力提升工程。')).toBe(true);
    // the text after the box (line 164) is back in the 节, not in the box
    expect(first.position.end.line).toBe(163);
  });

  it('reads 表1 with two header rows and empty cells kept in place', () => {
    const t = tables(doc)[0]!;
    expect(t.shape).toBe('pipe');
    expect(t.caption).toBe('表1“十三五”规划约束性指标完成情况');
    expect(t.header.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['指标', '规划目标', '实际完成'],
      ['2015年', '2020年', '年均增速[累计]', '2020年', '年均增速[累计]'],
    ]);
    expect(t.rows).toHaveLength(17);
    expect(t.rows[0]!.cells.map((c) => c.text)).toEqual(['农村贫困人口脱贫(万人)', '[16.03]', '[17.19]']);
  });

  it('reads 表2 with standalone category rows', () => {
    const t = tables(doc)[1]!;
    expect(t.header).toHaveLength(1);
    expect(t.rows).toHaveLength(43);
    expect(t.rows.filter((r) => r.isCategory).map((r) => r.cells[0]!.text)).toEqual(['经济发展', '创新驱动', '民生福祉', '绿色生态', '安全保障']);
    const gdp = t.rows[1]!;
    expect(gdp.cells.map((c) => c.text)).toEqual(['地区生产总值(亿元)', '预期性', '≥6%']);
    expect(quote(doc, gdp.cells[2]!.position)).toBe('≥6%');
    expect(messages(doc, 'table-row-shifted')).toHaveLength(1);
  });

  it('joins the two stacked titles (lines 1–3 and 4–5)', () => {
    const [a, b] = doc.root.children;
    expect(a).toMatchObject({ type: 'paragraph', text: '葫芦岛市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要' });
    expect(b).toMatchObject({ type: 'paragraph', text: '葫芦岛市国民经济和社会发展第十四个五年规划和2035年远景目标纲要' });
    expect([a!.position.start.line, a!.position.end.line, b!.position.start.line, b!.position.end.line]).toEqual([1, 3, 4, 5]);
  });
});
