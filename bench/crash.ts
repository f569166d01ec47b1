// Crash convergence: `plangraph ingest --all --force` SIGKILLed at 20 random
// moments (uniform over the length of an uninterrupted run, seeded), each
// against a fresh-from-clean graph of its own Neo4j. After each kill: does the
// graph equal a clean ingest (the content hash `export --format json` is made
// of), and does the next `ingest --all` converge to it?
// Run: npx tsx bench/crash.ts → section "Crash convergence" of
// bench/results/reliability.md (BENCH_KILLS, default 20; several minutes).
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT, readConfig } from '../src/graph/config.js';
import { createDriver } from '../src/graph/driver.js';
import { createExecutor, type Executor } from '../src/graph/executor.js';
import { graphContentHash } from '../src/graph/export/read-graph.js';
import { startLocalNeo4j } from '../src/graph/local-neo4j.js';
import { migrate } from '../src/graph/migrate.js';
import { freePort } from '../tests/setup/neo4j-global-setup.js';
import { runIngest } from '../tests/graph/ingest-process.js';
import { writeSection } from './section.js';
import { random as seededRandom } from '../tests/setup/random.js';

const KILLS = Number(process.env.BENCH_KILLS ?? 20);

interface Trial {
  delayMs: number;
  killed: boolean;
  /** The last progress line the process printed: where it was. */
  at: string;
  equalAfterKill: boolean;
  settleMs: number;
  /** undefined: the next ingest was not run (the kill already left the clean content). */
  converged: boolean | undefined;
  convergeMs: number;
  statuses: string;
}

const where = (line: string) => line.replace(/^plangraph: /, '').replace(/ in [\d.]+ s$/, '') || '(nothing printed yet)';

/**
 * The content hash, or a note when export fails: right after a kill the dead client's last commit may still
 * be landing, and a whole-graph read (read-committed) can then meet a node that commit deletes (labels []).
 */
async function hashOf(executor: Executor): Promise<string> {
  try {
    return await graphContentHash(executor);
  } catch (error) {
    readErrors.push((error as Error).message);
    return 'export failed';
  }
}
const readErrors: string[] = [];

