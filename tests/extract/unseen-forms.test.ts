// Forms of projects and parks that unseen texts write (branch x-unseen, dev texts added
// 2026-12-05): one fixture per rule, the dev sentence that justifies it and a variant
// written for the test, sentence → names (+ rule id where it matters).
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import type { PlanExtraction } from '../../src/extract/types.js';
import type { PlanManifestEntry } from '../../src/text/types.js';
import { plan, seedGazetteer, syntheticDoc } from './helpers.js';

function extract(text: string, manifest: PlanManifestEntry = plan('t-unseen')): PlanExtraction {
  return extractPlan(syntheticDoc(manifest, [{ heading: '一、项目建设', paragraphs: [text] }]), seedGazetteer());
}

/** Names of one type, in text order, as [name, rule]. */
function found(out: PlanExtraction, type: string): [string, string][] {
  const nodes = new Map(out.nodes.map((n) => [n.id, n]));
  return out.relationships
    .filter((r) => r.type === 'MENTIONED_IN' && nodes.get(r.start)?.type === type)
    .sort((a, b) => Number(a.properties.start) - Number(b.properties.start))
    .map((r) => [nodes.get(r.start)!.name, String(r.properties.rule)]);
}
const names = (out: PlanExtraction, type: string) => found(out, type).map(([n]) => n);

describe('name boundaries (mentions/boundary.ts)', () => {
  it('keeps a decimal capacity inside a project name', () => {
    // dev-jilin-zdgc-2024 line 4 (simplified here).
    expect(names(extract('在吉林市,国家级碳纤维高新技术产业化基地内,吉林化纤集团年产1.5万吨碳纤维项目的多个车间已实现试生产。'), 'Project')).toEqual(['吉林化纤集团年产1.5万吨碳纤维项目']);
    expect(names(extract('开工建设某某新材料公司年产2.5万吨电池隔膜项目。'), 'Project')).toEqual(['某某新材料公司年产2.5万吨电池隔膜项目']);
  });

  it('keeps no sum before a name (`总规模2.1亿元鞍山激光股权投资基金`, seed anshan-hitech-14fyp)', () => {
    expect(names(extract('设立总规模2.1亿元鞍山激光股权投资基金。'), 'Enterprise')).not.toContain('总规模2.1亿元鞍山激光股权投资基金');
  });

  it('starts a name after a report\'s 本次/此次', () => {
    // dev-bazhou-jzkg-2025 line 3 (simplified here).
    expect(names(extract('本次库尔勒经济技术开发区共有6个项目开工,总投资104.2亿元。'), 'IndustrialPark')).toEqual(['库尔勒经济技术开发区']);
    expect(names(extract('此次库车经济技术开发区签约项目12个。'), 'IndustrialPark')).toEqual(['库车经济技术开发区']);
  });
});

describe('projects listed before a count (mentions/counted-list.ts)', () => {
  it('names each item of `A、B等N个项目`, company + product items included, each list on its own', () => {
    // dev-bazhou-jzkg-2025 lines 3–4 (simplified here).
    const out = extract('本次库尔勒经济技术开发区共有巴州华联纺织全产业链、新疆青禾生物科技天然植物综合提取一体化等6个项目开工。此次签约的广元市萌瑞农业辣椒精深加工及玉米烘焙等6个项目、开工的焉耆鸿泰矿业科技石英石破碎加工等12个项目,涵盖装备制造。');
    expect(found(out, 'Project')).toEqual([
      ['巴州华联纺织全产业链项目', 'enum-before:等…N个项目'],
      ['新疆青禾生物科技天然植物综合提取一体化项目', 'enum-before:等…N个项目'],
      ['广元市萌瑞农业辣椒精深加工及玉米烘焙项目', 'enum-before:等…N个项目'],
      ['焉耆鸿泰矿业科技石英石破碎加工项目', 'enum-before:等…N个项目'],
    ]);
  });

  it('reads categories the clause closes with 项目 (`等38个现代产业、…等3个公共服务项目`), never a category as an item', () => {
    // dev-chengyu-zdxm-2022 line 10.
    const out = extract('长寿高性能锂离子电池微孔隔膜项目等38个现代产业、遂潼区域职业教育中心等3个公共服务项目超额完成全年投资任务。');
    expect(names(out, 'Project')).toEqual(['长寿高性能锂离子电池微孔隔膜项目', '遂潼区域职业教育中心项目']);
    // A count of something else is no list of projects.
    expect(names(extract('全市新增规上工业、限上商贸等3个类别企业120家。'), 'Project')).toEqual([]);
    expect(names(extract('实施城市更新、生态修复等10个项目。'), 'Project')).toEqual([]);
  });
});

