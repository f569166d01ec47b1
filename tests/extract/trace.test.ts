// DEBUG=plangraph:extract traces which rule proposed each span and which step dropped it (issue 9 section 5c).
import { format } from 'node:util';
import createDebug from 'debug';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { plan, seedGazetteer, syntheticDoc } from './helpers.js';

const huludao = plan('t-trace', { name: '葫芦岛市', level: 'city', parents: ['辽宁省'] });
const lines: string[] = [];
const log = createDebug.log;
const before = createDebug.disable();

beforeAll(() => {
  createDebug.enable('plangraph:extract');
  createDebug.log = (...args: unknown[]) => lines.push(format(...args));
});
afterAll(() => {
  createDebug.log = log;
  createDebug.enable(before);
});

describe('DEBUG=plangraph:extract', () => {
  it('says which rule proposed each span and why one was dropped', () => {
    lines.length = 0;
    extractPlan(syntheticDoc(huludao, [{ heading: '第一章 开放', paragraphs: ['对标美国强生、德国博世、华润三九等国内外知名药企,支持兴业电子科技有限公司发展。'] }]), seedGazetteer());
    const trace = lines.filter((l) => l.includes('t-trace/s1/para1'));
    expect(trace.some((l) => / 美国 AdminArea gazetteer: drop \(country-modifier\)/.test(l))).toBe(true);
    expect(trace.some((l) => /兴业电子科技有限公司 Enterprise suffix:有限公司: keep/.test(l))).toBe(true);
    expect(trace.some((l) => /兴业电子科技 Enterprise suffix:科技: drop \(overlap: 兴业电子科技有限公司 suffix:有限公司\)/.test(l))).toBe(true);
    expect(trace.every((l) => /: (keep|drop \(.+\)|blocker)$/.test(l.trim()))).toBe(true);
  });

  it('traces a drop by any registered filter, with the filter\'s id (rules.ts), and a rule whose label is another\'s', () => {
    lines.length = 0;
    extractPlan(syntheticDoc(huludao, [{ heading: '第一章 企业', paragraphs: ['组建九大教育集团,金岚动力连续入选中国汽车工业百强榜。'] }]), seedGazetteer());
    const trace = lines.filter((l) => l.includes('t-trace/s1/para1'));
    expect(trace.some((l) => / 九大教育集团 Enterprise suffix:集团: drop \(lead-words\)/.test(l))).toBe(true);
    expect(trace.some((l) => / 金岚动力 Enterprise firm-subject:连续… \[firm-designation\]: keep/.test(l))).toBe(true);
  });

  it('traces nothing when the namespace is off', () => {
    createDebug.disable();
    lines.length = 0;
    extractPlan(syntheticDoc(huludao, [{ heading: '第一章 开放', paragraphs: ['加强与日本、韩国合作。'] }]), seedGazetteer());
    expect(lines).toEqual([]);
    createDebug.enable('plangraph:extract');
  });
});
