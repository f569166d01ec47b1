// `plangraph ingest` as a real child process against the Neo4j at `uri`, for
// the SIGKILL tests (ingest-crash.int.test.ts) and bench/crash.ts: its stderr
// progress lines arrive one by one, and `killWhen` may SIGKILL it at any line
// or after any delay.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { PROJECT_ROOT } from '../../src/graph/config.js';

export interface IngestRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Every stderr line, in order. */
  lines: string[];
  /** The last progress line before the kill (or the end). */
  lastLine: string;
  ms: number;
}

export interface KillAt {
  /** Kill when a stderr line matches (after `delayMs`, if given). */
  line?: RegExp;
  /** Kill this long after the matching line, or after the start when there is no `line`. */
  delayMs?: number;
}

export function runIngest(uri: string, args: string[], killAt?: KillAt): Promise<IngestRun> {
  const started = Date.now();
  const { PLANGRAPH_DATA_DIR: _ignored, ...env } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'src/cli/index.ts'), 'ingest', ...args], {
    env: { ...env, NEO4J_URI: uri },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const lines: string[] = [];
  let armed = false;
  const kill = () => {
    if (child.exitCode === null) child.kill('SIGKILL');
  };
  const arm = () => {
    if (armed) return;
    armed = true;
    if (killAt?.delayMs) setTimeout(kill, killAt.delayMs);
    else kill();
  };
  if (killAt && !killAt.line) arm();
  createInterface({ input: child.stderr! }).on('line', (line) => {
    if (child.signalCode) return; // killed: anything left in the pipe came after the kill
    lines.push(line);
    if (killAt?.line?.test(line)) arm();
  });
  return new Promise((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, lines, lastLine: lines.at(-1) ?? '', ms: Date.now() - started })),
  );
}
