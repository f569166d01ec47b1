// One sentence per registered mention rule (src/extract/mentions/rules.ts) → the spans it makes and
// the rule id behind them (issue 9 §5c). A rule without a sentence here fails the first test:
// adding a rule is its entry in rules.ts, its file, and its row below.
import { describe, expect, it } from 'vitest';
import { CHOOSE, FILTER, PROPOSE, RULE_PRIORITY } from '../../src/extract/mentions/rules.js';
import type { PlanManifestEntry } from '../../src/text/types.js';
import { runRules } from './rule-fixture.js';

interface Fixture {
  rule: string;
  text: string;
  /** The spans, as written, the rule accounts for. */
  spans: string[];
  /**
   * - `keep`: a propose rule proposed them and they were kept; for a filter that revises (cuts a span,
   *   marks a clause), they are kept with the rule and not without it.
   * - `drop`: the filter or the choice dropped them (for a propose rule: proposed, then dropped).
   * - `blocker`: a blocker rule proposed them and they won their span, yielding nothing.
   */
  verdict: 'keep' | 'drop' | 'blocker';
  region?: Partial<PlanManifestEntry['region']>;
}

const HULUDAO = { name: '葫芦岛市', level: 'city' as const, parents: ['辽宁省'] };
const ECONOMIC_ZONE = { name: '铁岭经济技术开发区', level: 'development-zone' as const, parents: ['辽宁省', '铁岭市'] };

/** Plans are 鞍山市's unless a region is given. */
const FIXTURES: Fixture[] = [
  // propose
  { rule: 'gazetteer', text: '支持鞍钢做强主业。', spans: ['鞍钢'], verdict: 'keep' },
  { rule: 'reference', text: '发展海城西柳服装市场。', spans: ['西柳'], verdict: 'keep' },
  { rule: 'unit-list', text: '(牵头单位:市数据局;责任单位:市医保局)', spans: ['市数据局', '市医保局'], verdict: 'keep' },
  { rule: 'agency', text: '经省政府批准,设立综合保税区。', spans: ['省政府'], verdict: 'keep' },
  { rule: 'own-zone', text: '经济技术开发区加快发展。', spans: ['经济技术开发区'], verdict: 'keep', region: ECONOMIC_ZONE },
  { rule: 'suffix', text: '支持兴业电子科技有限公司发展。', spans: ['兴业电子科技有限公司'], verdict: 'keep' },
  { rule: 'enum-before', text: '支持宏达鑫、博远通等骨干企业发展。', spans: ['宏达鑫', '博远通'], verdict: 'keep' },
  { rule: 'firm-list', text: '引进瑞丰光电、恒拓科技。', spans: ['瑞丰光电'], verdict: 'keep' },
  { rule: 'firm-subject', text: '瑞丰空调、恒达制冷两家企业入选省级名单。', spans: ['瑞丰空调', '恒达制冷'], verdict: 'keep' },
  { rule: 'firm-designation', text: '金岚动力连续入选中国汽车工业百强榜。', spans: ['金岚动力'], verdict: 'keep' },
  { rule: 'list-mates', text: '引进华为、德硕、金岚等龙头。', spans: ['德硕', '金岚'], verdict: 'keep' },
  { rule: 'project-name', text: '推进鞍山恒兴200MW光伏发电项目建设。', spans: ['鞍山恒兴200MW光伏发电项目'], verdict: 'keep' },
  { rule: 'counted-list', text: '本次共有巴州华联纺织全产业链、新疆青禾生物科技天然植物综合提取一体化等6个项目开工。', spans: ['巴州华联纺织全产业链', '新疆青禾生物科技天然植物综合提取一体化'], verdict: 'keep' },
  { rule: 'exact-count', text: '计划建成项目2项,分别为某某奉贤热电项目、龙耀路越江隧道。', spans: ['某某奉贤热电项目', '龙耀路越江隧道'], verdict: 'keep' },
  { rule: 'route-name', text: '泸州至永川高速公路全线通车。', spans: ['泸州至永川高速公路'], verdict: 'keep' },
  { rule: 'phase-project', text: '加快建设某某港区散货码头(二期)工程。', spans: ['某某港区散货码头(二期)工程'], verdict: 'keep' },
  { rule: 'facility-list', text: '改扩建敦煌、嘉峪关和庆阳机场。', spans: ['敦煌', '嘉峪关'], verdict: 'keep' },
  { rule: 'project-event', text: '某某智能装备产业化项目完成投资3亿元。', spans: ['某某智能装备产业化项目'], verdict: 'keep' },
  { rule: 'ellipsis', text: '建设建昌、绥中、兴城交通物流园。', spans: ['建昌', '绥中'], verdict: 'keep', region: HULUDAO },
  { rule: 'not-entity', text: '各县(市)区人民政府,各开发区管委会。', spans: ['各县(市)区人民政府', '各开发区管委会'], verdict: 'blocker' },
  { rule: 'not-entity-ending', text: '举办辽宁国际投资贸易洽谈会。', spans: ['举办辽宁国际投资贸易洽谈会'], verdict: 'blocker' },
  { rule: 'title-list', text: '入选国家级经济技术开发区、获省级特色产业园等称号。', spans: ['国家级经济技术开发区', '获省级特色产业园'], verdict: 'blocker' },
  // filter
  { rule: 'reference-scope', text: '学习昆山经验。', spans: ['昆山'], verdict: 'drop' },
  { rule: 'reference-scope', text: '推动产业集中化发展基地建设。', spans: ['中化'], verdict: 'drop' },
  { rule: 'level-ends-word', text: '各市政府要加强领导。', spans: ['市政府'], verdict: 'drop' },
  { rule: 'lead-words', text: '组建九大教育集团。', spans: ['九大教育集团'], verdict: 'drop' },
  { rule: 'anchor-on-known', text: '加快高铁新区建设。', spans: ['高铁新区'], verdict: 'drop' },
  { rule: 'park-clause', text: '建成省大数据产业园。', spans: ['省大数据产业园'], verdict: 'keep' },
  { rule: 'lead-words-after-cut', text: '支持华信电子、鞍钢满足恒达新材等重点企业发展。', spans: ['恒达新材'], verdict: 'keep' },
  { rule: 'generic-project', text: '结合油氢混合站、氢能公交示范线等项目。', spans: ['油氢混合站', '氢能公交示范线'], verdict: 'drop' },
  { rule: 'generic-place', text: '建设现代农业产业园。', spans: ['现代农业产业园'], verdict: 'drop' },
  { rule: 'generic-place', text: '鼓励在甘肃设立通用航空公司。', spans: ['通用航空公司'], verdict: 'drop' },
  { rule: 'country-modifier', text: '对标美国强生、德国博世、华润三九等国内外知名药企。', spans: ['美国', '德国'], verdict: 'drop' },
  { rule: 'opens-name', text: '鞍山市云数科技有限公司加快发展。', spans: ['鞍山市'], verdict: 'drop' },
  { rule: 'in-title', text: '根据《国务院关于推动东北振兴的意见》。', spans: ['国务院'], verdict: 'drop' },
  // choose
  { rule: 'overlap', text: '支持兴业电子科技有限公司发展。', spans: ['兴业电子科技'], verdict: 'drop' },
];

