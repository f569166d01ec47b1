// Names in synthetic plans, matched against the real curated gazetteer.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import type { PlanExtraction } from '../../src/extract/types.js';
import { plan, seedGazetteer, syntheticDoc } from './helpers.js';

function extract(paragraphs: string[], region = {}): PlanExtraction {
  return extractPlan(syntheticDoc(plan('t-anshan', region), [{ heading: '第一章 产业', paragraphs }]), seedGazetteer());
}

/** Entity ids mentioned, with the quote of each mention. */
function mentions(out: PlanExtraction): [string, string][] {
  return out.relationships
    .filter((r) => r.type === 'MENTIONED_IN')
    .sort((a, b) => Number(a.properties.start) - Number(b.properties.start))
    .map((r) => [r.start, String(r.properties.quote)]);
}

describe('gazetteer mentions', () => {
  it('resolves a short form and the full name to one entity (鞍钢 = 鞍钢集团有限公司)', () => {
    const out = extract(['支持鞍钢做强主业,鞍钢集团有限公司加快转型。']);
    const ids = mentions(out).filter(([, q]) => q.startsWith('鞍钢')).map(([id]) => id);
    expect(ids).toEqual(['Enterprise:鞍钢集团有限公司', 'Enterprise:鞍钢集团有限公司']);
  });

  it('does not read 大连 in 扩大连锁', () => {
    const out = extract(['扩大连锁经营规模,加强与大连、营口合作。']);
    const quotes = mentions(out).filter(([id]) => id.includes('大连市')).map(([, q]) => q);
    expect(quotes).toEqual(['大连']);
  });

  it('reads 岫岩玉 as the jade and bare 千山 as the mountain, 岫岩 and 千山区 as the areas', () => {
    const out = extract(['推广岫岩玉制品,围绕千山、汤岗子温泉打造旅游线路,支持岫岩发展,千山区加快建设。']);
    const areas = mentions(out).filter(([id]) => id.startsWith('AdminArea:'));
    expect(areas).toEqual([
      ['AdminArea:辽宁省/鞍山市/千山区/汤岗子镇', '汤岗子'],
      ['AdminArea:辽宁省/鞍山市/岫岩满族自治县', '岫岩'],
      ['AdminArea:辽宁省/鞍山市/千山区', '千山区'],
    ]);
  });

  it('reads 新材料 as the industry where a word starts, not inside the sub-field 化工新材料', () => {
    const out = extract(['发展彩涂板、化工新材料等特色工业,壮大装备制造、新材料等产业。']);
    const quotes = mentions(out).filter(([id]) => id === 'Industry:新材料产业').map(([, q]) => q);
    expect(quotes).toEqual(['新材料']);
  });

  it('reads 中科院沈阳分院 as an institution, not as a mention of 沈阳市', () => {
    const out = extract(['深化与中科院沈阳分院合作。']);
    const ids = mentions(out).map(([id]) => id);
    expect(ids).toContain('Institution:中国科学院沈阳分院');
    expect(ids.some((id) => id === 'AdminArea:辽宁省/沈阳市')).toBe(false);
  });

  it('resolves 铁西区 by the plan region, and an explicit 沈阳市铁西区 wherever it is written', () => {
    const anshan = extract(['推进铁西区老工业区改造。']);
    expect(mentions(anshan).map(([id]) => id)).toContain('AdminArea:辽宁省/鞍山市/铁西区');
    const shenyang = extract(['推进铁西区老工业区改造。'], { name: '铁西区', level: 'district', parents: ['辽宁省', '沈阳市'] });
    expect(mentions(shenyang).map(([id]) => id)).toContain('AdminArea:辽宁省/沈阳市/铁西区');
    const explicit = extract(['学习沈阳市铁西区的经验。']);
    expect(mentions(explicit).map(([id]) => id)).toContain('AdminArea:辽宁省/沈阳市/铁西区');
  });

  it('splits a coordinated ellipsis into one park per head (建昌、绥中、兴城交通物流园)', () => {
    const out = extract(['重点推动建昌、绥中、兴城交通物流园规范运营。'], { name: '葫芦岛市', parents: ['辽宁省'] });
    const parks = mentions(out).filter(([id]) => id.startsWith('IndustrialPark:'));
    expect(parks).toEqual([
      ['IndustrialPark:建昌交通物流园', '建昌'],
      ['IndustrialPark:绥中交通物流园', '绥中'],
      ['IndustrialPark:兴城交通物流园', '兴城交通物流园'],
    ]);
  });
});