describe('routes named by their ends (mentions/route-name.ts)', () => {
  it('names a route written whole, with its kind or an extension', () => {
    // dev-chengyu-zdxm-2022 line 12, dev-gansu-jcss-2010 line 5.
    expect(found(extract('泸州至永川高速公路全线通车。'), 'Project')).toEqual([['泸州至永川高速公路', 'route-name:whole']]);
    expect(names(extract('加快推进宝鸡至兰州客运专线、银川至兰州增建二线建设。'), 'Project')).toEqual(['宝鸡至兰州客运专线', '银川至兰州增建二线']);
  });

  it('gives listed routes the kind their list closes with, or that the last item writes', () => {
    // dev-gansu-jcss-2010 lines 3 and 5.
    const highways = extract('开工建设永登(徐家磨)至古浪、安西至星星峡(甘新界)等国家高速公路,积极开展雷家角至西峰、兰州南绕城、营盘水至武威等高速公路项目前期工作。');
    expect(names(highways, 'Project')).toEqual(['永登(徐家磨)至古浪高速公路', '安西至星星峡(甘新界)高速公路', '雷家角至西峰高速公路', '兰州南绕城高速公路', '营盘水至武威高速公路']);
    expect(names(extract('开展西宁至成都、平凉至庆阳铁路论证工作。'), 'Project')).toEqual(['西宁至成都铁路', '平凉至庆阳铁路']);
  });

  it('keeps a listed route\'s written item as its alias', () => {
    // dev-gansu-jcss-2010 line 3: `敦煌至当金山口、岷县至合作等二级公路`.
    const node = extract('建设敦煌至当金山口、岷县至合作等二级公路。').nodes.find((n) => n.name === '敦煌至当金山口二级公路');
    expect(node?.aliases).toContain('敦煌至当金山口');
  });

  it('reads no place of a route as a mention, and locates the route in none of them', () => {
    const out = extract('开展西宁至成都、平凉至庆阳铁路论证工作。');
    expect(names(out, 'AdminArea')).toEqual([]);
    expect(out.relationships.filter((r) => r.type === 'LOCATED_IN' && r.properties.rule === 'name-carries-area')).toEqual([]);
  });

  it('keeps the project\'s own tail, and reads no description as a route', () => {
    // Seed huludao-14fyp: `九龙山长城至黑凤山长城旅游公路建设工程`, `锦州经南票、建昌至河北的高速公路为辅通道`.
    expect(names(extract('推进九龙山长城至黑凤山长城旅游公路建设工程等。'), 'Project')).toEqual(['九龙山长城至黑凤山长城旅游公路建设工程']);
    expect(names(extract('锦州经南票、建昌至河北的高速公路为辅通道。'), 'Project')).toEqual([]);
  });

  it('leaves roads between kinds of place and years alone', () => {
    expect(names(extract('实施县城至乡镇公路提质改造,推进乡镇至建制村公路建设。'), 'Project')).toEqual([]);
    expect(names(extract('2021年至2025年,新建高速公路500公里。'), 'Project')).toEqual([]);
  });
});

