// A district's or county's body is named with its city, whether the text writes the district
// (`余杭区发展和改革局`), the city and the district (`杭州市余杭区发展和改革局`) or, in the
// district's own plan, the bare level (`区发展和改革局`): one body, one name, one id.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { plan, seedGazetteer, syntheticDoc } from './helpers.js';

function agencies(region: Parameters<typeof plan>[1], paragraph: string) {
  const out = extractPlan(syntheticDoc(plan('t-district', region), [{ heading: '第一章 任务', paragraphs: [paragraph] }]), seedGazetteer());
  const quotes = out.relationships.filter((r) => r.type === 'MENTIONED_IN').map((r) => `${r.start} ${r.properties.quote}`);
  return { nodes: out.nodes.filter((n) => n.type === 'GovernmentAgency'), quotes };
}

const ID = 'GovernmentAgency:杭州市余杭区/发展和改革局';

describe('a district body named with its city', () => {
  it('in a city plan, written with or without the city', () => {
    const { nodes, quotes } = agencies({ name: '杭州市', level: 'city', parents: ['浙江省'] }, '由杭州市余杭区发展和改革局牵头,临平区发展和改革局、余杭区发展和改革局配合。');
    expect(nodes.find((n) => n.id === ID)).toMatchObject({ name: '杭州市余杭区发展和改革局' });
    expect(quotes.filter((q) => q.startsWith(ID)).sort()).toEqual([`${ID} 余杭区发展和改革局`, `${ID} 杭州市余杭区发展和改革局`]);
    expect(nodes.map((n) => n.id)).toContain('GovernmentAgency:杭州市临平区/发展和改革局');
    // The city written before the district is part of the body's name, no place mention of its own.
    expect(quotes.filter((q) => q.startsWith('AdminArea:浙江省/杭州市 '))).toEqual([]);
  });

  it('in the district plan, the bare level is the same body', () => {
    const { nodes } = agencies({ name: '余杭区', level: 'district', parents: ['浙江省', '杭州市'] }, '由区发展和改革局牵头,余杭区发展和改革局配合。');
    expect(nodes.map((n) => n.id)).toEqual([ID]);
  });
});