async function main() {
  const config = readConfig();
  await mkdir(path.join(PROJECT_ROOT, '.data'), { recursive: true });
  const dataDir = await mkdtemp(path.join(PROJECT_ROOT, '.data', 'bench-crash-'));
  const local = await startLocalNeo4j({ ...config.launcher, dataDir, boltPort: await freePort() });
  const driver = createDriver({ ...config.neo4j, uri: local.uri });
  const executor = createExecutor(driver, config.neo4j.database);
  try {
    await migrate(executor);
    const first = await runIngest(local.uri, ['--all']);
    if (first.code !== 0) throw new Error(`clean ingest failed:\n${first.lines.join('\n')}`);
    const clean = await graphContentHash(executor);
    // The kills fall uniformly over the length of an uninterrupted forced run, measured right before them
    // (the machine is shared: a length measured under another load would put kills after the end).
    const full = await runIngest(local.uri, ['--all', '--force']);
    if (full.code !== 0 || (await graphContentHash(executor)) !== clean) throw new Error('a forced re-ingest changed the graph');
    console.log(`clean ingest ${first.ms} ms, forced re-ingest ${full.ms} ms`);

    const random = seededRandom(2026);
    let horizon = full.ms;
    const trials: Trial[] = [];
    const load0 = loadavg()[0]!;
    const started = Date.now();
    for (let i = 0; i < KILLS; i++) {
      // A random fraction of the run; if the run ended before the kill (the shared machine got faster), the same
      // fraction of the time that run took, so every trial is a real kill.
      const fraction = random();
      let delayMs = Math.round(fraction * horizon);
      let run = await runIngest(local.uri, ['--all', '--force'], { delayMs });
      for (let retry = 0; retry < 3 && run.signal !== 'SIGKILL'; retry++) {
        horizon = run.ms;
        delayMs = Math.round(fraction * horizon);
        run = await runIngest(local.uri, ['--all', '--force'], { delayMs });
      }
      const t0 = Date.now();
      let hash = await hashOf(executor);
      // The server rolls back a dead client's transaction when it notices the closed connection.
      while (hash !== clean && Date.now() - t0 < 20_000) {
        await new Promise((r) => setTimeout(r, 250));
        hash = await hashOf(executor);
      }
      const settleMs = Date.now() - t0;
      // Converging from the clean content is a no-op; each run extracts all five plans (the slow part), so the
      // next ingest runs after a kill that left a different graph, and after the last kill.
      const last = i === KILLS - 1;
      if (hash === clean && !last) {
        const trial: Trial = { delayMs, killed: run.signal === 'SIGKILL', at: where(run.lastLine), equalAfterKill: true, settleMs, converged: undefined, convergeMs: NaN, statuses: '(not run: already clean)' };
        trials.push(trial);
        console.log(JSON.stringify(trial));
        continue;
      }
      const next = await runIngest(local.uri, ['--all']);
      const statuses = next.lines.filter((l) => /: (new|replaced|unchanged)/.test(l)).map((l) => /: (new|replaced|unchanged)/.exec(l)![1]).join(',');
      const trial: Trial = {
        delayMs,
        killed: run.signal === 'SIGKILL',
        at: where(run.lastLine),
        equalAfterKill: hash === clean,
        settleMs,
        converged: next.code === 0 && (await graphContentHash(executor)) === clean,
        convergeMs: next.ms,
        statuses,
      };
      trials.push(trial);
      console.log(JSON.stringify(trial));
    }
    const load1 = loadavg()[0]!;

    const ok = trials.filter((t) => t.killed && t.equalAfterKill && t.converged !== false).length;
    const convergeRuns = trials.filter((t) => t.converged !== undefined);
    const lines = [
      '## Crash convergence',
      '',
      `\`plangraph ingest --all --force\` (the five seed plans, one transaction per plan) SIGKILLed at ${KILLS} random moments: a uniform random fraction of the ${(full.ms / 1000).toFixed(1)} s an uninterrupted forced run took just before (re-drawn against a later run's length if a run ended before its kill) (seeded PRNG), each time against the clean graph. "equal" compares the content hash of the whole graph (\`graphContentHash\`, what \`export --format json\` writes) with that of a clean ingest, after waiting up to 20 s for the server to roll back the dead client's transaction ("settle"). Then \`plangraph ingest --all\` runs again ("converged": exit 0 and the clean hash again) after every kill that left a different graph and after the last kill; from the clean content it has nothing to do, and each run spends most of its time extracting all five plans. The CLI-level test at fixed points is tests/graph/ingest-crash.int.test.ts. Run: \`npx tsx bench/crash.ts\`.`,
      '',
      `- Date: ${new Date().toISOString()}; machine: ${cpus()[0]?.model ?? '?'}, ${cpus().length} cores (shared); load average ${load0.toFixed(2)} at start, ${load1.toFixed(2)} at end`,
      `- Reads of the whole graph that failed while a killed run's last commit was landing (then retried): ${readErrors.length}${readErrors.length ? ` (${[...new Set(readErrors)].join('; ')})` : ''}`,
      `- Result: **${ok} of ${KILLS}** kills left the graph equal to a clean ingest; the next ingest ran ${convergeRuns.length} time(s) and converged ${convergeRuns.filter((t) => t.converged).length} time(s); measuring took ${((Date.now() - started) / 1000).toFixed(0)} s`,
      '',
      '| # | kill after ms | last line printed before the kill | equal after kill | settle ms | next ingest: statuses | converged | next ingest ms |',
      '|---:|---:|---|---|---:|---|---|---:|',
      ...trials.map(
        (t, i) =>
          `| ${i + 1} | ${t.delayMs}${t.killed ? '' : ' (had exited)'} | ${t.at.replace(/\|/g, '\\|')} | ${t.equalAfterKill ? 'yes' : '**no**'} | ${t.settleMs} | ${t.statuses} | ${t.converged === undefined ? '' : t.converged ? 'yes' : '**no**'} | ${Number.isNaN(t.convergeMs) ? '' : t.convergeMs} |`,
      ),
      '',
      `Next ingest statuses over all kills: ${Object.entries(trials.filter((t) => !Number.isNaN(t.convergeMs)).flatMap((t) => t.statuses.split(',')).reduce<Record<string, number>>((a, s) => ((a[s] = (a[s] ?? 0) + 1), a), {})).map(([s, n]) => `${s} ${n}`).join(', ')} (a forced rewrite of a plan has the same content, so a killed run leaves every plan unchanged or whole).`,
    ];
    writeSection(path.join(PROJECT_ROOT, 'bench', 'results', 'reliability.md'), 'crash', lines.join('\n'));
    console.log(lines.join('\n'));
  } finally {
    await driver.close();
    await local.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
