// `plangraph inspect`: the outline a person reads and the JSON a script reads.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { inspect } from '../../src/cli/commands/inspect.js';
import { ExitError } from '../../src/cli/errors.js';
import { formatOutline } from '../../src/text/outline.js';
import { seed } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'plangraph-inspect-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('inspect', () => {
  it('prints the outline with line numbers, tables, tasks, counts and messages', () => {
    const out = formatOutline(seed('anshan-ycydlq-2022'));
    expect(out).toContain('anshan-ycydlq-2022  鞍山市推进“一圈一带两区”区域协调发展三年行动方案');
    expect(out).toContain('\n  L42     (一)构建深度融合的现代化产业体系  (4)\n');
    expect(out).toContain('Task blocks (66):');
    expect(out).toContain('L44   1. 共建国家级综合性钢铁产业基地 — 市发展改革委、市工业和信息化局、市科技局、市自然资源局、相关县(市)区、开发区');
    expect(out).toMatch(/Counts:\n {2}plan 1, paragraph \d+, numbered 7, paren 25, task 66, attachment 1/);
    expect(out).toContain(`Messages (${seed('anshan-ycydlq-2022').messages.length}):`);
    const tables = formatOutline(seed('anshan-14fyp'));
    expect(tables).toContain('L337  表2“十四五”时期鞍山市经济社会发展主要目标  [nbsp] 1 header + 36 rows (6 category)');
  });

  it('writes the tree as JSON with --json', async () => {
    const path = join(dir, 'tree.json');
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    await inspect({ files: ['shenyang-tiexi-14fyp'], json: path });
    log.mockRestore();
    const json = JSON.parse(readFileSync(path, 'utf8'));
    expect(json.plan.id).toBe('shenyang-tiexi-14fyp');
    expect(json.root.children.length).toBeGreaterThan(10);
    expect(json.messages).toHaveLength(seed('shenyang-tiexi-14fyp').messages.length);
    expect(json.raw).toBeUndefined();
  });

  it('reads the good files and then fails naming the bad ones (exit code 1)', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const error = await inspect({ files: ['anshan-hitech-14fyp', join(dir, 'missing.txt')] }).catch((e: unknown) => e);
    expect(log).toHaveBeenCalledTimes(1);
    log.mockRestore();
    expect(error).toBeInstanceOf(ExitError);
    expect((error as ExitError).code).toBe(1);
    expect((error as ExitError).message).toContain('missing.txt: file not found');
  });
});
