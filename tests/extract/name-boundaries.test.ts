// Lists with a qualifier, name boundaries and places in names (issue 9 §4, §5b):
// one fixture per rule, sentence → spans + rule id.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import type { PlanExtraction } from '../../src/extract/types.js';
import type { PlanManifestEntry } from '../../src/text/types.js';
import { enumerationMentions, itemCharsBefore } from '../../src/extract/mentions/enumeration.js';
import type { TextUnit } from '../../src/extract/units.js';
import { RANK } from '../../src/extract/mentions/lead-words.js';
import { plan, seedGazetteer, syntheticDoc } from './helpers.js';

const huludao = plan('t-huludao', { name: '葫芦岛市', level: 'city', parents: ['辽宁省'] });

function extract(text: string, manifest: PlanManifestEntry = plan('t-anshan')): PlanExtraction {
  return extractPlan(syntheticDoc(manifest, [{ heading: '第一章 产业', paragraphs: [text] }]), seedGazetteer());
}

/** Discovered mentions of one type: [quote, name, rule]. */
function found(out: PlanExtraction, type: string): [string, string, string][] {
  const nodes = new Map(out.nodes.map((n) => [n.id, n]));
  return out.relationships
    .filter((r) => r.type === 'MENTIONED_IN' && nodes.get(r.start)?.type === type)
    .sort((a, b) => Number(a.properties.start) - Number(b.properties.start))
    .map((r) => [String(r.properties.quote), nodes.get(r.start)!.name, String(r.properties.rule)]);
}

const located = (out: PlanExtraction) => out.relationships.filter((r) => r.type === 'LOCATED_IN' && r.properties.rule === 'name-carries-area').map((r) => `${r.start} → ${r.end}`);

describe('project lists with a qualifier (seed/lexicon/project-list-qualifiers.json)', () => {
  it('gives the items of 等一批项目, never `A一批项目`', () => {
    expect(found(extract('切实推动北方国际健康城等一批项目建设。'), 'Project')).toEqual([['北方国际健康城', '北方国际健康城项目', 'enum-before:等…项目']]);
  });

  it('shares nothing in 等大负荷和重点项目, and cuts the verb that opens the first item', () => {
    const projects = found(extract('满足中海油岸电、锌厂增容、南票新能源等大负荷和重点项目接入需求。', huludao), 'Project');
    expect(projects.map(([q, n]) => [q, n])).toEqual([
      ['中海油岸电', '中海油岸电项目'],
      ['锌厂增容', '锌厂增容项目'],
      ['南票新能源', '南票新能源项目'],
    ]);
  });

  it('still shares a kind after the qualifiers: 等特大型铁矿项目', () => {
    expect(found(extract('积极推进西鞍山、陈台沟等特大型铁矿项目。'), 'Project').map(([, n, r]) => [n, r])).toEqual([
      ['西鞍山铁矿项目', 'enum-before:等…铁矿项目'],
      ['陈台沟铁矿项目', 'enum-before:等…铁矿项目'],
    ]);
  });
});

describe('project items that carry a bracket, a quote or a hyphen (itemCharsBefore)', () => {
  it('keeps `(5G)`, `“中国磁谷”` and `NB-IOT` inside the item, and scans back over them', () => {
    const text = '重点推进优迅科技高速半导体激光器(5G)、迈格钠“中国磁谷”、上海庆科信息技术NB-IOT物联网智能卡项目建设。';
    expect(itemCharsBefore(text, text.indexOf('、'), 32)).toEqual({ start: 0, keep: text.indexOf('(') });
    expect(found(extract(text), 'Project').map(([q]) => q)).toEqual([
      '优迅科技高速半导体激光器(5G)',
      '迈格钠“中国磁谷”',
      '上海庆科信息技术NB-IOT物联网智能卡项目',
    ]);
  });

  it('still cuts a lead-in that stands after the group: 各县(市、区)因地制宜发展美食街', () => {
    const quotes = found(extract('鼓励各县(市、区)因地制宜发展美食街、文化主题饭店、旅游演艺型饭店等餐饮项目。', huludao), 'Project').map(([q]) => q);
    expect(quotes.filter((q) => q.includes('美食街'))).toEqual(['美食街']);
  });

  it('does not run back over a bracket that opens no name: `(一)`', () => {
    const text = '(一)加快建设';
    expect(itemCharsBefore(text, text.length - 2, 32).start).toBe(3);
  });
});

describe('parks listed before a rank word + 园区 (PARK_CLOSER)', () => {
  const items = (text: string) => enumerationMentions({ text, matchText: text } as TextUnit).map((m) => [text.slice(m.start, m.end), m.type, m.rule]);

  it('lists parks before 等先进园区, not before a kind of park', () => {
    expect(items('积极与泰州中国医药城、苏州高新区等先进园区建立战略合作关系。')).toEqual([
      ['苏州高新区', 'IndustrialPark', 'enum-before:等先进园区'],
      ['泰州中国医药城', 'IndustrialPark', 'enum-before:等先进园区'],
    ]);
    expect(items('建设冷链仓储、城乡配送等现代物流园区。')).toEqual([]);
  });
});

