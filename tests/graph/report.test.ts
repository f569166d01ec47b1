import { describe, expect, it } from 'vitest';
import { formatIngestReport } from '../../src/graph/ingest/summary.js';
import type { PlanLoadResult } from '../../src/graph/ingest/load-plan.js';
import { displayWidth, textTable } from '../../src/graph/text-table.js';

describe('textTable', () => {
  it('pads by display width (CJK takes two cells) and right-aligns numbers', () => {
    expect(displayWidth('鞍钢ab')).toBe(6);
    const table = textTable(['name', 'n', 's'], [['鞍钢', 5, '0.50'], ['ab', 12, '1.25']]).split('\n');
    expect(table).toEqual(['name   n     s', '----  --  ----', '鞍钢   5  0.50', 'ab    12  1.25']);
  });
});

describe('ingest report', () => {
  const result = (planId: string, over: Partial<PlanLoadResult>): PlanLoadResult => ({
    planId,
    status: 'new',
    contentHash: 'h',
    written: {},
    existing: {},
    removed: { facts: 0, entities: 0 },
    unlinked: 0,
    ms: 300,
    ...over,
  });

  it('shows per plan status and counts, then per type written / new / existing', () => {
    const text = formatIngestReport(
      [
        { extractMs: 120, result: result('p1', { written: { Plan: 1, Section: 3, Enterprise: 4, MENTIONED_IN: 7, PART_OF: 3 }, existing: { Enterprise: 1 } }) },
        { extractMs: 50, result: result('p2', { status: 'unchanged', ms: 3 }) },
      ],
      500,
    );
    const lines = text.split('\n');
    expect(lines[2]).toMatch(/^p1\s+new\s+3\s+0\s+4\s+3\s+1\s+7\s+0\.12\s+0\.30$/);
    expect(lines[3]).toMatch(/^p2\s+unchanged\s+0\s+0\s+0\s+0\s+0\s+0\s+0\.05\s+0\.00$/);
    expect(text).toMatch(/^Enterprise\s+4\s+3\s+1$/m);
    expect(text).toMatch(/^MENTIONED_IN\s+7$/m);
    expect(text).toContain('2 plan(s) in 0.50 s, 1 unchanged (skipped; --force rewrites them)');
  });
});