const REGISTERED = [...PROPOSE, ...FILTER, ...CHOOSE];
const PROPOSERS = new Set(PROPOSE.map((r) => r.id));

describe('the mention rule registry', () => {
  it('has a fixture for every registered rule, and none for a rule it lacks', () => {
    const fixtures = new Set(FIXTURES.map((f) => f.rule));
    expect(REGISTERED.map((r) => r.id).filter((id) => !fixtures.has(id)), 'rules without a sentence in FIXTURES').toEqual([]);
    expect([...fixtures].filter((id) => !REGISTERED.some((r) => r.id === id)), 'fixtures for no registered rule').toEqual([]);
  });

  it('gives each rule a unique id, and derives the priorities from the propose rules', () => {
    const ids = REGISTERED.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...RULE_PRIORITY]).toEqual(PROPOSE.map((r) => [r.id, r.priority]));
    expect(CHOOSE).toHaveLength(1);
  });

  it('orders what the runner can order: known rules read the unit or the known names, discovered readers are not refined', () => {
    expect(PROPOSE.filter((r) => r.kind === 'known' && r.reads === 'discovered').map((r) => r.id)).toEqual([]);
    expect(PROPOSE.filter((r) => r.kind === 'discovered' && r.reads === 'discovered').map((r) => r.id)).toEqual([]);
  });

  it('registers the rules others read by id (ellipsis and the choice read suffix, enum-before, project-name; the runner agency)', () => {
    for (const id of ['suffix', 'enum-before', 'project-name', 'agency']) expect(PROPOSERS.has(id), id).toBe(true);
  });

  it('names filters that narrow to proposing rules by registered ids', () => {
    const unknown = FILTER.flatMap((f) => (f.only ?? []).filter((id) => !PROPOSERS.has(id)));
    expect(unknown).toEqual([]);
  });
});

describe('each rule on its sentence', () => {
  for (const f of FIXTURES) {
    it(`${f.rule}: ${f.text} → ${f.spans.join(', ')} (${f.verdict})`, () => {
      const run = runRules(f.text, f.region);
      const proposer = PROPOSERS.has(f.rule);
      for (const span of f.spans) {
        const events = run.events.filter((e) => e.span === span);
        if (proposer) {
          const mine = events.filter((e) => e.mention.proposedBy === f.rule);
          expect(mine.map((e) => e.verdict.verdict), `${span} proposed by ${f.rule}`).toContain(f.verdict);
          if (f.verdict === 'keep') expect(run.kept).toContain(span);
        } else if (f.verdict === 'drop') {
          expect(
            events.some((e) => e.verdict.verdict === 'drop' && e.verdict.by === f.rule),
            `${span} dropped by ${f.rule}; saw ${JSON.stringify(events.map((e) => e.verdict))}`,
          ).toBe(true);
        } else {
          // A filter that revises: the span comes out with the rule and not without it.
          const without = runRules(f.text, f.region, { propose: PROPOSE, filter: FILTER.filter((r) => r.id !== f.rule) });
          expect(run.kept).toContain(span);
          expect(without.kept).not.toContain(span);
        }
      }
    });
  }
});
