// Text in traditional characters (or mixed) is matched on its simplified form; a discovered
// name's id and name come from the simplified form, the written form stays in quotes and aliases.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { isTraditional } from '../../src/extract/mentions/index.js';
import { toMatchText } from '../../src/text/simplify.js';
import { plan, seedGazetteer, syntheticDoc } from './helpers.js';

const benxi = plan('t-benxi', { name: '本溪市', level: 'city', parents: ['辽宁省'] });

function extract(paragraph: string) {
  return extractPlan(syntheticDoc(benxi, [{ heading: '第一章 產業', paragraphs: [paragraph] }]), seedGazetteer());
}

describe('names discovered in traditional text', () => {
  const out = extract('支持興業電子科技有限公司落戶本溪經濟開發區,由市發展改革委牽頭推進。');
  const node = (id: string) => out.nodes.find((n) => n.id === id);
  const quotes = (id: string) => out.relationships.filter((r) => r.type === 'MENTIONED_IN' && r.start === id).map((r) => r.properties.quote);

  it('identifies and names them by the simplified form, the written form an alias', () => {
    expect(node('Enterprise:兴业电子科技有限公司')).toMatchObject({ name: '兴业电子科技有限公司', aliases: ['興業電子科技有限公司'] });
    expect(node('IndustrialPark:本溪经济开发区')).toMatchObject({ name: '本溪经济开发区', aliases: ['本溪經濟開發區'] });
    expect(node('GovernmentAgency:本溪市/发展和改革委员会')?.aliases).toContain('市發展改革委');
    const entities = out.nodes.filter((n) => !['Plan', 'Section', 'Paragraph', 'TaskBlock'].includes(n.type));
    expect(entities.length).toBeGreaterThanOrEqual(4);
    expect(entities.filter((n) => /[興業電產區發]/.test(n.id + n.name))).toEqual([]);
  });

  it('quotes the text as written', () => {
    expect(quotes('Enterprise:兴业电子科技有限公司')).toEqual(['興業電子科技有限公司']);
    expect(quotes('GovernmentAgency:本溪市/发展和改革委员会')).toEqual(['市發展改革委']);
  });

  it('keeps a variant character that a simplified text writes in a name (汎宇化学), as the seed plans do', () => {
    expect(isTraditional('引进汎宇化学等企业。', toMatchText('引进汎宇化学等企业。'))).toBe(false);
    expect(isTraditional('支持興業電子落戶。', toMatchText('支持興業電子落戶。'))).toBe(true);
  });
});
