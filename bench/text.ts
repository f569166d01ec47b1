// Benchmark of the text stage: read + parse the five seed plans (0.86 MB).
// Warm runs only (the first runs load OpenCC and JIT the stages); the median
// of RUNS runs is reported. Target: well under 200 ms for all five.
// Run: npx tsx bench/text.ts   → bench/results/text.md
import { statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parsePlan } from '../src/text/index.js';
import { loadManifest, seedPlanPath } from '../src/text/manifest.js';
import { readPlanFile } from '../src/text/read.js';

const WARMUP = 3;
const RUNS = 31;
const TARGET_MS = 200;

const plans = loadManifest();
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function once(): { total: number; perPlan: number[] } {
  const perPlan: number[] = [];
  const t0 = performance.now();
  for (const plan of plans) {
    const t = performance.now();
    parsePlan(readPlanFile(seedPlanPath(plan)), plan);
    perPlan.push(performance.now() - t);
  }
  return { total: performance.now() - t0, perPlan };
}

for (let i = 0; i < WARMUP; i++) once();
const runs = Array.from({ length: RUNS }, once);
const total = median(runs.map((r) => r.total));
const bytes = plans.map((p) => statSync(seedPlanPath(p)).size);
const cpu = cpus();

const lines = [
  '# Text stage benchmark',
  '',
  `Read + parse of the ${plans.length} seed plans (${(bytes.reduce((a, b) => a + b, 0) / 1e6).toFixed(2)} MB, ${bytes.reduce((a, b) => a + b, 0)} bytes), warm, median of ${RUNS} runs after ${WARMUP} warm-up runs. Target: < ${TARGET_MS} ms for all.`,
  '',
  `- Date: ${new Date().toISOString()}`,
  `- Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 1024 ** 3).toFixed(1)} GB memory`,
  `- Node: ${process.version}`,
  '',
  '| plan | size (KB) | median (ms) |',
  '|---|---:|---:|',
  ...plans.map((p, i) => `| ${p.id} | ${(bytes[i]! / 1000).toFixed(0)} | ${median(runs.map((r) => r.perPlan[i]!)).toFixed(1)} |`),
  `| **all five** | ${(bytes.reduce((a, b) => a + b, 0) / 1000).toFixed(0)} | **${total.toFixed(1)}** |`,
  '',
  `Min ${Math.min(...runs.map((r) => r.total)).toFixed(1)} ms, max ${Math.max(...runs.map((r) => r.total)).toFixed(1)} ms over the ${RUNS} runs. ${total < TARGET_MS ? 'Target met.' : 'TARGET MISSED.'}`,
  '',
];
writeFileSync(new URL('./results/text.md', import.meta.url), lines.join('\n'));
console.log(lines.join('\n'));
