// Reference data: every division of China from the statistical codes, and the
// large groups by brand. Each rule with the example that justifies it.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { loadDivisions } from '../../src/extract/reference/divisions.js';
import { loadEnterpriseGroups } from '../../src/extract/reference/enterprise-groups.js';
import { shortForms } from '../../src/extract/reference/place-forms.js';
import { plan, seedGazetteer, syntheticDoc } from './helpers.js';

function extract(paragraphs: string[], region: Parameters<typeof plan>[1] = { name: '鞍山市', level: 'city', parents: ['辽宁省'] }) {
  const doc = syntheticDoc(plan('ref-test', region), [{ heading: '第一章 总则', paragraphs }]);
  const out = extractPlan(doc, seedGazetteer());
  const mentioned = out.relationships.filter((r) => r.type === 'MENTIONED_IN').map((r) => `${r.start} ${r.properties.quote}`);
  const located = out.relationships.filter((r) => r.type === 'LOCATED_IN').map((r) => `${r.start} → ${r.end} [${r.properties.rule}]`);
  return { out, mentioned, located };
}

describe('short forms by rule', () => {
  it('drops the level and an autonomous unit’s groups', () => {
    expect(shortForms('鞍山市', 'city')).toEqual(['鞍山']);
    expect(shortForms('海城市', 'county')).toEqual(['海城']);
    expect(shortForms('岫岩满族自治县', 'county')).toEqual(['岫岩', '岫岩县']);
    expect(shortForms('腾鳌镇', 'town')).toEqual(['腾鳌']);
    expect(shortForms('黔东南苗族侗族自治州', 'city')).toEqual(['黔东南']);
    expect(shortForms('新疆维吾尔自治区', 'province')).toEqual(['新疆']);
  });

  it('leaves one-character stems and …新区 names without a short form (义县, 滨海新区 ≠ “coastal”)', () => {
    expect(shortForms('义县', 'county')).toEqual([]);
    expect(shortForms('滨海新区', 'county')).toEqual([]);
  });
});

describe('the division dataset', () => {
  const divisions = loadDivisions();
  it('knows every province and the cities and counties with ids as paths', () => {
    expect(divisions.all.filter((d) => d.entry.level === 'province')).toHaveLength(31);
    expect(divisions.byId.get('AdminArea:辽宁省/鞍山市/海城市')?.entry).toMatchObject({ code: '210381', locatedIn: 'AdminArea:辽宁省/鞍山市' });
    // A municipality's 市辖区 is no level of its own.
    expect(divisions.byId.get('AdminArea:北京市/朝阳区')?.entry.locatedIn).toBe('AdminArea:北京市');
  });

  it('leaves statistical zones (开发区, code 7x) to the parks', () => {
    expect(divisions.all.some((d) => d.entry.name === '石家庄高新技术产业开发区')).toBe(false);
  });

  it('loads a county’s towns on demand, with short forms as context', () => {
    const towns = divisions.townsOf('AdminArea:辽宁省/鞍山市/海城市');
    expect(towns.find((t) => t.name === '西柳镇')).toMatchObject({ id: 'AdminArea:辽宁省/鞍山市/海城市/西柳镇', contextAliases: ['西柳'], code: '210381112' });
  });

  it('trusts a form many places share only in context (铁西区: 沈阳, 鞍山, 四平)', () => {
    const siping = divisions.all.find((d) => d.entry.id === 'AdminArea:吉林省/四平市/铁西区')!;
    expect(siping.forms.find((f) => f.form === '铁西区')?.kind).toBe('context');
    const shenzhen = divisions.byId.get('AdminArea:广东省/深圳市')!;
    expect(shenzhen.forms).toContainEqual({ form: '深圳', kind: 'alias' });
  });
});

