// A zone's own bare name (`经开区`, `市高新区`) in a plan by or about that zone is the
// zone; in a city plan a bare `高新区` is the city's one high-tech zone. Examples
// are written for these tests (no dev text).
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { plan, seedGazetteer, syntheticDoc } from './helpers.js';

const parks = (region: Parameters<typeof plan>[1], paragraphs: string[]) => {
  const out = extractPlan(syntheticDoc(plan('zone-test', region), [{ heading: '一、主要成效', paragraphs }]), seedGazetteer());
  return out.nodes.filter((n) => n.type === 'IndustrialPark').map((n) => ({ id: n.id, aliases: n.aliases }));
};

describe('a zone’s own bare name', () => {
  it('is the zone in its own report, named with the one city the text names', () => {
    const found = parks({ name: '经开区', level: 'development-zone', parents: [] }, ['经开区全年完成固定资产投资120亿元,为宜昌市工业稳增长作出贡献。']);
    expect(found).toEqual([{ id: 'IndustrialPark:宜昌经开区', aliases: ['经开区'] }]);
  });

  it('names the zone’s committee after the zone as resolved, not the bare title word', () => {
    const out = extractPlan(syntheticDoc(plan('zone-test', { name: '经开区', level: 'development-zone', parents: [] }), [{ heading: '一、主要成效', paragraphs: ['管委会组织经开区企业参加宜昌市招聘会。'] }]), seedGazetteer());
    expect(out.nodes.filter((n) => n.type === 'GovernmentAgency').map((n) => n.id)).toEqual(['GovernmentAgency:宜昌经开区/管理委员会']);
  });

  it('is the zone named in full by the manifest', () => {
    const found = parks({ name: '株洲高新技术产业开发区', level: 'development-zone', parents: ['株洲市'] }, ['高新区新增省级专精特新企业12家。']);
    expect(found).toEqual([{ id: 'IndustrialPark:株洲高新技术产业开发区', aliases: ['高新区'] }]);
  });

  it('is the zone in forms no gazetteer entry spells (经济开发区), and a longer zone name is not cut to it', () => {
    const found = parks({ name: '醴陵经济开发区', level: 'development-zone', parents: ['株洲市'] }, ['经济开发区全年新增规上企业15家,与株洲经济开发区共建陶瓷产业链。']);
    expect(found.map((p) => p.id).sort()).toEqual(['IndustrialPark:株洲经济开发区', 'IndustrialPark:醴陵经济开发区']);
    expect(found.find((p) => p.id === 'IndustrialPark:醴陵经济开发区')?.aliases).toEqual(['经济开发区']);
  });

  it('is not a zone of the other kind: 高新区 in an economic zone’s report is left unresolved', () => {
    const found = parks({ name: '经开区', level: 'development-zone', parents: [] }, ['经开区与高新区共建产业配套平台,服务宜昌市企业。']);
    expect(found.map((p) => p.id)).toEqual(['IndustrialPark:宜昌经开区']);
  });

  it('is not resolved when no city is known, rather than one id for every 经开区', () => {
    expect(parks({ name: '经开区', level: 'development-zone', parents: [] }, ['经开区全年完成固定资产投资120亿元。'])).toEqual([]);
  });

  it('in a city plan, 市高新区 is the city’s one high-tech zone, and 经开区 (a city may have several) is not resolved', () => {
    const found = parks({ name: '株洲市', level: 'city', parents: [] }, ['支持市高新区建设轨道交通装备创新平台,推动经开区扩区。']);
    expect(found).toEqual([{ id: 'IndustrialPark:株洲高新区', aliases: ['高新区'] }]);
  });

  it('in a city plan that names the zone in full, 高新区 is that zone (one node, not 株洲高新区 beside it)', () => {
    const found = parks({ name: '株洲市', level: 'city', parents: [] }, ['株洲高新技术产业开发区是国家级高新区。支持高新区建设轨道交通装备创新平台。']);
    expect(found.map((p) => p.id)).toEqual(['IndustrialPark:株洲高新技术产业开发区']);
    expect(found[0]!.aliases).toContain('株洲高新区');
  });

  it('in a city plan whose zone the gazetteer has, 高新区 is the gazetteer’s entry', () => {
    const found = parks({ name: '鞍山市', level: 'city', parents: ['辽宁省'] }, ['支持市高新区建设工业互联网平台。']);
    expect(found.map((p) => p.id)).toEqual(['IndustrialPark:鞍山高新技术产业开发区']);
  });
});