describe('discovered names', () => {
  it('finds an enterprise the gazetteer lacks, marks it, and resolves its short form inside the plan', () => {
    const out = extract(['依托本溪钢联科技有限公司、鞍钢等龙头企业,钢联科技加快发展。']);
    const node = out.nodes.find((n) => n.name === '本溪钢联科技有限公司');
    expect(node?.type).toBe('Enterprise');
    expect(node?.properties).toMatchObject({ gazetteer: false, discoveredBy: 'suffix:有限公司' });
    const found = mentions(out).filter(([id]) => id === node?.id).map(([, q]) => q);
    expect(found).toEqual(['本溪钢联科技有限公司', '钢联科技']);
  });

  it('drops descriptive park names and lead-in verbs', () => {
    const out = extract(['打造新兴产业集聚区,夯实国家级鞍山高新技术产业开发区基础。']);
    const names = out.nodes.filter((n) => n.type === 'IndustrialPark').map((n) => n.name);
    expect(names).toEqual(['鞍山高新技术产业开发区']);
  });
});

describe('funds', () => {
  it('splits 中德、中钛产业股权投资基金 into two funds and leaves generic funds out', () => {
    const out = extract(['发挥中德、中钛产业股权投资基金投资效能,设立政府引导基金。']);
    expect(mentions(out).filter(([id]) => id.endsWith('基金'))).toEqual([
      ['Enterprise:中德产业股权投资基金', '中德'],
      ['Enterprise:中钛产业股权投资基金', '中钛产业股权投资基金'],
    ]);
  });
});

describe('left edges', () => {
  it('keeps 和 inside a name when splitting there would leave a description, and splits real coordination', () => {
    const out = extract(['推动辽宁东和新材料股份有限公司上市,支持鞍钢和本溪钢联集团合作。']);
    const names = out.nodes.filter((n) => n.type === 'Enterprise').map((n) => n.name).sort();
    expect(names).toEqual(['本溪钢联集团', '辽宁东和新材料股份有限公司', '鞍钢集团有限公司']);
  });
});

