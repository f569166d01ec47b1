// The dev set is only worth scoring against if it is what it claims to be:
// real texts from several provinces and genres, each with its address, every
// label written in its text, and nothing of it learnt by the gazetteer.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEV_DIR, DEV_GENRES, devTextPath, loadDevManifest, type DevText } from '../../src/extract/eval/dev-set.js';
import { DEFAULT_DEV_GOLD_DIR, loadGold, type GoldFile } from '../../src/extract/eval/gold.js';
import { loadManifest } from '../../src/text/manifest.js';

/** What issue 9 asks of the dev set. */
const MIN_TEXTS = 12;
const MIN_CHARS = 600;
const MAX_CHARS = 3000;
const MIN_PROVINCES = 5;
const MIN_GENRES = 4;
/** A quote this long found in a dev text means the gazetteer learnt from it. */
const MIN_QUOTE = 8;
const squash = (s: string) => s.replace(/\s/g, '');

const texts = loadDevManifest();
const gold = loadGold(DEFAULT_DEV_GOLD_DIR);
const raw = new Map(texts.map((t) => [t.id, readFileSync(devTextPath(t), 'utf8')] as const));
const sources = readFileSync(join(DEV_DIR, 'SOURCES.md'), 'utf8');

describe('dev manifest', () => {
  it(`has at least ${MIN_TEXTS} texts of ${MIN_CHARS}–${MAX_CHARS} characters (whitespace aside), each a file named after its id`, () => {
    expect(texts.length).toBeGreaterThanOrEqual(MIN_TEXTS);
    expect(new Set(texts.map((t) => t.id)).size).toBe(texts.length);
    for (const t of texts) {
      expect(t.file, t.id).toBe(`${t.id}.txt`);
      // Characters of text: whitespace (a signature's padding) does not count.
      const chars = [...squash(raw.get(t.id)!)].length;
      expect(chars, t.id).toBeGreaterThanOrEqual(MIN_CHARS);
      expect(chars, t.id).toBeLessThanOrEqual(MAX_CHARS);
    }
    const files = readdirSync(DEV_DIR).filter((f) => f.endsWith('.txt'));
    expect(files.sort()).toEqual(texts.map((t) => t.file).sort());
  });

  it(`covers at least ${MIN_PROVINCES} provinces outside the seeds' 辽宁省, ${MIN_GENRES} genres and traditional characters`, () => {
    // A text whose province it does not name (`(不详)`) counts for none.
    const provinces = new Set(texts.map((t) => t.province).filter((p) => /(省|市|自治区)$/.test(p)));
    expect(provinces.has('辽宁省')).toBe(false);
    expect(provinces.size).toBeGreaterThanOrEqual(MIN_PROVINCES);
    for (const t of texts) expect(DEV_GENRES, t.id).toContain(t.genre);
    expect(new Set(texts.map((t) => t.genre)).size).toBeGreaterThanOrEqual(MIN_GENRES);
    expect(texts.some((t) => t.script === 'traditional')).toBe(true);
  });

  it('gives every text its public address, in the manifest and in SOURCES.md', () => {
    for (const t of texts) {
      expect(t.source, t.id).toMatch(/^https?:\/\/\S+$/);
      expect(t.retrieved, t.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(sources, t.id).toContain(t.id);
      expect(sources, t.id).toContain(t.source);
    }
  });

  it('does not reuse a seed plan id', () => {
    const seeds = new Set(loadManifest().map((p) => p.id));
    for (const t of texts) expect(seeds.has(t.id), t.id).toBe(false);
  });
});

describe('dev gold', () => {
  it('has one gold file per text', () => {
    expect(gold.map((g) => g.plan).sort()).toEqual(texts.map((t) => t.id).sort());
  });

  describe.each(gold.map((g) => [g.plan, g] as const))('%s', (_, g: GoldFile) => {
    const lines = raw.get(g.plan)!.split('\n');
    const line = (n: number) => lines[n - 1] ?? '';
    const span = (from: number, to = from) => lines.slice(from - 1, to).join('\n');

    it('labels only what is written: every surface on its line, every other form somewhere in the text', () => {
      for (const e of g.entities) {
        const surface = e.surface ?? e.name;
        expect(line(e.line), `${e.type} ${e.name}`).toContain(surface);
        expect(surface.includes(e.name) || e.name.includes(surface) || e.aliases?.includes(surface), `${e.name}: the name is the written form`).toBeTruthy();
        // A PDF's line break may cut a name (伍星生 / 物): other forms are looked for without whitespace.
        for (const a of e.aliases ?? []) expect(squash(raw.get(g.plan)!), `${e.name} alias ${a}`).toContain(squash(a));
      }
      const names = new Set(g.entities.map((e) => e.name));
      for (const r of g.relations) {
        expect(names.has(r.start), `${r.type} ${r.start} → ${r.end}: start is a labelled entity`).toBe(true);
        // The end of LOCATED_IN may be an area the text writes only inside a name (柯桥民营科技园 → 柯桥区).
        const areaWritten = r.type === 'LOCATED_IN' && squash(raw.get(g.plan)!).includes(r.end.replace(/(特别行政区|省|市|区|县)$/, ''));
        expect(names.has(r.end) || areaWritten, `${r.type} ${r.start} → ${r.end}: end is labelled or written`).toBe(true);
        expect(line(r.line).length, `${r.type} ${r.start} line`).toBeGreaterThan(0);
      }
    });

    it('gives each task its units, in order, as written on its lines, with a role each', () => {
      for (const t of g.tasks) {
        const text = span(t.line, t.unitsLine);
        if (t.heading) expect(text, t.heading).toContain(t.heading);
        let at = 0;
        for (const u of t.units) {
          const i = text.indexOf(u, at);
          expect(i, `${t.heading}: ${u} after offset ${at}`).toBeGreaterThanOrEqual(0);
          at = i + u.length;
        }
        expect(t.roles?.length, t.heading ?? '').toBe(t.units.length);
        expect(t.agencies?.length, t.heading ?? '').toBe(t.units.length);
      }
    });

    it('writes every indicator value on its line (or in its row, line…lineTo, when cells sit one per line)', () => {
      for (const ind of g.indicators) {
        // `written`: the name as the line writes it, when a footnote mark cuts it (城市2空气质量).
        expect(line(ind.line), ind.name).toContain(String(ind.written ?? ind.name));
        const lineTo = typeof ind.lineTo === 'number' ? ind.lineTo : ind.line;
        expect(lineTo, `${ind.name} lineTo`).toBeGreaterThanOrEqual(ind.line);
        const row = span(ind.line, lineTo).replace(/\s/g, '');
        for (const key of ['baseline', 'target', 'growth'] as const) {
          const v = ind[key];
          if (typeof v === 'string' && v !== '-') expect(row, `${ind.name} ${key}`).toContain(v.replace(/\s/g, ''));
        }
      }
    });

    it('keeps its counts right', () => {
      const { counts } = JSON.parse(readFileSync(join(DEFAULT_DEV_GOLD_DIR, `${g.plan}.json`), 'utf8')) as { counts: unknown };
      expect(counts).toMatchObject({ entities: g.entities.length, relations: g.relations.length, indicators: g.indicators.length, tasks: g.tasks.length });
    });
  });
});

// ---- The gazetteer never learns from a dev text ----------------------------

interface Citation {
  where: string;
  text: string;
  quote: boolean;
}

/** Every string a gazetteer entry cites: anything under `source` or `example`, and every `quote`. */
function citations(value: unknown, where: string, inCitation = false): Citation[] {
  if (typeof value === 'string') return inCitation ? [{ where, text: value, quote: /quote$/.test(where) }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => citations(v, `${where}[${i}]`, inCitation));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => citations(v, `${where}.${k}`, inCitation || /^(source|sources|example|quote|cites?|url|address)$/.test(k)));
  }
  return [];
}

