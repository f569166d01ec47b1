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

  it('reads 省 + stem as the province of a region named without its parents, as new plans are (dev-hanzhong-xfzz-2023)', () => {
    const hanzhong = plan('t-hanzhong', { name: '汉中市', level: 'city', parents: [] });
    expect(regionContext(hanzhong, indexGazetteer(seedGazetteer())).province).toBe('陕西省');
    expect(agencies('经省政府同意,市发展改革委牵头。', hanzhong).map(([, name]) => name)).toEqual(['陕西省人民政府', '汉中市发展和改革委员会']);
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

// Rules from the dev set's misses (2026-12-05), each with a sentence written here in the same shape.
const qindu = plan('t-qindu', { name: '秦都区', level: 'district', parents: ['陕西省', '咸阳市'] });
const nowhere = plan('t-nowhere', { name: '', level: 'city', parents: [] });

/** Place mentions of one paragraph: [quote, entity name]. */
function areas(text: string, manifest: PlanManifestEntry): [string, string][] {
  const out = extractPlan(syntheticDoc(manifest, [{ heading: '第一章 保障', paragraphs: [text] }]), seedGazetteer());
  const nodes = new Map(out.nodes.map((n) => [n.id, n]));
  return out.relationships
    .filter((r) => r.type === 'MENTIONED_IN' && nodes.get(r.start)?.type === 'AdminArea')
    .map((r) => [String(r.properties.quote), nodes.get(r.start)!.name]);
}

describe('agencies in plans of other provinces and of no known region', () => {
  it('reads 区政府 as the plan’s own district government, not the Liaoning district’s the gazetteer spells so', () => {
    // The gazetteer's context alias, placed in the plan's district (resolve.ts localAgency).
    expect(agencies('本方案已经区政府研究同意。', qindu)).toEqual([['区政府', '咸阳市秦都区人民政府', 'gazetteer']]);
    // No region at all: the grammar's reading of the same span (mentions/index.ts withFallback).
    expect(agencies('按照区政府安排推进。', nowhere)).toEqual([['区政府', '区人民政府', 'agency:政府']]);
  });

  it('names a body of an unknown region by its level word and the full stem, so two spellings are one body', () => {
    const found = agencies('由省发展改革委牵头,省发展和改革委员会负责解释。', nowhere);
    expect(found.map(([quote, name]) => [quote, name])).toEqual([
      ['省发展改革委', '省发展和改革委员会'],
      ['省发展和改革委员会', '省发展和改革委员会'],
    ]);
  });

  it('keeps a government apart from its office (no short-form merge between agencies)', () => {
    expect(agencies('区人民政府办公室印发通知,方案已报经区人民政府同意。', nowhere).map(([, name]) => name)).toEqual(['区人民政府办公室', '区人民政府']);
  });

  it('reads no body or place inside a document title 《…》', () => {
    expect(agencies('根据《国务院办公厅关于促进消费的意见》和《陕西省人民政府关于加快发展的通知》,经省政府同意。', xianyang)).toEqual([['省政府', '陕西省人民政府', 'agency:政府']]);
    expect(areas('根据《陕西省加快发展的通知》,支持咸阳市发展。', xianyang)).toEqual([['咸阳市', '咸阳市']]);
  });

  it('reads no 人民政府 of a zone, and no body in 区政府部门 (the departments, a class)', () => {
    const zone = plan('t-zone', { name: '鞍山高新技术产业开发区', level: 'development-zone', parents: ['辽宁省', '鞍山市'] });
    expect(agencies('形成区政府部门牵头、街道属地管理的工作机制。', zone)).toEqual([]);
    expect(agencies('形成区政府部门牵头的工作机制。', nowhere)).toEqual([]);
  });

  it('reads no body in the phrase 市委市政府 (the party committee and the government together)', () => {
    expect(agencies('在市委市政府坚强领导下,县委县政府统筹推进。', xianyang)).toEqual([]);
  });
});
