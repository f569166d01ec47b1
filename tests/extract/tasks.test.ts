// Tasks and LED_BY from the ways work plans write responsible units: each
// case a small snippet in the shape real plans use, through both stages.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { parsePlan } from '../../src/text/index.js';
import type { PlanExtraction } from '../../src/extract/types.js';
import { plan, seedGazetteer } from './helpers.js';

const benxi = plan('benxi-work', { name: '本溪市', level: 'city', parents: ['辽宁省'] });

function extract(body: string): PlanExtraction {
  const raw = `一、重点任务\n${body}\n`;
  return extractPlan(parsePlan(raw, benxi), seedGazetteer());
}

/** `task heading → agency [role order]` for every LED_BY, in task and written order. */
function ledBy(out: PlanExtraction): string[] {
  const name = (id: string) => out.nodes.find((n) => n.id === id)?.name ?? id;
  return out.relationships
    .filter((r) => r.type === 'LED_BY')
    .sort((a, b) => a.start.localeCompare(b.start) || Number(a.properties.order) - Number(b.properties.order))
    .map((r) => `${name(r.start)} → ${r.end.replace('GovernmentAgency:', '')} [${r.properties.role} ${r.properties.order}]`);
}

describe('LED_BY roles', () => {
  it('a 牵头单位 leads and the 责任单位 after it assist', () => {
    expect(ledBy(extract('1、抓好疫情防控。建立常态化机制。[牵头单位:市卫生健康委;责任单位:市教育局、各县(市)区政府]'))).toEqual([
      '抓好疫情防控 → 本溪市/卫生健康委员会 [lead 1]',
      '抓好疫情防控 → 本溪市/教育局 [assist 2]',
    ]);
  });

  it('`A牵头,B配合` in traditional characters resolves on the simplified names; kinds of units are not linked', () => {
    const out = extract('1.深化改革。推進落實。(市商務局牽頭,市財政局配合,市級各有關部門按職責分工負責)');
    expect(ledBy(out)).toEqual(['深化改革 → 本溪市/商务局 [lead 1]', '深化改革 → 本溪市/财政局 [assist 2]']);
    expect(out.messages.filter((m) => m.ruleId === 'generic-unit').map((m) => m.reason)).toEqual([expect.stringContaining('市級各有關部門')]);
  });

  it('the first of a bare or 责任单位 list leads', () => {
    expect(ledBy(extract('1.推进园区建设。加快项目落地。〔市发展改革委、市财政局〕'))).toEqual([
      '推进园区建设 → 本溪市/发展和改革委员会 [lead 1]',
      '推进园区建设 → 本溪市/财政局 [assist 2]',
    ]);
  });

  it('quotes every unit exactly', () => {
    const raw = '一、重点任务\n1.深化改革。推進落實。(市商務局牽頭,市財政局配合)\n';
    const doc = parsePlan(raw, benxi);
    for (const r of extractPlan(doc, seedGazetteer()).relationships) expect(raw.slice(Number(r.properties.start), Number(r.properties.end))).toBe(r.properties.quote);
  });
});
