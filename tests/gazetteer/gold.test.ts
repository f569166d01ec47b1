// The hand labels are only worth scoring against if they match the text they
// claim to quote. These checks keep them honest: every surface is on its line,
// every value is in its row, every name means the gazetteer's entity.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RELATION_TYPES, type GazetteerEntry } from '../../src/extract/types.js';
import { loadDivisions } from '../../src/extract/reference/divisions.js';

const GOLD = 'tests/fixtures/gold';
const GAZ = 'seed/gazetteer';

interface GoldEntity { type: string; name: string; surface: string; line: number; gazetteer: boolean }
interface GoldRelation { type: string; start: string; end: string; line: number }
interface GoldIndicator {
  name: string;
  line: number;
  baseline?: string | null;
  target?: string | null;
  growth?: string | null;
  actual?: string | null;
}
interface GoldTask { number: string; heading: string | null; units: string[]; line: number; unitsLine?: number }
interface Gold {
  plan: string;
  /** Ranges read completely; `labels` limits what was labelled there (default: everything). */
  scope: Array<{ from: number; to: number; what: string; labels?: string[] }>;
  counts: { entities: number; relations: number; indicators: number; tasks: number; taskUnits: number };
  notes: string[];
  entities: GoldEntity[];
  relations: GoldRelation[];
  indicators: GoldIndicator[];
  tasks: GoldTask[];
}

const gazetteer = new Map<string, GazetteerEntry>(
  readdirSync(GAZ)
    .filter((f) => f.endsWith('.json') && f !== 'not-entities.json')
    .flatMap((f) => JSON.parse(readFileSync(join(GAZ, f), 'utf8')) as GazetteerEntry[])
    .map((e) => [e.name, e]),
);
/** Areas of the national division dataset (src/extract/reference/divisions.ts), by name: 深圳市 is known without a curated entry. */
const divisions = new Set(loadDivisions().all.map((d) => d.entry.name));
/** Table cells are compared without layout: no spaces, no NBSP, no national markers. */
// Private-use characters (U+E010 inside 12\uE0105万亩 in 001) are scraping debris, not text.
const squash = (s: string): string => s.replace(/[\s\u00a0★﹡\uE000-\uF8FF]/g, '');

const files = readdirSync(GOLD).filter((f) => f.endsWith('.json'));

describe.each(files)('gold %s', (file) => {
  const gold = JSON.parse(readFileSync(join(GOLD, file), 'utf8')) as Gold;
  const lines = readFileSync(`seed/plans/${gold.plan}.txt`, 'utf8').split('\n');
  const line = (n: number): string => lines[n - 1] ?? '';
  const inScope = (n: number, what = 'entities'): boolean =>
    gold.scope.some((s) => n >= s.from && n <= s.to && (s.labels === undefined || s.labels.includes(what)));

  it('is named after its plan and its scope lies inside the file', () => {
    expect(file).toBe(`${gold.plan}.json`);
    expect(gold.scope.length).toBeGreaterThan(0);
    for (const s of gold.scope) expect(s.from <= s.to && s.to <= lines.length, s.what).toBe(true);
  });

  it('every entity surface is written on its line, inside the scope, once per name', () => {
    const bad = gold.entities.filter((e) => !inScope(e.line) || !line(e.line).includes(e.surface));
    expect(bad.map((e) => `${e.line} ${e.surface}`)).toEqual([]);
    const keys = gold.entities.map((e) => `${e.type}:${e.name}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('entities use the gazetteer\'s canonical name and type, and say so', () => {
    const bad = gold.entities.filter((e) => {
      const z = gazetteer.get(e.name);
      return e.gazetteer !== (z !== undefined) || (z !== undefined && z.type !== e.type);
    });
    expect(bad.map((e) => `${e.type}:${e.name}`)).toEqual([]);
  });

  it('relations have known types, in-scope lines, and endpoints that are labelled, in the gazetteer or in the division dataset', () => {
    const names = new Set(gold.entities.map((e) => e.name));
    const bad = gold.relations.filter(
      (r) =>
        !(RELATION_TYPES as readonly string[]).includes(r.type) ||
        !inScope(r.line, 'relations') ||
        ![r.start, r.end].every((n) => names.has(n) || gazetteer.has(n) || divisions.has(n)),
    );
    expect(bad).toEqual([]);
  });

  it('every indicator value is written in its row, inside the scope', () => {
    expect(gold.indicators.filter((x) => !inScope(x.line, 'indicators')).map((x) => x.line)).toEqual([]);
    const bad = gold.indicators.flatMap((x) => {
      const row = squash(line(x.line));
      const values = [x.name, x.baseline, x.target, x.growth, x.actual].filter((v): v is string => typeof v === 'string');
      return values.filter((v) => !row.includes(squash(v))).map((v) => `${x.line} ${x.name}: ${v}`);
    });
    expect(bad).toEqual([]);
  });

  it('every task heading and responsible unit is written where it says', () => {
    expect(gold.tasks.filter((t) => !inScope(t.line, 'tasks')).map((t) => t.line)).toEqual([]);
    const bad = gold.tasks.flatMap((t) => {
      const head = line(t.line);
      const unitsAt = line(t.unitsLine ?? t.line);
      const miss = t.units.filter((u) => !unitsAt.includes(u)).map((u) => `${t.line} unit ${u}`);
      if (t.heading !== null && !head.includes(t.heading)) miss.push(`${t.line} heading ${t.heading}`);
      return miss;
    });
    expect(bad).toEqual([]);
  });

  it('counts match the labels', () => {
    expect(gold.counts.entities).toBe(gold.entities.length);
    expect(gold.counts.relations).toBe(gold.relations.length);
    expect(gold.counts.indicators).toBe(gold.indicators.length);
    expect(gold.counts.tasks).toBe(gold.tasks.length);
    expect(gold.counts.taskUnits).toBe(gold.tasks.reduce((n, t) => n + t.units.length, 0));
  });
});
