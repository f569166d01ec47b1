// The plangraph command given things that are not plan files: exit 1 with a
// message naming the file and the fix, never exit 70 with a stack. All of
// these fail before any database is opened, so this runs in the unit tier.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/graph/config.js';

const dir = mkdtempSync(path.join(tmpdir(), 'plangraph-bad-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function plangraph(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'src/cli/index.ts'), ...args], {
    encoding: 'utf8',
    // No Neo4j must be needed: a URI nothing listens on would fail loudly if one were.
    env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:9' },
    timeout: 60_000,
  });
  return { code: result.status, stderr: result.stderr };
}

describe('plangraph given a directory', () => {
  const empty = path.join(dir, 'empty');
  mkdirSync(empty);
  const plans = path.join(dir, 'plans');
  mkdirSync(plans);
  writeFileSync(path.join(plans, 'a.txt'), Buffer.from('鞍山市国民经济和社会发展第十四个五年规划纲要。', 'utf16le'));
  writeFileSync(path.join(plans, 'notes.md'), 'not a plan');

  it.each(['ingest', 'inspect', 'extract'])('%s: a directory without .txt plans exits 1 saying so', (verb) => {
    const { code, stderr } = plangraph(verb, empty);
    expect(stderr).not.toMatch(/EISDIR|\n\s+at /);
    expect(stderr).toContain(`${empty}: is a directory with no .txt plan files`);
    expect(code).toBe(1);
  });

  it.each(['ingest', 'inspect', 'extract'])('%s: a directory stands for its .txt files (here one in UTF-16, named as such)', (verb) => {
    const { code, stderr } = plangraph(verb, plans);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stderr).toContain(`${path.join(plans, 'a.txt')}: file looks UTF-16LE without a byte-order mark`);
    expect(code).toBe(1);
  });
});
