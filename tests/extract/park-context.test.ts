// Parks named by descriptive words alone are kinds of parks unless their clause
// names one (mentions/park-context.ts). Examples written for this test (no dev text).
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { plan, seedGazetteer, syntheticDoc } from './helpers.js';

const parks = (paragraph: string) =>
  extractPlan(syntheticDoc(plan('park-test', { name: '株洲市', level: 'city', parents: [] }), [{ heading: '一、发展成效', paragraphs: [paragraph] }]), seedGazetteer())
    .nodes.filter((n) => n.type === 'IndustrialPark')
    .map((n) => n.name);

describe('a park named by descriptive words', () => {
  it('is one park as the subject of a predicate that selects or approves it', () => {
    expect(parks('2022年,智慧冷链产业园入选省级示范物流园区名单。')).toEqual(['智慧冷链产业园']);
  });

  it('is one park as the object of 建成, with its level and words joined by 与, and so are the items listed after it', () => {
    expect(parks('全年建成市数字经济与软件服务产业园、省跨境电商产业园,营业收入增长20%。').sort()).toEqual(['市数字经济与软件服务产业园', '省跨境电商产业园']);
  });

  it('stays a kind of park with a quantifier, a 的 modifier, or a verb of intent', () => {
    expect(parks('建设一批智慧物流产业园。')).toEqual([]);
    expect(parks('建成国内一流的大数据产业园。')).toEqual([]);
    expect(parks('规划建设智慧物流产业园,完善配套设施。')).toEqual([]);
    expect(parks('引导企业向智慧物流产业园集聚。')).toEqual([]);
  });
});