describe('the company opening a counted list item (project-owner.ts via the enum-before rule id)', () => {
  it('is an enterprise the project involves', () => {
    // dev-bazhou-jzkg-2025 line 3 (simplified here).
    const out = extract('本次共有新疆青禾生物科技天然植物综合提取一体化、某某纺织全产业链等6个项目开工。');
    expect(names(out, 'Enterprise')).toContain('新疆青禾生物科技');
    expect(out.relationships.some((r) => r.type === 'INVOLVES')).toBe(true);
  });

  it('ends the company at a trade ending (纺织, 农业, 新能) when the word before it is a name, after any place', () => {
    // dev-bazhou-jzkg-2025 lines 3-4 (simplified here), then variants with invented brands.
    expect(names(extract('本次库尔勒经济技术开发区共有巴州华联纺织全产业链、新疆青禾生物科技天然植物综合提取一体化等6个项目开工。'), 'Enterprise')).toEqual(['巴州华联纺织', '新疆青禾生物科技']);
    expect(names(extract('此次签约的广元市萌瑞农业辣椒精深加工及玉米烘焙等6个项目、投产的巴州鸿晟新能2GW光伏组件制造等8个项目。'), 'Enterprise')).toEqual(['广元市萌瑞农业', '巴州鸿晟新能']);
    expect(names(extract('开工的瑞丰纺织高档面料、德硕农业生猪屠宰及冷链等12个项目。'), 'Enterprise')).toEqual(['瑞丰纺织', '德硕农业']);
    // 新能 of 新能源 is no ending: the company is 金岚新能源 (能源), not 金岚新能.
    expect(names(extract('投产的金岚新能源汽车零部件等8个项目。'), 'Enterprise')).toEqual(['金岚新能源']);
  });

  it('reads no company where the word before the ending describes (现代农业) or is only a place, nor in 科技创新', () => {
    const out = extract('开工的某某县现代农业综合开发、乌鲁木齐农业种植基地配套、海城生态农业观光园配套、高竹新区科技创新基地项目等12个项目。');
    expect(names(out, 'Enterprise')).toEqual([]);
    expect(names(out, 'Project').length).toBeGreaterThan(0);
  });
});

describe('a project ends at its own 项目 (mentions/project-name.ts)', () => {
  it('never runs on into a part of it (`…项目再生水厂主体工程`)', () => {
    // dev-chengyu-zdxm-2022 line 14.
    expect(names(extract('内江沱江流域水环境综合治理项目再生水厂主体工程完工。'), 'Project')).toEqual(['内江沱江流域水环境综合治理项目']);
  });
});

describe('projects named with their phase (mentions/phase-project.ts)', () => {
  it('is one project even when nothing in it is known', () => {
    // dev-binhai-kfg-2024 line 5.
    expect(found(extract('在天津经开区现代产业园,广东鸿图汽车轻量化智能制造华北基地一期项目一直备受关注。'), 'Project')).toContainEqual(['广东鸿图汽车轻量化智能制造华北基地一期项目', 'phase-project:一期项目']);
    expect(names(extract('加快建设某某港区散货码头(二期)工程。'), 'Project')).toEqual(['某某港区散货码头(二期)工程']);
  });

  it('takes a short name when something happens to the phase (dev-jingan-gzbg-2023)', () => {
    expect(names(extract('投资84.6亿元的洪屏二期项目完成核准。'), 'Project')).toEqual(['洪屏二期项目']);
    expect(names(extract('推进洪屏二期项目建设。'), 'Project')).toEqual([]);
  });

  it('leaves kinds of project with a phase alone', () => {
    expect(names(extract('推进重大工程一期项目建设。'), 'Project')).toEqual([]);
  });
});

