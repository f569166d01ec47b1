// Firms found by grammar alone (no gazetteer entry): each rule with a sentence of
// its own shape (invented brands: 德硕, 金岚, 恒顺, 瑞达, 华钧), and sentences of the
// same shape that name no firm.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import type { PlanExtraction } from '../../src/extract/types.js';
import { plan, seedGazetteer, syntheticDoc } from './helpers.js';

function extract(paragraphs: string[], region = {}): PlanExtraction {
  return extractPlan(syntheticDoc(plan('t-firms', region), [{ heading: '第一章 产业', paragraphs }]), seedGazetteer());
}

const names = (out: PlanExtraction, type: string) =>
  out.nodes.filter((n) => n.type === type && n.properties.gazetteer === false).map((n) => n.name).sort();

describe('firm-subject designation (mentions/firm-designation.ts)', () => {
  it('reads a brand of any shape as a firm when its clause says it is a kind of firm', () => {
    const out = extract([
      '医药产业加快发展,金岚动力连续入选中国汽车工业百强榜,华钧等获批国家级绿色工厂,恒顺电子是全国最大的传感器供应商。',
      '瑞达生物产销两旺,出口价格回升,成为全国最大的原料药生产企业。',
      '德硕纺机加快智能化改造,获评国家级绿色工厂。',
    ]);
    expect(names(out, 'Enterprise')).toEqual(['华钧', '德硕纺机', '恒顺电子', '瑞达生物', '金岚动力']);
  });

  it('reads no firm where the complement is no firm designation or the subject is a place, a class or a clause verb', () => {
    const out = extract([
      '海城连续入选全国百强县,我县获批国家级绿色工厂,龙头企业成为单项冠军企业。',
      '支持科技型企业成为专精特新企业,新能源汽车是本市支柱产业,智能制造装备入选重点方向。',
    ]);
    expect(names(out, 'Enterprise')).toEqual([]);
  });
});

describe('second pass: a subsidiary written again (second-pass.ts)', () => {
  it('reads the subsidiary, not the group whose brand opens its name', () => {
    const out = extract(['中国石化润滑油(鞍山)有限公司扩建生产线。', '中国石化润滑油(鞍山)实现产值翻番。']);
    const ids = out.relationships.filter((r) => r.type === 'MENTIONED_IN' && r.start.startsWith('Enterprise:')).map((r) => `${r.start} ${String(r.properties.quote)}`);
    expect(ids).toEqual([
      'Enterprise:中国石化润滑油(鞍山)有限公司 中国石化润滑油(鞍山)有限公司',
      'Enterprise:中国石化润滑油(鞍山)有限公司 中国石化润滑油(鞍山)',
    ]);
  });
});

describe('descriptive firm names (mentions/generic.ts)', () => {
  it('reads no firm in a class of consultancies (专业咨询公司), a named one still', () => {
    const out = extract(['鼓励高校、专业咨询公司等第三方机构参与评估,委托德硕咨询公司编制方案。']);
    expect(names(out, 'Enterprise')).toEqual(['德硕咨询公司']);
  });
});

describe('list mates (mentions/list-mates.ts)', () => {
  it('reads brands listed with a known firm as firms', () => {
    const out = extract(['我市成功引进宁德时代、德硕、金岚等知名企业落户。']);
    expect(names(out, 'Enterprise')).toEqual(['德硕', '金岚']);
  });

  it('reads no firm where an item is a kind or the list names platforms', () => {
    const out = extract(['依托宁德时代、储能、电池等优势,提升宁德时代、德硕等电商平台。']);
    expect(names(out, 'Enterprise')).toEqual([]);
  });
});

describe('a ranked firm\'s project (mentions/project-owner.ts)', () => {
  it('reads the firm a rank names before 项目, and its project', () => {
    const out = extract(['世界500强德硕电子项目正式签约,重点推进城区供水管网改造项目。']);
    expect(names(out, 'Enterprise')).toEqual(['德硕电子']);
    expect(names(out, 'Project')).toEqual(['德硕电子项目']);
  });
});

describe('a company named by its kind of business alone (generic.ts)', () => {
  it('reads no firm in 设立通用航空公司 (general aviation is a kind of flying, like 物流 or 文化旅游)', () => {
    // dev-gansu-jcss-2010 line 7, then a variant.
    expect(names(extract(['鼓励在甘肃设立通用航空公司,建设通航起降点。']), 'Enterprise')).toEqual([]);
    expect(names(extract(['组建通用航空集团,引进德硕航空公司。']), 'Enterprise')).toEqual(['德硕航空公司']);
  });
});

describe('a group\'s brand opening the name of its park, base or project (reference.ts opensName)', () => {
  const firms = (paragraphs: string[]) =>
    extract(paragraphs).nodes.filter((n) => n.type === 'Enterprise').map((n) => n.name).sort();

  it('reads the group when its brand opens the name, with no other company word in the clause', () => {
    // dev-jilin-zdgc-2024 line 3 and dev-dongying-kfq-2022 line 5 (simplified here), then a variant.
    expect(firms(['作为吉林省“十四五”规划重点工程的中车松原新能源装备产业园,风机叶片、塔筒等生产线已进入调试阶段。'])).toEqual(['中国中车集团有限公司']);
    expect(firms(['该区引进建设了国家级稀土催化研究院、中国商飞民机试飞基地等一批高层次产业平台项目。'])).toEqual(['中国商用飞机有限责任公司']);
    expect(firms(['加快中国石化某某炼化一体化项目建设。'])).toContain('中国石油化工集团有限公司');
    // A public news sentence no rule was written on (2021-06 炼化一体化基地 report): the name ends before 在.
    expect(firms(['我国最大炼化一体化基地——中国石化镇海一期项目在浙江宁波全面建成。'])).toEqual(['中国石油化工集团有限公司']);
  });

  it('reads no group where a place opens the name, a list closer follows the brand, or a short brand ends a word', () => {
    expect(firms(['全力推进鞍山华润热电联产项目建成投产。'])).toEqual([]);
    expect(firms(['依托万达欢乐夜市等商圈,建设万科红梅等文创园。'])).toEqual([]);
    expect(firms(['推动产业集中化发展基地建设。'])).toEqual([]);
  });
});