/** Why a citation points at a dev text, or undefined. */
export function citesDev(c: Citation, devTexts: DevText[], devRaw: Map<string, string>): string | undefined {
  for (const t of devTexts) {
    if (c.text.includes(t.id)) return `names dev text ${t.id}`;
    if (c.text.includes(t.source.replace(/^https?:\/\//, ''))) return `cites ${t.id}'s address`;
    const q = squash(c.text);
    if (c.quote && [...q].length >= MIN_QUOTE && squash(devRaw.get(t.id)!).includes(q)) return `quotes ${t.id}`;
  }
  return undefined;
}

/** seed/gazetteer, and seed/reference and seed/lexicon when they exist: every JSON file. */
function seedJsonFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith('.json')) out.push(p);
    }
  };
  for (const dir of ['seed/gazetteer', 'seed/reference', 'seed/lexicon']) if (existsSync(dir)) walk(dir);
  return out;
}

describe('no gazetteer, reference or lexicon entry cites a dev text', () => {
  it('flags a dev id, a dev address or a quote from a dev text (the check can fail)', () => {
    const t = texts[0]!;
    const quote = squash(raw.get(t.id)!).slice(40, 52);
    expect(citesDev({ where: 'x.source.plan', text: t.id, quote: false }, texts, raw)).toMatch(/names dev text/);
    expect(citesDev({ where: 'x.source.url', text: t.source, quote: false }, texts, raw)).toMatch(/address/);
    expect(citesDev({ where: 'x.source.quote', text: quote, quote: true }, texts, raw)).toMatch(/quotes/);
    expect(citesDev({ where: 'x.source.quote', text: '鞍钢集团', quote: true }, texts, raw)).toBeUndefined();
  });

  it.each(seedJsonFiles())('%s', (file) => {
    const found = citations(JSON.parse(readFileSync(file, 'utf8')), file)
      .map((c) => ({ c, why: citesDev(c, texts, raw) }))
      .filter((x) => x.why)
      .map((x) => `${x.c.where}: ${x.why}`);
    expect(found).toEqual([]);
  });
});
