// HOSTS from a zone's unstated subject: in a development zone's own plan,
// `依托A、B等…企业` with no host in its clause means the zone relies on A and B.
// A city's plan is not read that way, and 对接 (working with) never is.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { plan, seedGazetteer, syntheticDoc } from './helpers.js';

const PARAGRAPH =
  '壮大激光产业。依托甲乙激光科技有限公司、丙丁光电股份有限公司等龙头企业,重点发展激光器件。积极对接戊己半导体股份有限公司等国内头部企业,引进先进设备。';

function hostsIn(region: Parameters<typeof plan>[1]) {
  const doc = syntheticDoc(plan('zone-test', region), [{ heading: '第一章 产业', paragraphs: [PARAGRAPH] }]);
  return extractPlan(doc, seedGazetteer())
    .relationships.filter((r) => r.type === 'HOSTS')
    .map((r) => ({ start: r.start, end: r.end, rule: r.properties.rule, quote: r.properties.quote }));
}

describe('a zone relying on firms (unstated subject)', () => {
  it('reads the zone of a zone plan as the host of the firms it relies on, quoting from 依托', () => {
    const hosts = hostsIn({ name: '鞍山高新技术产业开发区', level: 'development-zone', parents: ['辽宁省', '鞍山市'] });
    expect(hosts).toEqual([
      { start: 'IndustrialPark:鞍山高新技术产业开发区', end: 'Enterprise:甲乙激光科技有限公司', rule: 'text:依托…等企业(subject)', quote: '依托甲乙激光科技有限公司' },
      { start: 'IndustrialPark:鞍山高新技术产业开发区', end: 'Enterprise:丙丁光电股份有限公司', rule: 'text:依托…等企业(subject)', quote: '依托甲乙激光科技有限公司、丙丁光电股份有限公司' },
    ]);
  });

  it('does not make a city the host of firms its plan relies on', () => {
    expect(hostsIn({ name: '鞍山市', level: 'city', parents: ['辽宁省'] })).toEqual([]);
  });

  it('reads firms a zone has gathered (集聚了A、B等…企业) as hosted by it', () => {
    const doc = syntheticDoc(plan('zone-test', { name: '鞍山高新技术产业开发区', level: 'development-zone', parents: ['辽宁省', '鞍山市'] }), [
      { heading: '第一章 产业', paragraphs: ['内培外引,集聚了甲乙激光科技有限公司、丙丁光电股份有限公司等龙头企业。'] },
    ]);
    const hosts = extractPlan(doc, seedGazetteer()).relationships.filter((r) => r.type === 'HOSTS');
    expect(hosts.map((r) => [r.end, r.properties.quote])).toEqual([
      ['Enterprise:甲乙激光科技有限公司', '集聚了甲乙激光科技有限公司'],
      ['Enterprise:丙丁光电股份有限公司', '集聚了甲乙激光科技有限公司、丙丁光电股份有限公司'],
    ]);
  });
});