describe('facilities named by their place, built as projects (mentions/facility-list.ts)', () => {
  const located = (out: PlanExtraction) => {
    const nodes = new Map(out.nodes.map((n) => [n.id, n]));
    return out.relationships.filter((r) => r.type === 'LOCATED_IN' && r.properties.rule === 'name-carries-area').map((r) => `${nodes.get(r.start)!.name} → ${nodes.get(r.end)!.name}`);
  };

  it('names one airport per listed place, each in its place, none merged with another', () => {
    // dev-gansu-jcss-2010 line 7.
    const out = extract('改扩建敦煌、嘉峪关和庆阳机场,新建夏河、陇南等机场。', plan('t-gansu', { name: '甘肃省', level: 'province', parents: [] }));
    expect(names(out, 'Project')).toEqual(['敦煌机场', '嘉峪关机场', '庆阳机场', '夏河机场', '陇南机场']);
    // Each airport lies where its own place is (a county's short form needs the resolver's context: not asserted here).
    expect(located(out)).toEqual(expect.arrayContaining(['嘉峪关机场 → 嘉峪关市', '庆阳机场 → 庆阳市', '陇南机场 → 陇南市']));
    expect(names(out, 'AdminArea')).toEqual([]);
  });

  it('needs a build verb before the list or after the head', () => {
    expect(names(extract('增强兰州机场枢纽功能,加快兰州机场改扩建。'), 'Project')).toEqual(['兰州机场']);
    expect(names(extract('增强兰州机场枢纽功能。'), 'Project')).toEqual([]);
  });
});

describe('a zone opening a park\'s name (mentions/zone-nesting.ts)', () => {
  it('is a park of its own, mentioned with the park it holds, both where the place is', () => {
    // dev-binhai-kfg-2024 line 5.
    const out = extract('在天津经开区现代产业园,广东鸿图汽车轻量化智能制造华北基地一期项目一直备受关注。');
    expect(names(out, 'IndustrialPark').sort()).toEqual(['天津经开区', '天津经开区现代产业园']);
    const nodes = new Map(out.nodes.map((n) => [n.id, n]));
    const located = out.relationships.filter((r) => r.type === 'LOCATED_IN' && r.properties.rule === 'name-carries-area').map((r) => `${nodes.get(r.start)!.name} → ${nodes.get(r.end)!.name}`);
    expect(located).toContain('天津经开区现代产业园 → 天津市');
  });

  it('is no park of its own when nothing follows it, nor when a known park opens the name', () => {
    expect(names(extract('推进某某高新区建设。'), 'IndustrialPark')).not.toContain('某某高新区');
    // Seed shenyang-tiexi-14fyp: 上海张江 is the gazetteer's short form of a park, 上海张江药谷 one park.
    expect(names(extract('积极对接上海张江药谷等先进园区。'), 'IndustrialPark')).not.toContain('上海张江');
  });
});

describe('a project something happens to (mentions/project-event.ts)', () => {
  it('is one project when a verb of its events follows its name, even if it names nothing known', () => {
    // dev-chengyu-zdxm-2022 line 14, dev-binhai-kfg-2024 line 7.
    expect(found(extract('铜钵河流域水生态环境保护川渝联防联治项目完成部分生活污水管网铺设。'), 'Project')).toEqual([['铜钵河流域水生态环境保护川渝联防联治项目', 'project-event:完成']]);
    expect(names(extract('在天津空港经济区,天津港保税区第一中学项目启动建设。'), 'Project')).toEqual(['天津港保税区第一中学项目']);
  });

  it('reads the items of a list said to be finished as projects, however they are named (dev-yanling-gzbg-2023)', () => {
    expect(names(extract('欧科亿三期、钰晶人造金刚石、春华锂业等项目竣工投产。'), 'Project')).toEqual(['欧科亿三期项目', '钰晶人造金刚石项目', '春华锂业项目']);
    // A plan's aim for kinds of project names none (seed huludao-14fyp: `…VR/AR研发中心、3D研发应用中心等项目落地`).
    expect(names(extract('推进物联网融合平台、3D研发应用中心等项目落地。'), 'Project')).toEqual([]);
  });

  it('leaves kinds of project alone', () => {
    expect(names(extract('全年重点项目开工120个,生态环保项目加快建设,一批产业项目投产。'), 'Project')).toEqual([]);
    // Seed anshan-14fyp: a project naming a known firm is project-name.ts's, never cut to `联产项目`.
    expect(names(extract('全力推进鞍山华润热电联产项目建成投产。'), 'Project')).not.toContain('联产项目');
  });
});

