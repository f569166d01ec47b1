// Words that look like a body but name a class of units: no GovernmentAgency.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { plan, seedGazetteer, syntheticDoc } from './helpers.js';

function agencies(paragraph: string): string[] {
  const doc = syntheticDoc(plan('t-classes', { name: '本溪市', level: 'city', parents: ['辽宁省'] }), [{ heading: '第一章 任务', paragraphs: [paragraph] }]);
  const out = extractPlan(doc, seedGazetteer());
  return out.relationships.filter((r) => r.type === 'MENTIONED_IN' && r.start.startsWith('GovernmentAgency:')).map((r) => String(r.properties.quote));
}

describe('classes of units, not bodies', () => {
  it('reads 部门 as a department of any level, not a ministry (各级财政部门, 商务部门)', () => {
    expect(agencies('各级财政部门和商务部门要加强协调,商务部给予指导。')).toEqual(['商务部']);
  });

  it('reads a level word closing a list that 各 opens as one more member (各市、县(区)、区人民政府)', () => {
    expect(agencies('各市、特区、区人民政府,市人民政府各部门:现将方案印发给你们。')).toEqual(['市人民政府']);
    expect(agencies('各县(区)、区人民政府要抓好落实。')).toEqual([]);
  });

  it('still reads the plan\'s own body after a list that 各 does not open (市发展改革委、市财政局)', () => {
    expect(agencies('由市发展改革委、市财政局牵头。').sort()).toEqual(['市发展改革委', '市财政局'].sort());
  });
});

describe('bodies merged in the 2018 reform', () => {
  it('reads the planning and natural resources bureau in either order (市规划和自然资源局, 县自然资源和规划局)', () => {
    expect(agencies('由本溪市规划和自然资源局牵头,市自然资源和规划局配合。').sort()).toEqual(['市自然资源和规划局', '本溪市规划和自然资源局'].sort());
  });
});
