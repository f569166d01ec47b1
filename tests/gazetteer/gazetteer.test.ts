// The curated gazetteer is data that the extractor trusts, so these checks are
// the review rule made executable: shape, unique ids and names, every parent
// resolves, no alias points at two entries, every plan quote is real text.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, type GazetteerEntry } from '../../src/extract/types.js';

const DIR = 'seed/gazetteer';
const PLANS: Record<string, string> = {
  'anshan-14fyp': 'seed/plans/anshan-14fyp.txt',
  'anshan-ycydlq-2022': 'seed/plans/anshan-ycydlq-2022.txt',
  'huludao-14fyp': 'seed/plans/huludao-14fyp.txt',
  'anshan-hitech-14fyp': 'seed/plans/anshan-hitech-14fyp.txt',
  'shenyang-tiexi-14fyp': 'seed/plans/shenyang-tiexi-14fyp.txt',
};
/** Which entity type each file holds (one file per type). */
const FILE_TYPES: Record<string, string> = {
  'admin-areas.json': 'AdminArea',
  'industrial-parks.json': 'IndustrialPark',
  'enterprises.json': 'Enterprise',
  'agencies.json': 'GovernmentAgency',
  'institutions.json': 'Institution',
  'industries.json': 'Industry',
  'projects.json': 'Project',
};
const LEVELS = ['province', 'city', 'district', 'county', 'county-level-city', 'town', 'street', '国家级', '省级'];

/** Entries may carry a reviewer's `note`; everything else is the contract. */
type Entry = GazetteerEntry & { note?: string };

// The plans mix ASCII and full-width `( ) , : ;` (NOTES.md), and a curator
// copying a quote cannot see which one the file uses.
const FULL_TO_ASCII: Record<string, string> = { '(': '(', ')': ')', ',': ',', ':': ':', ';': ';', '!': '!', '?': '?', '\u00a0': ' ' };
const normalise = (s: string): string => s.replace(/[(),:;!?\u00a0]/g, (c) => FULL_TO_ASCII[c] ?? c);

const files = readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'not-entities.json');
const entries: Array<Entry & { file: string }> = files.flatMap((file) =>
  (JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Entry[]).map((e) => ({ ...e, file })),
);
const plans = Object.fromEntries(Object.entries(PLANS).map(([id, path]) => [id, normalise(readFileSync(path, 'utf8'))]));

