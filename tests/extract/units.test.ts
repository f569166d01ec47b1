import { describe, expect, it } from 'vitest';
import { agencyName, listedUnits } from '../../src/extract/mentions/agency.js';
import type { RegionContext } from '../../src/extract/region.js';
import type { TextUnit } from '../../src/extract/units.js';

const unit = (text: string) => ({ matchText: text, text, kind: 'paragraph' }) as TextUnit;

describe('unit lists in running text', () => {
  it('splits a list on 、 and the comma, drops a trailing 等, and keeps offsets exact', () => {
    const text = '加强合作。(责任单位:市发展改革委、市金融发展局,相关县(市)区等)';
    const units = listedUnits(unit(text));
    expect(units.map((u) => [u.written, u.label, text.slice(u.start, u.end)])).toEqual([
      ['市发展改革委', '责任单位', '市发展改革委'],
      ['市金融发展局', '责任单位', '市金融发展局'],
      ['相关县(市)区', '责任单位', '相关县(市)区'],
    ]);
  });
  it('reads a second label after a semicolon in the same bracket', () => {
    const text = '(牵头单位:市商务局;配合单位:市财政局、市税务局)';
    expect(listedUnits(unit(text)).map((u) => [u.written, u.label, text.slice(u.start, u.end)])).toEqual([
      ['市商务局', '牵头单位', '市商务局'],
      ['市财政局', '配合单位', '市财政局'],
      ['市税务局', '配合单位', '市税务局'],
    ]);
  });
});

describe('agency names', () => {
  const city: RegionContext = { chain: [], names: ['辽宁省', '本溪市'], name: '本溪市', level: 'city', city: '本溪市', province: '辽宁省' };
  const district: RegionContext = { chain: [], names: ['辽宁省', '沈阳市', '铁西区'], name: '铁西区', level: 'district', city: '沈阳市', district: '铁西区', province: '辽宁省' };
  it('scopes 市/区 units to the plan’s city or district', () => {
    // Canonical: the stem's full form (seed/lexicon/agency-stems.json).
    expect(agencyName('市发展改革委', city)).toEqual({ name: '本溪市发展和改革委员会', place: '本溪市', rest: '发展和改革委员会' });
    expect(agencyName('区商务局', district)).toEqual({ name: '沈阳市铁西区商务局', place: '沈阳市铁西区', rest: '商务局' });
    expect(agencyName('市金融发展局等', city)?.name).toBe('本溪市金融发展局');
  });
  it('refuses names that are no organisation', () => {
    expect(agencyName('相关企业', city)).toBeUndefined();
  });
  it('refuses party organs listed as units (dev-zhejiang-zrfj-2020: 牵头单位:省委改革办、省大数据局), not bodies with 委 in their stem', () => {
    expect(agencyName('省委改革办', city)).toBeUndefined();
    expect(agencyName('中共本溪市委社会工作部', city)).toBeUndefined();
    expect(agencyName('区委宣传部', district)).toBeUndefined();
    expect(agencyName('省大数据局', city)?.name).toBe('辽宁省大数据管理局');
    expect(agencyName('市卫健委', city)).toBeDefined();
    expect(agencyName('市发展改革委', city)).toBeDefined();
  });
});
