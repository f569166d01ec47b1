// N× the seed corpus, deterministically, for the scale benchmark
// (bench/scale.ts). Copy 0 is the five seed plans as they are; copy k ≥ 1 is
// the same five texts with every gazetteer name and alias (places, parks,
// enterprises, industries…) renamed consistently by a two-character prefix
// of its own (甲子, 乙子, … 癸亥: up to 120 copies), under plan ids
// `<seed id>-x<k>`, with a gazetteer of its own where every entry, id and
// `locatedIn` carries the same prefix. So within a copy the cross-plan links
// (鞍钢 in three 甲子 plans) and every quote's offsets stay valid, and copies
// share no entity. Each copy is extracted with its own gazetteer (a national
// deployment would have one gazetteer; see bench/results/scale.md).
// Output under .data/ (git-ignored): .data/corpus-<N>/{manifest.json, plans/,
// gazetteers/<k>.json}. Written plan by plan, never the whole corpus in RAM.
// Run: npx tsx bench/corpus.ts <N>
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_GAZETTEER_DIR, loadGazetteer } from '../src/extract/gazetteer.js';
import type { Gazetteer, GazetteerEntry } from '../src/extract/types.js';
import { PROJECT_ROOT } from '../src/graph/config.js';
import { loadManifest, seedPlanPath } from '../src/text/manifest.js';
import type { PlanManifestEntry } from '../src/text/types.js';

const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
export const MAX_COPIES = STEMS.length * BRANCHES.length;

export interface CorpusPlan extends PlanManifestEntry {
  /** Which copy (0: the seed itself); its gazetteer is gazetteers/<copy>.json, or the seed's for 0. */
  copy: number;
  /** Absolute path of the text. */
  path: string;
}

export interface Corpus {
  n: number;
  dir: string;
  plans: CorpusPlan[];
  bytes: number;
}

export const corpusDir = (n: number) => path.join(PROJECT_ROOT, '.data', `corpus-${n}`);

/** The prefix of copy k (k ≥ 1): 甲子, 乙子, … */
export function tag(k: number): string {
  if (k < 1 || k > MAX_COPIES) throw new RangeError(`copy ${k}: 1 to ${MAX_COPIES}`);
  return STEMS[(k - 1) % STEMS.length]! + BRANCHES[Math.floor((k - 1) / STEMS.length)]!;
}

/** `AdminArea:辽宁省/鞍山市` → `AdminArea:甲子辽宁省/甲子鞍山市`. */
function tagId(id: string, t: string): string {
  const colon = id.indexOf(':');
  return `${id.slice(0, colon + 1)}${id.slice(colon + 1).split('/').map((s) => t + s).join('/')}`;
}

function tagEntry(entry: GazetteerEntry, t: string): GazetteerEntry {
  const e = entry as GazetteerEntry & { locatedIn?: string; contextAliases?: string[] };
  const out = { ...e, id: tagId(e.id, t), name: t + e.name, aliases: e.aliases.map((a) => t + a) } as typeof e;
  if (e.locatedIn) out.locatedIn = tagId(e.locatedIn, t);
  if (e.contextAliases) out.contextAliases = e.contextAliases.map((a) => t + a);
  return out;
}

/** Every name and alias of the gazetteer, longest first, as one regular expression. */
function namePattern(gazetteer: Gazetteer): RegExp {
  const names = new Set<string>();
  for (const e of gazetteer.entries as Array<GazetteerEntry & { contextAliases?: string[] }>) {
    for (const name of [e.name, ...e.aliases, ...(e.contextAliases ?? [])]) if (name.length >= 2) names.add(name);
  }
  const sorted = [...names].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return new RegExp(sorted.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
}

/** Writes the corpus of `n` copies (kept when it already exists with the same n). */
export function generateCorpus(n: number): Corpus {
  if (!Number.isInteger(n) || n < 1 || n > MAX_COPIES) throw new RangeError(`N must be an integer from 1 to ${MAX_COPIES}; got ${n}`);
  const dir = corpusDir(n);
  const manifestPath = path.join(dir, 'manifest.json');
  if (existsSync(manifestPath)) {
    const plans = JSON.parse(readFileSync(manifestPath, 'utf8')) as CorpusPlan[];
    return { n, dir, plans, bytes: plans.reduce((a, p) => a + Buffer.byteLength(readFileSync(p.path, 'utf8')), 0) };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'plans'), { recursive: true });
  mkdirSync(path.join(dir, 'gazetteers'), { recursive: true });
  const gazetteer = loadGazetteer(DEFAULT_GAZETTEER_DIR);
  const pattern = namePattern(gazetteer);
  const seeds = loadManifest().map((entry) => ({ entry, raw: readFileSync(seedPlanPath(entry), 'utf8') }));
  const plans: CorpusPlan[] = [];
  let bytes = 0;
  for (let k = 0; k < n; k++) {
    const t = k === 0 ? '' : tag(k);
    if (k > 0) writeFileSync(path.join(dir, 'gazetteers', `${k}.json`), JSON.stringify({ entries: gazetteer.entries.map((e) => tagEntry(e, t)), notEntities: gazetteer.notEntities }));
    const rename = (text: string) => (k === 0 ? text : text.replace(pattern, (m) => t + m));
    for (const { entry, raw } of seeds) {
      const id = k === 0 ? entry.id : `${entry.id}-x${k}`;
      const file = `${id}.txt`;
      const text = rename(raw);
      writeFileSync(path.join(dir, 'plans', file), text);
      bytes += Buffer.byteLength(text);
      const region = { ...entry.region, name: rename(entry.region.name), parents: entry.region.parents?.map(rename) };
      const renamed = Object.fromEntries(Object.entries(entry).map(([key, value]) => [key, typeof value === 'string' && key !== 'id' && key !== 'file' ? rename(value) : value]));
      plans.push({ ...(renamed as unknown as PlanManifestEntry), id, file, region, copy: k, path: path.join(dir, 'plans', file) });
    }
  }
  writeFileSync(manifestPath, JSON.stringify(plans, null, 1));
  return { n, dir, plans, bytes };
}

/** The gazetteer a plan of the corpus is extracted with. */
export function corpusGazetteer(dir: string, copy: number): Gazetteer {
  if (copy === 0) return loadGazetteer(DEFAULT_GAZETTEER_DIR);
  return JSON.parse(readFileSync(path.join(dir, 'gazetteers', `${copy}.json`), 'utf8')) as Gazetteer;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] ?? 1);
  const started = Date.now();
  const corpus = generateCorpus(n);
  console.log(`${corpus.dir}: ${corpus.plans.length} plans, ${(corpus.bytes / 2 ** 20).toFixed(1)} MB, ${Date.now() - started} ms`);
}
