import { describe, expect, it } from 'vitest';
import { normalise, normaliseWithMap } from '../../src/text/normalise.js';
import { toMatchText } from '../../src/text/simplify.js';

describe('normalise', () => {
  it.each([
    ['“ 十四五 ”', '“十四五”'],
    ['2020 年', '2020年'],
    ['二 〇 三五', '二〇三五'],
    ['沈阳 · 中关村科技园', '沈阳·中关村科技园'],
    ['( 2021-2025 年)', '(2021-2025年)'],
    ['年均增长 5.5% ;城镇', '年均增长5.5%;城镇'],
    ['经\u00a0\u00a0济\u3000发\t展', '经济发展'],
    ['Industrial  Internet 大会', 'Industrial Internet大会'],
    ['iPhone 12', 'iPhone 12'],
    ['（一）　各县（市）区：', '(一)各县(市)区:'],
    ['ＡＢＣ１２３，；％', 'ABC123,;%'],
    ['  前后空白 \n', '前后空白'],
    ['聚焦\n传统产业', '聚焦传统产业'],
    ['采用铸件, 15 家企业', '采用铸件,15家企业'],
    ['Hello, world', 'Hello, world'],
  ])('%j → %j', (input, expected) => {
    expect(normalise(input)).toBe(expected);
  });

  it('keeps CJK punctuation without an ASCII twin', () => {
    expect(normalise('。、“”《》〔〕﹝﹞')).toBe('。、“”《》〔〕﹝﹞');
  });

  it('maps every output character back to its input index', () => {
    const input = ' “ 十四五 ” 时期（2021 年）';
    const { text, map } = normaliseWithMap(input);
    expect(text).toBe('“十四五”时期(2021年)');
    expect(map).toHaveLength(text.length);
    for (let i = 0; i < text.length; i++) expect(normalise(input[map[i]!]!)).toBe(text[i]);
  });

  it('reads private-use glyphs as layout: dropped in Chinese text, a space between digits', () => {
    expect(normalise('旅游\ue004示范区')).toBe('旅游示范区');
    expect(normalise('12\ue0105万亩')).toBe('12 5万亩');
    expect(normalise('等〕\ue004')).toBe('等〕');
  });

  it('leaves out a scraper’s pinyin gloss after a character, mapping the rest to the input', () => {
    const input = '由市發(fā)改委牽頭,建設產（chǎn）業園區(qū)';
    const { text, map } = normaliseWithMap(input);
    expect(text).toBe('由市發改委牽頭,建設產業園區');
    for (let i = 0; i < text.length; i++) expect(input[map[i]!]).toBe(text[i]);
  });

  it('keeps brackets that are no gloss: Latin words, numbers, toneless syllables, a gloss after no character', () => {
    expect(normalise('华为(Huawei)、大会(2021)、的(de)、(fā)改')).toBe('华为(Huawei)、大会(2021)、的(de)、(fā)改');
  });

  it('is stable: normalising twice changes nothing', () => {
    const once = normalise('“ 十四五 ” 时期 ( 2021-2025 年) , iPhone  12');
    expect(normalise(once)).toBe(once);
  });
});

describe('toMatchText', () => {
  it('maps traditional characters to simplified, keeping the length', () => {
    expect(toMatchText('鞍鋼集團發展')).toBe('鞍钢集团发展');
    const text = '臺灣的鐵路(2021年)';
    expect(toMatchText(text)).toHaveLength(text.length);
  });

  it('returns simplified text unchanged', () => {
    const text = '鞍山市国民经济和社会发展';
    expect(toMatchText(text)).toBe(text);
  });
});