describe('firms listed before 等一批代表性企业 (FIRM_CLOSER)', () => {
  it('reads the items as firms', () => {
    const text = '集聚了甲乙股份、丙丁激光等一批代表性企业。';
    const items = enumerationMentions({ text, matchText: text } as TextUnit).map((m) => [text.slice(m.start, m.end), m.type, m.rule]);
    expect(items).toEqual([
      ['丙丁激光', 'Enterprise', 'enum-before:等一批代表性企业'],
      ['甲乙股份', 'Enterprise', 'enum-before:等一批代表性企业'],
    ]);
  });
});

describe('listed projects named by their siblings (namedBySiblings)', () => {
  it('keeps an item naming an unknown company when another item names a known one, not a bare product', () => {
    const names = found(extract('重点推进金发科技高性能碳纤维及复合材料、瑞丰达锂电池负极材料、膜电极等项目建设。'), 'Project').map(([, n]) => n);
    expect(names).toContain('瑞丰达锂电池负极材料项目');
    expect(names).not.toContain('膜电极项目');
  });

  it('names nothing when no item names anything', () => {
    expect(found(extract('结合瑞丰达锂电池负极材料、氢能公交示范线等项目。'), 'Project')).toEqual([]);
  });
});

describe('the company that opens a project (companyAtStart)', () => {
  const involves = (out: PlanExtraction) => out.relationships.filter((r) => r.type === 'INVOLVES').map((r) => `${r.start} → ${r.end}`);

  it('ends the company where a stated capacity opens the product: 某某年产40吨…项目', () => {
    expect(involves(extract('园区可承载华泰中科年产40吨黄体酮项目。'))).toEqual(['Project:华泰中科年产40吨黄体酮项目 → Enterprise:华泰中科']);
  });

  it('reads the owner of a project named in running text by a trade ending: 東南銅業…項目 (traditional too: ids from the simplified name)', () => {
    expect(involves(extract('東南銅業電解提質增效項目建成投產。'))).toEqual(['Project:东南铜业电解提质增效项目 → Enterprise:东南铜业']);
    expect(involves(extract('华润双鹤药业固体制剂生产线项目开工。'))).toEqual(['Project:华润双鹤药业固体制剂生产线项目 → Enterprise:华润双鹤药业']);
  });

  it('reads no owner where the words before the ending describe a kind (精细化工, 数字科技)', () => {
    expect(involves(extract('推进数字科技创新平台项目建设。'))).toEqual([]);
    expect(found(extract('实施现代农业科技示范园项目。'), 'Enterprise')).toEqual([]);
  });

  it('lists the items of 等一大批…项目, and keeps 某某生物 whole before 及', () => {
    const out = extract('推进瑞丰达磁材年产5万吨永磁材料项目、华科生物精氨酸及代谢产物利用项目等一大批生物医药项目。');
    expect(involves(out).sort()).toEqual([
      'Project:华科生物精氨酸及代谢产物利用项目 → Enterprise:华科生物',
      'Project:瑞丰达磁材年产5万吨永磁材料项目 → Enterprise:瑞丰达磁材',
    ]);
  });
});

describe('projects named by their ending (project-name)', () => {
  it('keeps the verb written right before 项目 (seed/lexicon/project-action-words.json)', () => {
    expect(found(extract('加快推进鞍山西站货场扩建项目前期工作。'), 'Project')).toEqual([['鞍山西站货场扩建项目', '鞍山西站货场扩建项目', 'project-name:项目']]);
  });

  it('reads no project in a document title written without 《》', () => {
    expect(found(extract('关于印发鞍山市城市社区服务设施建设工程实施方案的通知。'), 'Project')).toEqual([]);
  });
});

