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
