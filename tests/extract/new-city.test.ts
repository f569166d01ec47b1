// A plan from a city the seeds never mention, with names the gazetteer
// lacks: the engine must work from patterns and the gazetteer's admin areas.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { loadPlanDocument } from '../../src/text/index.js';
import { plan, seedGazetteer, syntheticDoc } from './helpers.js';

const benxi = plan('benxi-14fyp', { name: '本溪市', level: 'city', parents: ['辽宁省'] });
const doc = syntheticDoc(benxi, [
  {
    heading: '第三章 建设现代产业体系',
    paragraphs: [
      '壮大生物医药产业。本溪经济开发区依托辽宁天元药业有限公司、本溪华康制药等龙头企业,重点发展生物医药产业。',
      '引进北方康泰医疗器械股份有限公司落户本溪经济开发区。推进溪湖钢铁深加工、桓仁冰酒产业园等项目建设。',
      '到2025年,地区生产总值突破1200亿元,城镇登记失业率控制在4%以内。',
      '支持高新区建设生物医药创新平台。',
    ],
  },
  { heading: '第四章 保障措施', tasks: [{ number: '1', heading: '推动产业升级', body: '加快项目建设。', units: ['市发展改革委', '市工业和信息化局', '相关县(市)区'] }] },
]);
const out = extractPlan(doc, seedGazetteer());
const node = (name: string) => out.nodes.find((n) => n.name === name);
const rels = (type: string) => out.relationships.filter((r) => r.type === type).map((r) => [r.start, r.end, r.properties.rule]);

describe('a new city (本溪市)', () => {
  it('discovers its enterprises and parks, marked as not from the gazetteer', () => {
    expect(node('辽宁天元药业有限公司')?.properties).toMatchObject({ gazetteer: false, discoveredBy: 'suffix:有限公司' });
    expect(node('本溪华康制药')?.type).toBe('Enterprise');
    expect(node('北方康泰医疗器械股份有限公司')?.type).toBe('Enterprise');
    expect(node('本溪经济开发区')).toMatchObject({ type: 'IndustrialPark', properties: { gazetteer: false } });
  });

  it('reads a bare 高新区 as the city’s own zone when the gazetteer has none for it', () => {
    const quotes = out.relationships.filter((r) => r.type === 'MENTIONED_IN' && r.start === 'IndustrialPark:本溪高新区').map((r) => r.properties.quote);
    expect(quotes).toEqual(['高新区']);
  });

  it('places a park by the city its name carries', () => {
    expect(rels('LOCATED_IN')).toContainEqual(['IndustrialPark:本溪经济开发区', 'AdminArea:辽宁省/本溪市', 'name-carries-area']);
  });

  it('places a company where its written name says, but not by a province prefix or for the project named after it', () => {
    const d = syntheticDoc(benxi, [{ heading: '第三章', paragraphs: ['引进深圳宏电股份5G模块、深圳信锐科技通信设备等项目。支持江苏矫豪新能源科技、本溪华康制药等企业发展。'] }]);
    const located = extractPlan(d, seedGazetteer()).relationships.filter((r) => r.type === 'LOCATED_IN').map((r) => `${r.start} → ${r.end}`);
    expect(located).toContain('Enterprise:深圳宏电股份 → AdminArea:广东省/深圳市');
    expect(located).toContain('Enterprise:本溪华康制药 → AdminArea:辽宁省/本溪市');
    expect(located.filter((l) => l.startsWith('Project:'))).toEqual([]);
    expect(located.filter((l) => l.includes('江苏'))).toEqual([]);
  });

  it('keeps the place of a discovered company inside a project name to the company', () => {
    const d = syntheticDoc(benxi, [{ heading: '第三章', paragraphs: ['重点推进上海德硕光电激光器、溪湖瑞达新材料镁砂等项目建设。'] }]);
    const located = extractPlan(d, seedGazetteer()).relationships.filter((r) => r.type === 'LOCATED_IN').map((r) => `${r.start} → ${r.end}`);
    expect(located).toContain('Enterprise:上海德硕光电 → AdminArea:上海市');
    expect(located.filter((l) => l.startsWith('Project:'))).toEqual([]);
  });

  it('links park, firms and industry as the sentences state', () => {
    expect(rels('HOSTS')).toEqual(
      expect.arrayContaining([
        ['IndustrialPark:本溪经济开发区', 'Enterprise:辽宁天元药业有限公司', 'text:依托…等企业'],
        ['IndustrialPark:本溪经济开发区', 'Enterprise:本溪华康制药', 'text:依托…等企业'],
        ['IndustrialPark:本溪经济开发区', 'Enterprise:北方康泰医疗器械股份有限公司', 'text:落户'],
      ]),
    );
    expect(rels('DEVELOPS')).toContainEqual(['IndustrialPark:本溪经济开发区', 'Industry:生物医药产业', 'text:主语…发展']);
  });

  it('scopes responsible units to the plan’s city', () => {
    const led = out.relationships.filter((r) => r.type === 'LED_BY').map((r) => r.end).sort();
    // Named like the gazetteer names the same offices of other cities (鞍山市发展和改革委员会).
    expect(led).toEqual(['GovernmentAgency:本溪市/发展和改革委员会', 'GovernmentAgency:本溪市/工业和信息化局']);
    expect(node('本溪市发展和改革委员会')?.aliases).toContain('市发展改革委');
  });

  it('reads its running-text targets', () => {
    const targets = out.relationships.filter((r) => r.type === 'HAS_TARGET').map((r) => [r.properties.name, r.properties.target, r.properties.qualifier]);
    expect(targets).toEqual(expect.arrayContaining([['地区生产总值', '1200', '突破'], ['城镇登记失业率', '4%', '控制在…以内']]));
  });

  it('quotes the synthetic file exactly', () => {
    for (const r of out.relationships) expect(doc.raw.slice(Number(r.properties.start), Number(r.properties.end))).toBe(r.properties.quote);
  });
});

