import { describe, expect, it } from 'vitest';
import { run as extract } from '../../src/cli/commands/extract.js';
import { run as candidates } from '../../src/cli/commands/candidates.js';
import { run as evalCommand } from '../../src/cli/commands/eval.js';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExitError, UsageError } from '../../src/cli/errors.js';

describe('extract and candidates commands', () => {
  it('says which file is missing', async () => {
    await expect(extract({ positionals: ['no/such/plan.txt'], values: {} })).rejects.toThrow(ExitError);
    await expect(extract({ positionals: ['no/such/plan.txt'], values: {} })).rejects.toThrow(/no\/such\/plan\.txt/);
  });
  it('asks for files or --all, not both and not neither', async () => {
    await expect(extract({ positionals: [], values: {} })).rejects.toThrow(UsageError);
    await expect(extract({ positionals: ['a.txt'], values: { all: true } })).rejects.toThrow(/not both/);
  });
  it('rejects an unknown --type', async () => {
    await expect(candidates({ positionals: [], values: { all: true, type: 'Company' } })).rejects.toThrow(/Unknown type "Company"/);
  });
});

describe('eval command', () => {
  it('--unseen, --dev and --heldout pick their reports; without them all four, and the unseen one scores lower than the seed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plangraph-eval-'));
    const log = console.log;
    console.log = () => {};
    try {
      await evalCommand({ positionals: [], values: { unseen: true, json: join(dir, 'u.json') } });
      await evalCommand({ positionals: [], values: { dev: true, json: join(dir, 'd.json') } });
      await evalCommand({ positionals: [], values: { heldout: true, json: join(dir, 'h.json') } });
      await evalCommand({ positionals: [], values: { json: join(dir, 'both.json') } });
    } finally {
      console.log = log;
    }
    const unseen = JSON.parse(readFileSync(join(dir, 'u.json'), 'utf8'));
    const both = JSON.parse(readFileSync(join(dir, 'both.json'), 'utf8'));
    const dev = JSON.parse(readFileSync(join(dir, 'd.json'), 'utf8'));
    const heldout = JSON.parse(readFileSync(join(dir, 'h.json'), 'utf8'));
    expect(Object.keys(unseen)).toEqual(['unseen']);
    expect(Object.keys(dev)).toEqual(['dev']);
    expect(Object.keys(heldout)).toEqual(['heldout']);
    expect(Object.keys(both).sort()).toEqual(['dev', 'heldout', 'seed', 'unseen']);
    expect(both.dev.plans.every((p: string) => p.startsWith('dev-'))).toBe(true);
    expect(both.heldout.plans.length).toBeGreaterThanOrEqual(8);
    expect(both.heldout.plans.every((p: string) => p.startsWith('heldout-'))).toBe(true);
    expect(both.dev.taskScores.LED_BY.tp + both.dev.taskScores.LED_BY.fn).toBeGreaterThan(0);
    expect(both.unseen.entities.Enterprise.recall).toBeLessThan(both.seed.entities.Enterprise.recall);
    expect(both.unseen.plans).toEqual(both.seed.plans);
  }, 180_000);
});
