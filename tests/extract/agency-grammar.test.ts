// Government bodies by grammar (mentions/agency-grammar.ts, seed/lexicon/agency-stems.json):
// one fixture per rule, sentence → spans + rule id, and unit strings → canonical names.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { indexGazetteer } from '../../src/extract/gazetteer-index.js';
import { placeLookup, recogniseAgency } from '../../src/extract/mentions/agency-grammar.js';
import { regionContext } from '../../src/extract/region.js';
import type { PlanManifestEntry } from '../../src/text/types.js';
import { plan, seedGazetteer, syntheticDoc } from './helpers.js';

const anshan = plan('t-anshan');
const tiexi = plan('t-tiexi', { name: '铁西区', level: 'district', parents: ['辽宁省', '沈阳市'] });
const xianyang = plan('t-xianyang', { name: '咸阳市', level: 'city', parents: ['陕西省'] });

/** Agency mentions of one paragraph: [quote, entity name, rule]. */
function agencies(text: string, manifest: PlanManifestEntry = anshan): [string, string, string][] {
  const out = extractPlan(syntheticDoc(manifest, [{ heading: '第一章 保障', paragraphs: [text] }]), seedGazetteer());
  const nodes = new Map(out.nodes.map((n) => [n.id, n]));
  return out.relationships
    .filter((r) => r.type === 'MENTIONED_IN' && nodes.get(r.start)?.type === 'GovernmentAgency')
    .sort((a, b) => Number(a.properties.start) - Number(b.properties.start))
    .map((r) => [String(r.properties.quote), nodes.get(r.start)!.name, String(r.properties.rule)]);
}

function unit(written: string, manifest: PlanManifestEntry = anshan): string | undefined {
  const index = indexGazetteer(seedGazetteer());
  return recogniseAgency(written, regionContext(manifest, index), placeLookup(index.lookup))?.name;
}

describe('agencies in running text, by prefix + department stem', () => {
  it('reads 国家 + stem, a central body alone, and 省 + stem as the plan’s province', () => {
    expect(agencies('积极争取国家发展改革委、科技部支持,经省政府批准,被辽宁省科技厅命名为示范基地。')).toEqual([
      ['国家发展改革委', '国家发展和改革委员会', 'agency:发展改革委'],
      ['科技部', '科学技术部', 'agency:科技部'],
      ['省政府', '辽宁省人民政府', 'agency:政府'],
      ['辽宁省科技厅', '辽宁省科学技术厅', 'agency:科技厅'],
    ]);
  });

  it('reads 市/我市 + stem as the plan’s city, in a city the gazetteer has no agency for', () => {
    expect(agencies('由市发展改革委牵头,我市市场监管局配合。', xianyang)).toEqual([
      ['市发展改革委', '咸阳市发展和改革委员会', 'gazetteer'],
      ['我市市场监管局', '咸阳市市场监督管理局', 'agency:市场监管局'],
    ]);
    expect(agencies('省统计局发布。', xianyang)).toEqual([['省统计局', '陕西省统计局', 'agency:统计局']]);
  });

  it('reads no party organ as an agency (市委, 党工委), like the gazetteer', () => {
    expect(agencies('在市委坚强领导下,高新区党工委统筹推进。', tiexi)).toEqual([]);
  });

  it('reads nothing where the level word ends another word or means every unit', () => {
    expect(agencies('提升城市管理局面,推动上市公司发展,各市政府、县区政府、园区管委会协同。')).toEqual([]);
  });

  it('reads no bare 区 or 县 body in a city plan, where it names no one district', () => {
    expect(agencies('区科技局、县财政局负责。')).toEqual([]);
  });
});

describe('recogniseAgency: a 责任单位 cell → the canonical name', () => {
  it.each([
    ['市发展改革委', '咸阳市发展和改革委员会', xianyang],
    ['省工信厅', '陕西省工业和信息化厅', xianyang],
    ['国家知识产权局', '国家知识产权局', anshan],
    ['工业和信息化部', '工业和信息化部', anshan],
    ['岫岩县政府', '岫岩满族自治县人民政府', anshan],
    ['区住建局', '沈阳市铁西区住房和城乡建设局', tiexi],
  ] as const)('%s → %s', (written, name, manifest) => {
    expect(unit(written, manifest)).toBe(name);
  });

  it('says nothing for generic units and non-agencies', () => {
    expect(unit('相关县(市)区')).toBeUndefined();
    expect(unit('市场监管局')).toBeUndefined(); // no prefix: whose?
    expect(unit('国网鞍山供电公司')).toBeUndefined();
  });
});