describe('gazetteer', () => {
  it('has one file per known type and at least the admin areas', () => {
    for (const f of files) expect(Object.keys(FILE_TYPES), `unexpected file ${f}`).toContain(f);
    expect(files).toContain('admin-areas.json');
  });

  it('every entry has the contract shape and the type of its file', () => {
    for (const e of entries) {
      const where = `${e.file}: ${e.id}`;
      expect(ENTITY_TYPES as readonly string[], where).toContain(e.type);
      expect(e.type, where).toBe(FILE_TYPES[e.file]);
      expect(e.id.startsWith(`${e.type}:`), where).toBe(true);
      expect(typeof e.name === 'string' && e.name.length > 1, where).toBe(true);
      expect(Array.isArray(e.aliases), where).toBe(true);
      if (e.contextAliases !== undefined) expect(Array.isArray(e.contextAliases), where).toBe(true);
      if (e.level !== undefined) expect(LEVELS, where).toContain(e.level);
      expect(['plan', 'public'], where).toContain(e.source?.kind);
    }
  });

  it('ids and canonical names are unique (gold labels refer to entities by name)', () => {
    const dup = (xs: string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);
    expect(dup(entries.map((e) => e.id))).toEqual([]);
    expect(dup(entries.map((e) => e.name))).toEqual([]);
  });

  it('every locatedIn resolves to an AdminArea entry', () => {
    const areas = new Set(entries.filter((e) => e.type === 'AdminArea').map((e) => e.id));
    const bad = entries.filter((e) => e.locatedIn !== undefined && !areas.has(e.locatedIn)).map((e) => `${e.id} → ${e.locatedIn}`);
    expect(bad).toEqual([]);
  });

  it('admin-area ids are paths whose parent is locatedIn', () => {
    for (const e of entries.filter((x) => x.type === 'AdminArea' && x.locatedIn)) {
      expect(e.id.slice(0, e.id.lastIndexOf('/')), e.id).toBe(e.locatedIn);
    }
  });

  it('no alias names two entries, is one character long, or is also somebody\'s context alias', () => {
    const owner = new Map<string, string[]>();
    const add = (form: string, id: string) => owner.set(form, [...new Set([...(owner.get(form) ?? []), id])]);
    for (const e of entries) {
      add(e.name, e.id);
      for (const a of e.aliases) add(a, e.id);
    }
    const shared = [...owner].filter(([, ids]) => ids.length > 1).map(([form, ids]) => `${form}: ${ids.join(', ')}`);
    expect(shared).toEqual([]);
    const short = entries.flatMap((e) => [...e.aliases, ...(e.contextAliases ?? [])].filter((a) => [...a].length < 2).map((a) => `${e.id}: ${a}`));
    expect(short).toEqual([]);
    const ctx = new Set(entries.flatMap((e) => e.contextAliases ?? []));
    const clash = entries.flatMap((e) => [e.name, ...e.aliases].filter((a) => ctx.has(a)).map((a) => `${e.id}: ${a}`));
    expect(clash).toEqual([]);
  });

  it('every plan quote occurs in that plan (full-width punctuation normalised)', () => {
    const missing = entries.flatMap((e) => {
      const s = e.source;
      if (s.kind !== 'plan') return [];
      const text = plans[s.plan];
      if (text === undefined) return [`${e.id}: unknown plan ${s.plan}`];
      return text.includes(normalise(s.quote)) ? [] : [`${e.id}: ${s.quote}`];
    });
    expect(missing).toEqual([]);
  });

  it('a plan-sourced entry\'s quote contains its name or one of its aliases', () => {
    const bad = entries.filter((e) => e.source.kind === 'plan').filter((e) => {
      const forms = [e.name, ...e.aliases, ...(e.contextAliases ?? [])].map(normalise);
      const quote = normalise(e.source.kind === 'plan' ? e.source.quote : '').replace(/ /g, '');
      if (forms.some((f) => quote.includes(f.replace(/ /g, '')))) return false;
      // Coordinated ellipsis (`建昌、绥中、兴城交通物流园`): the quote holds the
      // name's head and its shared tail, and the note must say so.
      const [head, tail] = [e.name.slice(0, 2), e.name.slice(-4)];
      return !(e.note?.includes('coordinated ellipsis') && quote.includes(head) && quote.includes(tail));
    });
    expect(bad.map((e) => e.id)).toEqual([]);
  });

  it('public sources say where the knowledge comes from', () => {
    for (const e of entries) if (e.source.kind === 'public') expect(e.source.note.length, e.id).toBeGreaterThan(5);
  });

  it('covers all 14 prefecture-level cities of Liaoning and their 100 county-level units', () => {
    const liaoning = (e: Entry) => e.type === 'AdminArea' && e.id.startsWith('AdminArea:辽宁省/');
    const cities = entries.filter((e) => liaoning(e) && e.level === 'city');
    expect(cities).toHaveLength(14);
    expect(cities.every((c) => c.locatedIn === 'AdminArea:辽宁省')).toBe(true);
    const county = entries.filter((e) => liaoning(e) && ['district', 'county', 'county-level-city'].includes(e.level ?? ''));
    expect(county).toHaveLength(100);
  });
});

describe('not-entities.json', () => {
  const notEntities = JSON.parse(readFileSync(join(DIR, 'not-entities.json'), 'utf8')) as Array<{
    form: string;
    reason: string;
    example: { kind: 'plan'; plan: string; quote: string };
  }>;

  it('every form has a reason and a real example containing it', () => {
    for (const n of notEntities) {
      expect(n.reason.length, n.form).toBeGreaterThan(5);
      expect(n.example.quote, n.form).toContain(n.form);
      expect(plans[n.example.plan], n.form).toContain(normalise(n.example.quote));
    }
  });

  it('no generic form is also a name, alias or context alias of an entry', () => {
    const forms = new Set(notEntities.map((n) => n.form));
    const clash = entries.flatMap((e) => [e.name, ...e.aliases, ...(e.contextAliases ?? [])].filter((f) => forms.has(f)).map((f) => `${e.id}: ${f}`));
    expect(clash).toEqual([]);
  });
});
