// `plangraph ingest --all --force` killed with SIGKILL at fixed points, as a
// real process against the real database: afterwards the graph has exactly
// the content of a clean ingest (the hash `export --format json` is made of),
// and the next `ingest --all` converges to it. One transaction per plan is
// what makes this hold; bench/crash.ts does the same at 20 random moments.
import { describe, expect, it } from 'vitest';
import { graphContentHash } from '../../src/graph/export/read-graph.js';
import { useTestGraph } from '../setup/neo4j.js';
import { runIngest, type KillAt } from './ingest-process.js';

const { neo4j, executor } = useTestGraph();
const LONG = 600_000;

/** The server rolls a killed client's transaction back once it notices the dead connection. */
/** A whole-graph read can fail while the killed run's last commit lands (it may meet a node that commit deletes). */
async function settledHash(expected: string): Promise<string> {
  const read = () => graphContentHash(executor).catch((error: Error) => `export failed: ${error.message}`);
  let hash = await read();
  for (let i = 0; i < 40 && hash !== expected; i++) {
    await new Promise((r) => setTimeout(r, 500));
    hash = await read();
  }
  return hash;
}

describe('ingest --all --force killed with SIGKILL', () => {
  let clean = '';

  it('a clean ingest first: the reference content', { timeout: LONG }, async () => {
    const run = await runIngest(neo4j.uri, ['--all', '--force']);
    expect(run.code, run.lines.join('\n')).toBe(0);
    clean = await graphContentHash(executor);
  });

  const points: Array<[string, KillAt]> = [
    ['while extracting, before anything is written', { line: /\[3\/5\] [\w-]+: extracted/ }],
    ['right after the first plan committed', { line: /\[1\/5\] [\w-]+: (replaced|new|unchanged)/ }],
    ['while the third plan is being written', { line: /\[2\/5\] [\w-]+: (replaced|new|unchanged)/, delayMs: 150 }],
    ['while the last plan is being written', { line: /\[4\/5\] [\w-]+: (replaced|new|unchanged)/, delayMs: 50 }],
  ];

  it.each(points)('%s: the graph equals the clean ingest', { timeout: LONG }, async (_name, killAt) => {
    expect(clean).not.toBe('');
    const killed = await runIngest(neo4j.uri, ['--all', '--force'], killAt);
    expect(killed.signal, `not killed; output:\n${killed.lines.join('\n')}`).toBe('SIGKILL');
    expect(await settledHash(clean)).toBe(clean);
  });

  // Once, not after every kill: each kill above already left the clean content (and each run extracts all five plans anew).
  it('the next ingest converges: exit 0, every plan unchanged, the same content', { timeout: LONG }, async () => {
    const next = await runIngest(neo4j.uri, ['--all']);
    expect(next.code, next.lines.join('\n')).toBe(0);
    expect(next.lines.filter((l) => /\[\d\/5\] [\w-]+: unchanged/.test(l))).toHaveLength(5);
    expect(await graphContentHash(executor)).toBe(clean);
  });
});