describe('name boundaries', () => {
  it('reads no entity in a count of things: 学前九大教育集团', () => {
    const names = found(extract('组建学前九大教育集团,成立启航教育集团。'), 'Enterprise').map(([, n]) => n);
    expect(names).not.toContain('学前九大教育集团');
    expect(names).toContain('启航教育集团');
  });

  it('reads no park in a list of titles (等称号), but keeps the subject before the verb', () => {
    const out = extract('鞍山高新区入选国家级双创示范基地、获省级智能装备特色产业园等称号。');
    expect(found(out, 'IndustrialPark').map(([q]) => q)).toEqual(['鞍山高新区']);
  });

  it('reads no park in an award’s count: 入选市十佳电商产业园', () => {
    const parks = found(extract('某某物流园入选市十佳电商产业园。'), 'IndustrialPark').map(([q]) => q);
    expect(parks.filter((q) => q.includes('十佳'))).toEqual([]);
  });

  it('reads no scraped English line into a name found by its ending (Reserved今日重庆传媒集团)', () => {
    const firms = found(extract('Copyright © 2012-2024 CQTODAY Media Group, All Rights Reserved今日重庆传媒集团版权所有。'), 'Enterprise').map(([q]) => q);
    expect(firms).toContain('今日重庆传媒集团');
    expect(firms.filter((q) => q.includes('Reserved'))).toEqual([]);
  });

  it('cuts a rank off a firm’s name and keeps it on the mention', () => {
    const out = extract('积极引进世界500强比亚迪股份有限公司落户。');
    const mention = out.relationships.find((r) => r.type === 'MENTIONED_IN' && r.start === 'Enterprise:比亚迪股份有限公司');
    expect(mention?.properties).toMatchObject({ quote: '比亚迪股份有限公司', rank: '世界500强' });
    expect(out.nodes.filter((n) => !['Plan', 'Section', 'Paragraph'].includes(n.type) && n.name.includes('500强'))).toEqual([]);
  });

  it('reads a known brand after a rank as the owner of the name, not its lead-in (中化 in 中化(天津)…有限公司)', () => {
    const out = extract('积极引进世界500强企业中化(天津)化工有限公司落户。');
    expect(found(out, 'Enterprise').map(([q]) => q)).toContain('中化(天津)化工有限公司');
  });

  it('reads 民营500强 as a rank too, with the number spaced as PDFs copy it', () => {
    const out = extract('签约民营500强华峰集团等知名企业。');
    const mention = out.relationships.find((r) => r.type === 'MENTIONED_IN' && String(r.start).startsWith('Enterprise:') && String(r.properties.quote).includes('华峰'));
    expect(mention?.properties).toMatchObject({ quote: '华峰集团', rank: '民营500强' });
    expect(RANK.exec('民营 500 强华峰集团')?.[0]).toBe('民营 500 强');
  });
});

describe('places in names', () => {
  it('places a park named by host and partner (A—B工业园) in the host', () => {
    expect(located(extract('探索建立葫芦岛—常州工业园。', huludao))).toEqual(['IndustrialPark:葫芦岛—常州工业园 → AdminArea:辽宁省/葫芦岛市']);
  });

  it('reads no place behind one character that is no direction (海上海), but 西鞍山 is by 鞍山', () => {
    expect(located(extract('重点推进和润德宜养服务园、海上海康养小镇等项目。', huludao)).filter((l) => l.includes('上海'))).toEqual([]);
    expect(located(extract('积极推进西鞍山、陈台沟等特大型铁矿项目。'))).toContain('Project:西鞍山铁矿项目 → AdminArea:辽宁省/鞍山市');
  });

  it('places no route between dashed places', () => {
    expect(located(extract('加快本岫庄(本溪-岫岩-庄河)高速公路建设。'))).toEqual([]);
  });
});

describe('one firm written short and long (short-forms.ts)', () => {
  it('merges 辽宁某某 and 辽宁某某科技 found in one plan into one enterprise', () => {
    const out = extractPlan(
      syntheticDoc(plan('t-anshan'), [{ heading: '第一章 产业', paragraphs: ['依托辽宁瑞丰台科技、云帆光电等企业,发展智能终端。', '支持辽宁瑞丰台、云帆光电等龙头企业加快发展。'] }]),
      seedGazetteer(),
    );
    const firms = out.nodes.filter((n) => n.type === 'Enterprise' && n.name.includes('瑞丰台'));
    expect(firms.map((n) => n.name)).toEqual(['辽宁瑞丰台科技']);
  });
});

describe('同 opens brands; as a preposition a place follows it (mentions/boundary.ts)', () => {
  it('keeps 同 inside a firm\'s name, and cuts it before a place', () => {
    // dev-beijing-jzqy-2011 lines 7 and 9 (simplified here): 北京同仁堂集团, 上海同捷科技股份公司.
    const names = (text: string, type: string) => found(extract(text), type).map(([, name]) => name);
    expect(names('支持北京同仁堂集团、上海同捷科技股份公司发展。', 'Enterprise')).toEqual(['北京同仁堂集团', '上海同捷科技股份公司']);
    expect(names('加强同上海交通大学合作。', 'Institution')).toEqual(['上海交通大学']);
  });
});

describe('抢抓 opens a clause (dev-heze-kfq-2022)', () => {
  it('starts a park after it', () => {
    const names = found(extract('泰安经济开发区抢抓鲁中新区规划建设机遇。', plan('t-new', { name: '', level: 'city', parents: [] })), 'IndustrialPark').map(([, name]) => name);
    expect(names).toContain('泰安经济开发区');
    expect(names).not.toContain('泰安经济开发区抢抓鲁中新区');
  });
});

describe('a verb cut that leaves no brand before a company form (dev-suqian-sgy-2021)', () => {
  it('keeps the verb-like word in the name: 新建元集团, not 元集团; 新建 still opens a clause before a full name', () => {
    const firms = (text: string) => found(extract(text), 'Enterprise').map(([, name]) => name);
    expect(firms('新建元集团6个项目相继落户。')).toEqual(['新建元集团']);
    expect(firms('支持新建恒顺化工有限公司厂房。')).toEqual(['恒顺化工有限公司']);
  });
});