describe('discovery that generalises (no gazetteer entry needed)', () => {
  const names = (out: PlanExtraction, type: string) =>
    out.nodes.filter((n) => n.type === type && n.properties.gazetteer === false).map((n) => n.name).sort();

  it('reads firms listed after a verb that takes firms, without 等企业, only when every item has a company shape', () => {
    const out = extract(['积极引进德硕光电、金岚激光,支持恒顺重工、瑞达新材料做强主业。推动钢铁、菱镁、建材等优势产能输出,培育云演艺、云展览。']);
    expect(names(out, 'Enterprise')).toEqual(['德硕光电', '恒顺重工', '瑞达新材料', '金岚激光']);
  });

  it('reads firms in the frame 以A、B为依托 and lists joined by 以及, not products (以新能源汽车为重点)', () => {
    const out = extract(['以恒顺压缩机、金岚机器人为依托,推动德硕集团、瑞达集团以及兴业银行、华夏银行等开展合作。以新能源汽车为重点,以化学仿制药为核心。']);
    expect(names(out, 'Enterprise')).toEqual(['兴业银行', '华夏银行', '德硕集团', '瑞达集团', '恒顺压缩机', '金岚机器人'].sort());
  });

  it('reads a firm list closed by rank words (等国内头部企业), not one closed by a kind (等配套企业)', () => {
    const out = extract(['对接德硕光电、金岚激光等国内头部企业。引进电解液、隔膜等配套企业。']);
    expect(names(out, 'Enterprise')).toEqual(['德硕光电', '金岚激光']);
  });

  it('reads projects named by a place, company or capacity, and not kinds of project', () => {
    const out = extract(['推进海城西部供水工程、瑞达新材料年产5万吨镁砂项目建设,谋划500千伏主干网架等项目,实施强基工程和基础设施项目。落实《海城市矿山修复工程实施方案》。']);
    expect(names(out, 'Project')).toEqual(['海城西部供水工程', '瑞达新材料年产5万吨镁砂项目']);
  });

  it('keeps the company a listed project opens with, and reads a listed park + 项目 as the park', () => {
    const out = extract(['重点推进鞍钢冷轧线智能化改造、德硕半导体产业园等项目建设。']);
    expect(names(out, 'Project')).toEqual(['鞍钢冷轧线智能化改造项目']);
    expect(names(out, 'IndustrialPark')).toEqual(['德硕半导体产业园']);
    const involves = out.relationships.filter((r) => r.type === 'INVOLVES').map((r) => `${r.start} → ${r.end}`);
    expect(involves).toContain('Project:鞍钢冷轧线智能化改造项目 → Enterprise:鞍钢集团有限公司');
  });

  it('names a park after the company it opens with (鞍钢 + 冷轧产业园), not after the words behind it', () => {
    const out = extract(['重点推动鞍钢冷轧新材料产业园建设。']);
    expect(names(out, 'IndustrialPark')).toEqual(['鞍钢冷轧新材料产业园']);
  });

  it('names an institute after the company it opens with (鞍钢 + 冷轧技术研究院)', () => {
    const out = extract(['依托鞍钢冷轧技术研究院开展攻关。']);
    expect(names(out, 'Institution')).toEqual(['鞍钢冷轧技术研究院']);
  });

  it('reads a project list closed by 重点项目 or 项目建设 without 等, and not `…重点项目` as a name', () => {
    const out = extract(['加快海城西部供水、台安抽水蓄能重点项目建设。推进海城重点项目。']);
    expect(names(out, 'Project')).toEqual(['台安抽水蓄能项目', '海城西部供水项目']);
  });

  it('does not read a firm in 电子商务 at the start of a listed project', () => {
    const out = extract(['推进建昌电子商务进农村综合示范、台安抽水蓄能等项目。']);
    expect(names(out, 'Enterprise')).toEqual([]);
    expect(names(out, 'Project')).toEqual(['台安抽水蓄能项目', '建昌电子商务进农村综合示范项目']);
  });

  it('keeps a company product list with 及 as one project, and splits two companies', () => {
    const out = extract(['重点推进金岚激光切割设备、德硕光电激光器及光模块、瑞达新材料镁砂及恒顺重工轧机等项目建设。']);
    expect(names(out, 'Project')).toEqual(['德硕光电激光器及光模块项目', '恒顺重工轧机项目', '瑞达新材料镁砂项目', '金岚激光切割设备项目']);
  });

  it('firm-subject: reads firm-shaped subjects of a firm predicate (沈鼓集团成为…), not things (装备列入…)', () => {
    const out = extract(['德硕集团成为国家级服务型制造示范企业,金岚激光和瑞达新材料入围单项冠军企业。智能制造装备入选重点方向,新能源汽车连续三年增长。']);
    expect(names(out, 'Enterprise')).toEqual(['德硕集团', '瑞达新材料', '金岚激光'].sort());
    // 荣登 (dev-laian-gzbg-2024: `中普石油荣登全省民营企业制造业综合百强名单`).
    expect(names(extract(['恒顺石油荣登全省民营企业百强名单。']), 'Enterprise')).toEqual(['恒顺石油']);
  });

  it('enum-before:等…类项目: names the items of a list closed by a class of projects as written, and still shares a kind (铁矿)', () => {
    const out = extract(['签约德硕纸业生产线、金岚购物广场等商贸流通项目 2 个,推进恒顺岭、瑞达沟等特大型铁矿项目。']);
    expect(names(out, 'Project')).toEqual(['德硕纸业生产线项目', '恒顺岭铁矿项目', '瑞达沟铁矿项目', '金岚购物广场项目'].sort());
  });

  it('suffix:科技城/创新港 and ellipsis: heads of different lengths share the suffix, the first behind a long lead-in', () => {
    const out = extract(['高水平建设青石、金沙滩、曹家江科技城,推进大连湾创新港、德硕科创园建设。']);
    expect(names(out, 'IndustrialPark')).toEqual(['大连湾创新港', '德硕科创园', '曹家江科技城', '金沙滩科技城', '青石科技城'].sort());
    // 大连湾 is a bay: the park carries no 大连市.
    const located = out.relationships.filter((r) => r.type === 'LOCATED_IN' && r.start === 'IndustrialPark:大连湾创新港');
    expect(located).toEqual([]);
  });

  it('ellipsis: a first item that is a whole name (中国医科大学) is no head of the next', () => {
    const out = extract(['汇聚区内龙头企业和中国医科大学、沈阳药科大学等院校。']);
    expect(out.nodes.map((n) => n.name)).not.toContain('中国医科大学药科大学');
  });

  it('firm-count: reads a list whose written count of firms equals its items (A、B 2家企业), not a list of kinds', () => {
    const out = extract(['恒顺厨卫、金岚空调2家企业入选示范工厂。钢铁、建材两家企业完成改造。德硕家电、瑞达家具3家企业参展。']);
    expect(names(out, 'Enterprise')).toEqual(['恒顺厨卫', '金岚空调'].sort());
  });
});