describe('a new city’s plan file through the text stage (tests/fixtures/extract/benxi-sample.txt)', () => {
  const file = extractPlan(loadPlanDocument('tests/fixtures/extract/benxi-sample.txt'), seedGazetteer());
  const facts = file.relationships.filter((r) => r.type !== 'MENTIONED_IN' && r.type !== 'PART_OF').map((r) => `${r.type} ${r.start} → ${r.end}`);

  it('infers the region and scopes units to 本溪市', () => {
    expect(facts).toContain('LED_BY Task:' + file.nodes.find((n) => n.type === 'Task')!.id.slice(5) + ' → GovernmentAgency:本溪市/发展和改革委员会');
  });

  it('finds parks, firms and their relations with no gazetteer entry for any of them', () => {
    expect(facts).toEqual(
      expect.arrayContaining([
        'HOSTS IndustrialPark:本溪经济开发区 → Enterprise:辽宁天元药业有限公司',
        'HOSTS IndustrialPark:本溪经济开发区 → Enterprise:北方康泰医疗器械股份有限公司',
        'DEVELOPS IndustrialPark:本溪经济开发区 → Industry:生物医药产业',
        'LOCATED_IN IndustrialPark:溪湖钢铁深加工产业园 → AdminArea:辽宁省/本溪市/溪湖区',
        'LOCATED_IN IndustrialPark:桓仁冰酒产业园 → AdminArea:辽宁省/本溪市/桓仁满族自治县',
      ]),
    );
    expect(file.nodes.find((n) => n.id === 'Enterprise:本溪钢铁(集团)有限责任公司')?.properties.gazetteer).toBe(false);
  });

  it('reads its pipe table with a shifted row', () => {
    const row = file.relationships.find((r) => r.type === 'HAS_TARGET' && r.properties.name === '一般公共预算收入');
    expect(row?.properties).toMatchObject({ baseline: '60', target: null, growth: '≥7%', category: '经济发展', attribute: '预期性' });
  });
});
