// 004 沈阳市铁西区“十四五”规划纲要 (a scraped web page). Counted by hand on
// seed/plans/shenyang-tiexi-14fyp.txt:
//   章 grep -c '^第[一…十]\{1,3\}章' → 13      节 → 52      专栏 grep -c '^专栏' → 9, none has a body
//   footnote markers after a closing quote: grep -o '” [0-9]\{1,2\} ' → 2 3 4 5 7 8 9 11 13 14 15 16 18 19 (14)
//   header lines 1–7 (page title, `发表于`, 收藏, 前言, repeated title, 详情), footer 609–616
import { describe, expect, it } from 'vitest';
import { messages, nodes, quote, sections, seed, tables } from './helpers.js';

const doc = seed('shenyang-tiexi-14fyp');

describe('shenyang-tiexi-14fyp (004)', () => {
  it('finds 13 章 and 52 节', () => {
    expect(sections(doc, 'chapter')).toHaveLength(13);
    expect(sections(doc, 'section')).toHaveLength(52);
  });

  it('drops the page header and footer by rule, with messages', () => {
    const chrome = messages(doc, 'web-chrome').map((m) => [m.place!.start.line, m.place!.end.line]);
    expect(chrome).toEqual([
      [1, 7],
      [609, 616],
    ]);
    const texts = nodes(doc).flatMap((n) => (n.type === 'paragraph' ? [n.text] : []));
    expect(texts.some((t) => /收藏|详情|发表于|温馨提示|下载附件/.test(t))).toBe(false);
    expect(sections(doc, 'preface')).toHaveLength(0); // the `前言` at line 5 is a page tab
    const first = doc.root.children[0];
    expect(first).toMatchObject({ type: 'paragraph', text: '沈阳市铁西区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要' });
  });

  it('removes the spaces scraping put inside Chinese text', () => {
    const s1 = sections(doc, 'section')[0]!;
    expect(s1.heading).toBe('“十三五”时期经济社会发展成效显著');
    const texts = nodes(doc).flatMap((n) => (n.type === 'paragraph' ? [n.text] : []));
    const all = texts.join('\n');
    expect(all).toContain('沈阳·中关村');
    expect(all).not.toMatch(/“ |\d 年|[\u4e00-\u9fff] [\u4e00-\u9fff]/);
  });

  it('exposes the nine 专栏 captions as caption-only tables', () => {
    const t = tables(doc);
    expect(t).toHaveLength(9);
    expect(t.every((x) => x.shape === 'caption-only' && x.rows.length === 0)).toBe(true);
    expect(t[1]!.caption).toBe('专栏2“十四五”时期铁西区经济社会发展主要指标');
    expect(messages(doc, 'table-body-missing')).toHaveLength(9);
  });

  it('flags the footnote markers whose footnotes were lost, at their exact place', () => {
    const markers = messages(doc, 'footnote-marker');
    expect(markers.map((m) => quote(doc, m.place!))).toEqual(['2', '3', '4', '5', '7', '8', '9', '11', '13', '14', '15', '16', '18', '19']);
    expect(markers[1]!.place!.start.line).toBe(39);
    expect(markers[1]!.reason).toContain('“9123” 3');
  });

  it('reports the lost review item 5 (line 33 runs item 4 into it)', () => {
    const [gap, ...more] = messages(doc, 'numbering-gap');
    expect(more).toHaveLength(0);
    expect(gap!.place!.start.line).toBe(35);
    expect(gap!.reason).toContain('skips 5');
  });
});
