// Benchmark of the graph load: the five seed plans into an EMPTY database
// (a Neo4j of its own under .data/bench-*, or NEO4J_URI's, which must hold no
// plan), timed as extraction, writes, and rows per second. Between runs every
// plan is removed again (removePlan), so each run starts from an empty graph.
// Warm = after WARMUP runs (JIT of Node and Neo4j, query plans cached).
// The machine is shared and noisy, so loader variants (VARIANTS) are compared
// in ONE run, round by round on the same database, and reported as ratios.
// Today there is one, the loader as it is; the MERGE-everything variants that
// justified CREATE for plan-owned rows were measured at commit 4b4ad4a (their
// figures are in the notes of bench/results/ingest.md).
// Targets: whole ingest ≤ 2 s warm, writes ≥ 10,000 rows/s.
// Run: npx tsx bench/ingest.ts   → bench/results/ingest.md
//      (BENCH_WARMUP, BENCH_RUNS change the counts; BENCH_OUT the report file)
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem, loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadGazetteer } from '../src/extract/gazetteer.js';
import { extractPlan } from '../src/extract/index.js';
import { loadPlans } from '../src/extract/load-plans.js';
import { PROJECT_ROOT, readConfig } from '../src/graph/config.js';
import { createDriver } from '../src/graph/driver.js';
import { createExecutor } from '../src/graph/executor.js';
import { loadPlan, refreshSearchIndexes, removePlan, type LoadOptions } from '../src/graph/ingest/load-plan.js';
import { startLocalNeo4j } from '../src/graph/local-neo4j.js';
import { migrate } from '../src/graph/migrate.js';
import { freePort } from '../tests/setup/neo4j-global-setup.js';

const WARMUP = Number(process.env.BENCH_WARMUP ?? 4);
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const TARGET_TOTAL_MS = 2000;
const TARGET_ROWS_PER_S = 10_000;

