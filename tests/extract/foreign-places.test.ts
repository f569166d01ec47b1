// Foreign countries and cities that plans name as partners (issue 9 section 1):
// seed/reference/foreign-places.json, read as places, never where a plan's own park lies.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { FOREIGN_PLACES_FILE, loadForeignPlaces, type ForeignPlace } from '../../src/extract/reference/foreign-places.js';
import { plan, seedGazetteer, syntheticDoc } from './helpers.js';

const huludao = plan('t-foreign', { name: '葫芦岛市', level: 'city', parents: ['辽宁省'] });

function extract(paragraph: string) {
  const out = extractPlan(syntheticDoc(huludao, [{ heading: '第一章 开放合作', paragraphs: [paragraph] }]), seedGazetteer());
  const mentioned = out.relationships.filter((r) => r.type === 'MENTIONED_IN').map((r) => `${r.start} ${r.properties.quote}`);
  const located = out.relationships.filter((r) => r.type === 'LOCATED_IN').map((r) => `${r.start} → ${r.end}`);
  return { out, mentioned, located };
}

describe('the reviewed list', () => {
  const raw = JSON.parse(readFileSync(FOREIGN_PLACES_FILE, 'utf8')) as ForeignPlace[];

  it('gives each place a source, a city its country, and ids as paths', () => {
    const entries = loadForeignPlaces();
    expect(entries).toHaveLength(raw.length);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    for (const e of entries) expect(e.source.kind === 'public' && e.source.note.includes('外交部'), e.id).toBe(true);
    expect(entries.find((e) => e.name === '法兰克福')).toMatchObject({ id: 'AdminArea:德国/法兰克福', level: 'foreign-city', locatedIn: 'AdminArea:德国' });
    expect(entries.find((e) => e.name === '俄罗斯')).toMatchObject({ id: 'AdminArea:俄罗斯', level: 'country', aliases: ['俄罗斯联邦'] });
  });

  it('cites only seed plans, with text they really hold', () => {
    for (const p of raw.filter((r) => r.example)) {
      const text = readFileSync(`seed/plans/${p.example!.plan}.txt`, 'utf8');
      expect(text.includes(p.example!.quote) && p.example!.quote.includes(p.name), p.name).toBe(true);
    }
  });
});

describe('foreign places in a plan', () => {
  it('reads the partners a plan lists (加强与日本、韩国、俄罗斯…合作)', () => {
    const { mentioned } = extract('加强与日本、韩国、俄罗斯在新能源、新材料等方面的合作。');
    expect(mentioned).toEqual(expect.arrayContaining(['AdminArea:日本 日本', 'AdminArea:韩国 韩国', 'AdminArea:俄罗斯 俄罗斯']));
  });

  it('places a city in the country written before it (德国法兰克福)', () => {
    const { mentioned, located } = extract('鼓励企业在德国法兰克福等境外建设一批展示中心。');
    expect(mentioned).toEqual(expect.arrayContaining(['AdminArea:德国 德国', 'AdminArea:德国/法兰克福 法兰克福']));
    expect(located).toContain('AdminArea:德国/法兰克福 → AdminArea:德国');
  });

  it('does not read a country inside 国家 or 国际 (欧美国家, 中德国际)', () => {
    const { mentioned } = extract('深化与欧美国家的高端技术合作,加强中德国际智能创新园建设。');
    expect(mentioned.filter((m) => m.startsWith('AdminArea:'))).toEqual([]);
  });

  it('reads a country before a listed brand as its nationality (对标美国辉瑞、德国拜耳、华润三九等)', () => {
    const { mentioned } = extract('对标美国强生、德国博世、华润三九等国内外知名药企,加强与德国、瑞典合作。');
    expect(mentioned.filter((m) => m.startsWith('AdminArea:'))).toEqual(['AdminArea:德国 德国', 'AdminArea:瑞典 瑞典']);
  });

  it('never places a park named after a partner country in that country (推动韩国工业园建设)', () => {
    const { out, located } = extract('推动韩国工业园建设,打造产业集聚区。');
    expect(out.nodes.some((n) => n.type === 'IndustrialPark' && n.name.includes('韩国工业园'))).toBe(true);
    expect(located.filter((l) => l.includes('AdminArea:韩国'))).toEqual([]);
  });
});