describe('a zone the gazetteer lacks, in its own report (dev texts added 2026-12-06)', () => {
  // A zone of another province, named in the text as the title names it.
  const ZONE = { name: '拉萨经开区', level: 'development-zone' as const, parents: [] };
  const hostsOf = (paragraphs: string[]) => {
    const out = extractPlan(syntheticDoc(plan('zone-new', ZONE), [{ heading: '拉萨经开区产业集群迸发新动能', paragraphs }]), seedGazetteer());
    return out.relationships.filter((r) => r.type === 'HOSTS').map((r) => `${r.start} → ${r.end} ${r.properties.rule}`);
  };

  it('is the unstated subject of 依托…等企业, as a zone the gazetteer knows is', () => {
    expect(hostsOf(['拉萨经开区加快发展。', PARAGRAPH]).sort()).toEqual([
      'IndustrialPark:拉萨经开区 → Enterprise:丙丁光电股份有限公司 text:依托…等企业(subject)',
      'IndustrialPark:拉萨经开区 → Enterprise:甲乙激光科技有限公司 text:依托…等企业(subject)',
    ]);
  });

  it('hosts firms that settle with no place after the verb (`…等一批龙头企业先后入驻。`), not owners of projects that do', () => {
    // dev-lasa-jkq-2020 line 15 (shortened here).
    expect(hostsOf(['拉萨经开区设立至今,产业集群初步形成。', '鱼跃、碧水源等一批关联度大、带动性强的行业龙头企业先后入驻。']).sort()).toEqual([
      'IndustrialPark:拉萨经开区 → Enterprise:碧水源 text:入驻(subject)',
      'IndustrialPark:拉萨经开区 → Enterprise:鱼跃 text:入驻(subject)',
    ]);
    // dev-dongying-kfq-2022 line 3 (shortened here): the projects settle.
    expect(hostsOf(['拉萨经开区设立至今,产业集群初步形成。', '园区可承载甲乙激光科技有限公司年产40吨激光器项目等一大批项目落地。'])).toEqual([]);
  });
});

/** HOSTS of one paragraph in a plan of `region`, as `host → firm` by name, sorted. */
function hostNames(region: Parameters<typeof plan>[1], paragraph: string): string[] {
  const out = extractPlan(syntheticDoc(plan('hosts', region), [{ heading: '产业', paragraphs: [paragraph] }]), seedGazetteer());
  const nodes = new Map(out.nodes.map((n) => [n.id, n]));
  return out.relationships.filter((r) => r.type === 'HOSTS').map((r) => `${nodes.get(r.start)!.name} → ${nodes.get(r.end)!.name}`).sort();
}

describe('an area bringing firms in (dev-zhengyang-cyjq-2022, shortened)', () => {
  const county = { name: '正阳县', level: 'county' as const, parents: [] };

  it('hosts the firms of a list closed by a counted kind of firm, and of the clauses chained after it by ;', () => {
    expect(hostNames(county, '正阳县引入君乐宝、鲁花、牧原等食品加工企业38家,累计完成投资342亿元;引进华星、精工、豫丰等装备制造企业37家,形成了装备制造产业集群。')).toEqual([
      '正阳县 → 华星', '正阳县 → 君乐宝', '正阳县 → 牧原', '正阳县 → 精工', '正阳县 → 豫丰', '正阳县 → 鲁花',
    ]);
  });

  it('reads no firms in a list of products closed by a counted kind, nor a clause of partners', () => {
    expect(hostNames(county, '正阳县引进新能源、新材料等配套企业12家;对接华星、精工等装备制造企业。')).toEqual([]);
  });
});

describe('a zone report\'s firms that settle in 园区 (dev-honghu-kfq-2015, shortened)', () => {
  it('reads 等近30家企业 as firms, and 落户园区 as the zone hosting them', () => {
    const zone = { name: '洪湖经济开发区', level: 'development-zone' as const, parents: [] };
    expect(hostNames(zone, '洪湖经济开发区加快发展。截止2010年底,园区共先后引进中兴、昶润、井力等近30家企业落户园区,其中已建成投产企业近20家。')).toEqual([
      '洪湖经济开发区 → 中兴', '洪湖经济开发区 → 井力', '洪湖经济开发区 → 昶润',
    ]);
  });
});

describe('firms coming to the park a paragraph opens with (dev-tuanfeng-gyy-2008, shortened)', () => {
  it('reads 到园区投资 as the paragraph\'s park hosting the firms of its clause, in a text that names no region', () => {
    const noRegion = { name: '', level: 'city' as const, parents: [] };
    expect(hostNames(noRegion, '城南工业园始建于2002年9月,园区功能不断增强。优越的投资环境,先后吸引恒顺钢构公司、瑞达新材料有限公司等国内外知名企业到园区投资。')).toEqual([
      '城南工业园 → 恒顺钢构公司', '城南工业园 → 瑞达新材料有限公司',
    ]);
  });
});