describe('firms listed before their count (dev texts added 2026-12-06)', () => {
  it('reads `等N家企业` as a list of firms, and a batch described before its rank', () => {
    // dev-daxing-qy-2023 line 3 and dev-lasa-jkq-2020 line 15 (shortened here).
    expect(names(extract('与中国融通、中建市政、江南信安等14家企业进行了签约。'), 'Enterprise')).toEqual(['中国融通', '中建市政', '江南信安']);
    expect(names(extract('鱼跃、碧水源、今日头条等一批关联度大、带动性强的行业龙头企业先后入驻。'), 'Enterprise')).toEqual(['鱼跃', '碧水源', '今日头条']);
    expect(names(extract('园区与华光科技、瑞达新材等十余家重点企业签订合作协议。'), 'Enterprise')).toEqual(['华光科技', '瑞达新材']);
  });

  it('leaves kinds counted in 家 alone', () => {
    expect(names(extract('与新能源、新材料等8家企业对接。'), 'Enterprise')).toEqual([]);
  });

  it('starts a counted list after the clause that says what it is of (`…类项目有`)', () => {
    // dev-daxing-qy-2023 line 9 (shortened here).
    expect(found(extract('其中,央企类项目有中国融通、中建市政、中铁置业3家企业。'), 'Enterprise')).toEqual([
      ['中国融通', 'firm-count'],
      ['中建市政', 'firm-count'],
      ['中铁置业', 'firm-count'],
    ]);
    expect(names(extract('其中,先进制造类项目有华光科技、瑞达新材2家企业。'), 'Enterprise')).toEqual(['华光科技', '瑞达新材']);
    // The count must still equal the items.
    expect(names(extract('其中,先进制造类项目有华光科技、瑞达新材、金桥物流2家企业。'), 'Enterprise')).toEqual([]);
  });
});

describe('parks of a city listed without the city (dev texts added 2026-12-06)', () => {
  const noRegion = plan('t-parks', { name: '', level: 'city', parents: [] });
  const located = (out: PlanExtraction) => {
    const nodes = new Map(out.nodes.map((n) => [n.id, n]));
    return out.relationships.filter((r) => r.type === 'LOCATED_IN' && r.properties.rule === 'name-carries-area').map((r) => `${nodes.get(r.start)!.name} → ${nodes.get(r.end)!.name}`);
  };

  it('reads what a bracket after a park says it includes as a park, without 含 (mentions/lead-words.ts)', () => {
    // dev-zhanjiang-cyyq-2017 line 17.
    expect(names(extract('麻章经济开发区(含森工产业园)规上工业总产值达到300亿元。', noRegion), 'IndustrialPark')).toEqual(['麻章经济开发区', '森工产业园']);
    expect(names(extract('某某高新区(包括金山产业园)营业收入增长10%。', noRegion), 'IndustrialPark')).toContain('金山产业园');
  });

  it('reads a place + 经开区 as that place\'s zone, a bare 经开区 as no name of its own (mentions/suffix.ts)', () => {
    // dev-lasa-jkq-2020 line 13 (shortened here).
    const out = extract('拉萨经开区设立19年来,产业集群初步形成。', noRegion);
    expect(names(out, 'IndustrialPark')).toEqual(['拉萨经开区']);
    expect(located(out)).toEqual(['拉萨经开区 → 拉萨市']);
    expect(found(extract('推动经开区扩区调位。', noRegion), 'IndustrialPark').filter(([, rule]) => rule.startsWith('suffix'))).toEqual([]);
  });

  it('places a park opening with a county short form no other division writes (places-in-name.ts)', () => {
    // dev-zhanjiang-cyyq-2017 lines 21, 23: the text never names 湛江市.
    expect(located(extract('吴川经济开发区、遂溪工业园规上工业总产值分别达到80亿元、100亿元。', noRegion))).toEqual(['吴川经济开发区 → 吴川市', '遂溪工业园 → 遂溪县']);
    // Not a firm's or a project's, and not outside the plan's own province (a 绍兴 plan's 滨海科技城 is no park of 江苏's 滨海县).
    expect(located(extract('支持卧龙电器做大做强。', noRegion))).toEqual([]);
    expect(located(extract('加快滨海科技城建设。', plan('t-shaoxing', { name: '绍兴市', level: 'city', parents: ['浙江省'] })))).toEqual([]);
  });
});

