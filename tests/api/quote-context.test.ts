import { describe, expect, it } from 'vitest';
import { quoteSpan, sentenceAround, snippetAround } from '../../src/api/text/quote-context.js';

describe('quote context', () => {
  const paragraph = '支持鞍钢集团产品优化升级。构建形成以鞍钢集团为龙头的钢铁精深加工产业集群;推进项目建设。';

  it('finds the occurrence nearest the quote’s own offset', () => {
    expect(quoteSpan(paragraph, '鞍钢集团', 0)).toEqual({ start: 2, end: 6 });
    expect(quoteSpan(paragraph, '鞍钢集团', 20)).toEqual({ start: 18, end: 22 });
  });

  it('normalises the raw quote as paragraphs are (full-width to ASCII, no layout spaces)', () => {
    expect(quoteSpan('建成5G基站(一期)', '５G 基站（一期）', 0)).toEqual({ start: 2, end: 10 });
    expect(quoteSpan(paragraph, '本溪', 0)).toBeNull();
  });

  it('gives the sentence around the quote, ending at 。 or ;', () => {
    const second = sentenceAround(paragraph, { start: 18, end: 22 });
    expect(paragraph.slice(second.start, second.end)).toBe('构建形成以鞍钢集团为龙头的钢铁精深加工产业集群;');
    const first = sentenceAround(paragraph, { start: 2, end: 6 });
    expect(paragraph.slice(first.start, first.end)).toBe('支持鞍钢集团产品优化升级。');
  });

  it('cuts a snippet around the match and says where the match is in it', () => {
    const { snippet, highlight } = snippetAround(paragraph, { start: 18, end: 22 }, 5);
    expect(snippet).toBe('…构建形成以鞍钢集团为龙头的钢…');
    expect(snippet.slice(highlight.start, highlight.end)).toBe('鞍钢集团');
  });
});