const config = readConfig();
let stop = async () => {};
let uri = config.neo4j.uri;
if (uri === undefined) {
  await mkdir(path.join(PROJECT_ROOT, '.data'), { recursive: true });
  const dataDir = await mkdtemp(path.join(PROJECT_ROOT, '.data', 'bench-'));
  const local = await startLocalNeo4j({ ...config.launcher, dataDir, boltPort: await freePort() });
  uri = local.uri;
  stop = async () => {
    await local.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
const driver = createDriver({ ...config.neo4j, uri });
const executor = createExecutor(driver, config.neo4j.database);
await migrate(executor);
const [{ version, edition } = { version: '?', edition: '?' }] = await executor.read<{ version: string; edition: string }>('system/components');
const [empty] = await executor.read<{ nodeCount: number }>('system/counts');
if ((empty?.nodeCount ?? 0) > 0) throw new Error(`The database at ${uri} is not empty (${empty?.nodeCount} nodes): the benchmark needs an empty one.`);

interface Run {
  extractMs: number;
  refreshMs: number;
  writeMs: number;
  rows: number;
  perPlan: { plan: string; extractMs: number; writeMs: number; rows: number }[];
}

/**
 * The variants compared in one run, on the same database after the same
 * warm-up, interleaved round by round (the order rotates each round), so the
 * noise of the shared machine hits all of them alike and their RATIO is
 * meaningful even when absolute numbers drift. The first is the loader's
 * default, the one the targets are checked against.
 */
interface Variant {
  name: string;
  what: string;
  options: LoadOptions;
}
const VARIANTS: Variant[] = [
  { name: 'create', what: 'the loader: plan-owned rows (Section, Paragraph, every relationship) by CREATE after the clear, entities by MERGE; the stored hash read inside the write transaction', options: {} },
];

async function once({ options }: Pick<Variant, 'options'>): Promise<Run> {
  const run: Run = { extractMs: 0, refreshMs: 0, writeMs: 0, rows: 0, perPlan: [] };
  const t0 = performance.now();
  const gazetteer = loadGazetteer();
  const docs = loadPlans([], true);
  run.extractMs += performance.now() - t0; // reading files and the gazetteer counts as extraction
  for (const doc of docs) {
    const t1 = performance.now();
    const extraction = extractPlan(doc, gazetteer);
    const extractMs = performance.now() - t1;
    const t2 = performance.now();
    const result = await loadPlan(executor, extraction, { ...options, awaitSearch: false });
    const writeMs = performance.now() - t2;
    if (result.status !== 'new') throw new Error(`${result.planId} was ${result.status}: the graph was not empty`);
    const rows = Object.values(result.written).reduce((a, b) => a + b, 0);
    run.perPlan.push({ plan: result.planId, extractMs, writeMs, rows });
    run.extractMs += extractMs;
    run.writeMs += writeMs;
    run.rows += rows;
  }
  // The full-text indexes are eventually consistent: the wait until they hold
  // everything is part of the write time (as `ingest` does, once at the end).
  const t3 = performance.now();
  await refreshSearchIndexes(executor);
  run.refreshMs = performance.now() - t3;
  run.writeMs += run.refreshMs;
  for (const doc of docs) await removePlan(executor, doc.plan.id);
  const [left] = await executor.read<{ nodeCount: number }>('system/counts');
  if ((left?.nodeCount ?? 0) > 0) throw new Error(`${left?.nodeCount} nodes left after removing every plan`);
  return run;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const perS = (rows: number, ms: number) => Math.round(rows / (ms / 1000)).toLocaleString('en');

try {
  const loadStart = loadavg()[0]!;
  const defaultVariant = VARIANTS[0]!;
  const cold = await once(defaultVariant);
  // Warm-up: every variant WARMUP times (its query plans cached, JIT warm).
  for (let i = 0; i < WARMUP; i++) for (const v of VARIANTS) await once(v);
  const runs = new Map<string, Run[]>(VARIANTS.map((v) => [v.name, []]));
  const loads: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const order = VARIANTS.map((_, k) => VARIANTS[(i + k) % VARIANTS.length]!);
    for (const v of order) runs.get(v.name)!.push(await once(v));
    loads.push(loadavg()[0]!);
  }
  const load = loadavg()[0]!;
  const mine = runs.get(defaultVariant.name)!;
  const extractMs = median(mine.map((r) => r.extractMs));
  const writeMs = median(mine.map((r) => r.writeMs));
  const totalMs = median(mine.map((r) => r.extractMs + r.writeMs));
  const rows = mine[0]!.rows;
  const rowsPerS = rows / (writeMs / 1000);
  const cpu = cpus();
  const plans = mine[0]!.perPlan.map((p) => p.plan);
  // Per round, each variant's write time over the default's in the same round.
  const ratioLines = VARIANTS.map((v) => {
    const rs = runs.get(v.name)!;
    const ratios = rs.map((r, i) => r.writeMs / mine[i]!.writeMs);
    const w = median(rs.map((r) => r.writeMs));
    if (rs[0]!.rows !== rows) throw new Error(`${v.name} wrote ${rs[0]!.rows} rows, ${defaultVariant.name} ${rows}`);
    return `| ${v.name} | ${v.what} | ${w.toFixed(0)} | ${Math.min(...rs.map((r) => r.writeMs)).toFixed(0)} | ${perS(rows, w)} | ${perS(rows, Math.min(...rs.map((r) => r.writeMs)))} | ${median(ratios).toFixed(2)} (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}) |`;
  });
  const lines = [
    '# Ingest benchmark',
    '',
    `The ${plans.length} seed plans into an empty Neo4j: extraction (read, parse, extract) and writes (one transaction per plan, batched UNWIND, commit included), median of ${RUNS} warm runs after ${WARMUP} warm-up runs per variant; every plan is removed between runs. Targets: whole ingest ≤ ${TARGET_TOTAL_MS} ms warm, writes ≥ ${TARGET_ROWS_PER_S.toLocaleString('en')} rows/s.`,
    '',
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 1024 ** 3).toFixed(1)} GB memory`,
    `- Load average (1 min): ${loadStart.toFixed(1)} at the start, ${load.toFixed(1)} at the end, per round ${loads.map((l) => l.toFixed(1)).join(', ')} (other work shares these cores)`,
    `- Node ${process.version}, Neo4j ${version} ${edition} (${config.neo4j.uri ? 'NEO4J_URI' : `local launcher, heap ${config.launcher.heap}, page cache ${config.launcher.pageCache}`})`,
    '',
    `## Variants, interleaved in one run`,
    '',
    `Each round runs every variant once (rotating order) on the same database; the ratio is a variant's write time over \`${defaultVariant.name}\`'s in the same round (median, and range over the ${RUNS} rounds): below 1 is faster.`,
    '',
    '| variant | what | write median (ms) | write min (ms) | rows/s median | rows/s best | write time / default |',
    '|---|---|---:|---:|---:|---:|---:|',
    ...ratioLines,
    '',
    `## The default (\`${defaultVariant.name}\`) per plan`,
    '',
    '| plan | rows | extract (ms) | write (ms) | rows/s |',
    '|---|---:|---:|---:|---:|',
    ...plans.map((plan, i) => {
      const w = median(mine.map((r) => r.perPlan[i]!.writeMs));
      const n = mine[0]!.perPlan[i]!.rows;
      return `| ${plan} | ${n} | ${median(mine.map((r) => r.perPlan[i]!.extractMs)).toFixed(0)} | ${w.toFixed(0)} | ${perS(n, w)} |`;
    }),
    `| full-text index refresh (once) | | | ${median(mine.map((r) => r.refreshMs)).toFixed(0)} | |`,
    `| **all five** | **${rows}** | **${extractMs.toFixed(0)}** | **${writeMs.toFixed(0)}** | **${Math.round(rowsPerS).toLocaleString('en')}** |`,
    '',
    `Fastest warm run: writes ${Math.min(...mine.map((r) => r.writeMs)).toFixed(0)} ms = ${perS(rows, Math.min(...mine.map((r) => r.writeMs)))} rows/s (the spread is other work on the shared cores).`,
    '',
    `Whole ingest (extraction + writes), warm median: **${totalMs.toFixed(0)} ms** (min ${Math.min(...mine.map((r) => r.extractMs + r.writeMs)).toFixed(0)}, max ${Math.max(...mine.map((r) => r.extractMs + r.writeMs)).toFixed(0)}). Cold first run: ${(cold.extractMs + cold.writeMs).toFixed(0)} ms (extraction ${cold.extractMs.toFixed(0)}, writes ${cold.writeMs.toFixed(0)}).`,
    '',
    `- Whole ingest ≤ ${TARGET_TOTAL_MS} ms: ${totalMs <= TARGET_TOTAL_MS ? 'met' : 'MISSED'}`,
    `- Writes ≥ ${TARGET_ROWS_PER_S.toLocaleString('en')} rows/s (median): ${rowsPerS >= TARGET_ROWS_PER_S ? 'met' : 'MISSED'}`,
    '',
    'Rows are nodes and relationships written (Plan, Section, Paragraph, entities, PART_OF, facts).',
    '',
  ];
  const out = process.env.BENCH_OUT ?? './results/ingest.md';
  writeFileSync(new URL(out, import.meta.url), lines.join('\n'));
  console.log(lines.join('\n'));
} finally {
  await driver.close();
  await stop();
}