describe('projects as many as their count (mentions/counted-list.ts, dev texts added 2026-12-06)', () => {
  it('names every item as written when they are as many as the count, whatever their endings', () => {
    // dev-shanghai-zdxm-2020 line 9 (shortened here).
    const out = extract('计划建成项目3项,分别为申能奉贤热电项目、龙耀路越江隧道、上药生物医药生产基地。');
    expect(found(out, 'Project')).toEqual([
      ['申能奉贤热电项目', 'enum-before:项目N项,分别为'],
      ['龙耀路越江隧道', 'enum-before:项目N项,分别为'],
      ['上药生物医药生产基地', 'enum-before:项目N项,分别为'],
    ]);
    // A place in brackets closing an item says where it is.
    expect(names(extract('新开工项目两项,分别是华为上海研发基地(青浦)、S4公路(奉浦东桥和接线工程)。'), 'Project')).toEqual(['华为上海研发基地', 'S4公路(奉浦东桥和接线工程)']);
  });

  it('reads a list announced by `共有N个,主要包括`, and one closed by its count without 等 (`A、B和C 3个子项目`)', () => {
    // dev-lasa-zdxm-2013 lines 12 and 14 (shortened here).
    expect(names(extract('重点项目共有2个,主要包括中国西藏文化旅游创意园区、当雄纳木措国家公园旅游基础设施项目,总投资300余亿元。'), 'Project')).toEqual(['中国西藏文化旅游创意园区', '当雄纳木措国家公园旅游基础设施项目']);
    expect(names(extract('拉萨教育城已开工建设教育城市政道路、拉萨市示范性综合实践基地和拉萨市教师培训中心3个子项目。'), 'Project')).toEqual(['教育城市政道路', '拉萨市示范性综合实践基地', '拉萨市教师培训中心']);
    // `以及` opens the next clause, not a joiner inside an item.
    expect(names(extract('群众文化体育中心、德吉罗布儿童乐园2个援藏项目以及拉萨之窗、君泰大厦等项目进展顺利。'), 'Project')).toEqual(['群众文化体育中心', '德吉罗布儿童乐园', '拉萨之窗项目']);
  });

  it('splits a counted list at 以及 too, and trusts items named by nothing when they are as many as the count', () => {
    // dev-yunxiao-jzkg-2021 line 3 (shortened here).
    const out = extract('县领导分别参加顶辉新材料、某某新材料以及G357陈岱镇至常山开发区路面改造工程等3个项目集中开工仪式。');
    expect(names(out, 'Project')).toEqual(['顶辉新材料项目', '某某新材料项目', 'G357陈岱镇至常山开发区路面改造工程']);
    // Fewer items than the count: each must still name something (a place or a word of its own).
    expect(names(extract('县领导参加顶辉新材料、某某新材料等5个项目开工仪式。'), 'Project')).toEqual([]);
  });

  it('names nothing when the items do not add up to the count, or the count is not of projects', () => {
    expect(names(extract('计划建成项目4项,分别为申能奉贤热电项目、龙耀路越江隧道。'), 'Project')).not.toContain('龙耀路越江隧道');
    expect(names(extract('重点任务2项,分别为优化营商环境、扩大有效投资。'), 'Project')).toEqual([]);
  });
});