describe('areas in plan text', () => {
  it('reads a town written right after its county (海城西柳), and says where it is', () => {
    const { mentioned, located } = extract(['支持海城西柳建设国家级纺织服装产业集群供应链信息发布平台。']);
    expect(mentioned).toContain('AdminArea:辽宁省/鞍山市/海城市/西柳镇 西柳');
    expect(located).toContain('AdminArea:辽宁省/鞍山市/海城市/西柳镇 → AdminArea:辽宁省/鞍山市/海城市 [text:after-parent]');
  });

  it('reads a town of the plan’s own city by its full name, placed by the dataset up the chain', () => {
    const { located } = extract(['重点打造腾鳌镇、桑林镇等乡村振兴示范镇。']);
    expect(located).toContain('AdminArea:辽宁省/鞍山市/海城市/腾鳌镇 → AdminArea:辽宁省/鞍山市/海城市 [reference]');
  });

  it('does not read a town of another region, nor a bare town short form', () => {
    const { mentioned } = extract(['重点打造腾鳌镇、桑林镇等乡村振兴示范镇。腾鳌经济发展。'], { name: '葫芦岛市', level: 'city', parents: ['辽宁省'] });
    expect(mentioned.filter((m) => m.includes('腾鳌'))).toEqual([]);
  });

  it('reads a far-away city by its unique short form, and places a company whose name carries it (深圳宏电股份)', () => {
    const { mentioned } = extract(['积极对接中关村、深圳、上海等科技服务资源。']);
    expect(mentioned).toContain('AdminArea:广东省/深圳市 深圳');
  });

  it('reads a county of another province only after its parent (秦皇岛北戴河), never its bare short form', () => {
    expect(extract(['重点打造秦皇岛北戴河(黄金海岸)旅游带。']).mentioned).toContain('AdminArea:河北省/秦皇岛市/北戴河区 北戴河');
    expect(extract(['发展北戴河旅游。']).mentioned.filter((m) => m.includes('北戴河'))).toEqual([]);
  });

  it('skips dataset forms glued into a longer place (玉佛山, 清凉山), common words (老城区) and crossing words (打通辽西)', () => {
    const { mentioned } = extract(['打造玉佛山、清凉山等一批景区,全面提升老城区居民生活质量,打通辽西与蒙东的通道。']);
    expect(mentioned.filter((m) => /佛山|凉山|老城区|通辽/.test(m))).toEqual([]);
  });

  it('reads a province written before its own city as the province (广东省肇庆市)', () => {
    const { mentioned, located } = extract(['随着对广东省肇庆市的定位提出,封开县迎来发展机遇。'], { name: '封开县', level: 'county', parents: [] });
    expect(mentioned).toContain('AdminArea:广东省 广东省');
    expect(located).toContain('AdminArea:广东省/肇庆市 → AdminArea:广东省 [text:after-parent]');
  });

  it('reads a province opening a zone’s name (贵州贵安新区) as part of the name, not a place of its own nor where it lies', () => {
    const { out, mentioned, located } = extract(['推动贵州贵安新区与黔南州在大数据领域协同发展。'], { name: '贵阳市', level: 'city', parents: [] });
    expect(out.nodes.filter((n) => n.type === 'IndustrialPark').map((n) => n.name)).toEqual(['贵州贵安新区']);
    expect(mentioned.filter((m) => m.startsWith('AdminArea:贵州省 '))).toEqual([]);
    expect(located.filter((l) => l.includes('贵安'))).toEqual([]);
  });

  it('still reads a province before a designation as a modifier (辽宁省绿色宜居示范区), and after 视察 as the province', () => {
    const { mentioned } = extract(['建设辽宁省绿色宜居示范区。深入贯彻习近平总书记视察江苏重要讲话精神。']);
    expect(mentioned.filter((m) => m.includes('辽宁'))).toEqual([]);
    expect(mentioned).toContain('AdminArea:江苏省 江苏');
  });

  it('reads a county’s short form after its province, 省 omitted (江苏昆山), and the province before it', () => {
    const { mentioned } = extract(['学习江苏昆山发展外向型经济的经验。']);
    expect(mentioned).toContain('AdminArea:江苏省/苏州市/昆山市 昆山');
    expect(mentioned).toContain('AdminArea:江苏省 江苏');
  });

  it('completes a region the manifest names without parents from the dataset (封开县 → 广东省/肇庆市/封开县)', () => {
    const { mentioned } = extract(['封开杏花鸡产业持续壮大。'], { name: '封开县', level: 'county', parents: [] });
    // 封开 is a county's short form, read only inside the plan's own region.
    expect(mentioned).toContain('AdminArea:广东省/肇庆市/封开县 封开');
  });
});

describe('large groups by brand', () => {
  it('lists each group with its registered name, short forms and source', () => {
    const groups = loadEnterpriseGroups();
    expect(groups.find((g) => g.aliases.includes('中石油'))).toMatchObject({ id: 'Enterprise:中国石油天然气集团有限公司', type: 'Enterprise' });
    for (const g of groups) expect(g.source.kind === 'public' && g.source.note.length > 8, g.id).toBe(true);
  });

  it('reads a brand as the firm in a company context (推动中车、中化等央企)', () => {
    const { mentioned } = extract(['推动中车、中化等央企成果转化基地建设。']);
    expect(mentioned).toContain('Enterprise:中国中车集团有限公司 中车');
    expect(mentioned).toContain('Enterprise:中国中化控股有限责任公司 中化');
  });

  it('does not read a brand without one (万科红梅等文创园)', () => {
    const { mentioned } = extract(['重点提升奉天工厂、万科红梅等文创园。']);
    expect(mentioned.filter((m) => m.includes('万科'))).toEqual([]);
  });

  it('keeps a subsidiary that opens with its group’s brand whole (国网鞍山供电公司)', () => {
    const { mentioned } = extract(['国网鞍山供电公司加快电网建设。']);
    expect(mentioned.some((m) => m.endsWith('国网鞍山供电公司'))).toBe(true);
  });
});
