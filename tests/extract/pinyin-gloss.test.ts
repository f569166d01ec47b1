// Scraped pages in traditional characters carry pinyin glosses after some
// characters (`市發(fā)改委`). The text stage leaves them out of the text the
// rules read; every quote is still the raw file's own slice. Example written
// for this test (no dev text).
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { parsePlan } from '../../src/text/index.js';
import { walkDocument } from '../../src/extract/units.js';
import { plan, seedGazetteer } from './helpers.js';

const raw = [
  '株洲市推進產(chǎn)業(yè)園區(qū)建設實施方案',
  '一、重點任務',
  '由市發(fā)改委牽頭,株洲經開區(qū)管委會配合,支持株洲高新區(qū)建設軌道交通產(chǎn)業(yè)園。',
  '',
].join('\n');
const doc = parsePlan(raw, plan('gloss-test', { name: '株洲市', level: 'city', parents: [] }));
const out = extractPlan(doc, seedGazetteer());
const mentions = out.relationships.filter((r) => r.type === 'MENTIONED_IN');
const quotes = (id: string) => mentions.filter((r) => r.start === id).map((r) => r.properties.quote);

describe('pinyin glosses in scraped text', () => {
  it('are not in the text the rules read', () => {
    const texts = walkDocument(doc).units.map((u) => u.text);
    expect(texts.join('')).toContain('由市發改委牽頭');
    expect(texts.filter((t) => t.includes('('))).toEqual([]);
  });

  it('do not hide names: the city’s agency and a zone’s committee are found', () => {
    expect(quotes('GovernmentAgency:株洲市/发展和改革委员会')).toEqual(['市發(fā)改委']);
    expect(out.nodes.find((n) => n.type === 'GovernmentAgency' && n.name === '株洲经开区管委会')).toBeDefined();
    // 经开区 alone is another city's zone in the gazetteer (沈阳): the committee written with 株洲 is not that one's.
    expect(out.nodes.filter((n) => n.name.includes('沈阳'))).toEqual([]);
  });

  it('stay in quotes, which are the raw file’s exact slices', () => {
    expect(mentions.length).toBeGreaterThan(2);
    for (const r of mentions) expect(raw.slice(Number(r.properties.start), Number(r.properties.end))).toBe(r.properties.quote);
  });
});
