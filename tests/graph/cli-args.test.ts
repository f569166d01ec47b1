// Argument handling of ingest, stats and export, table-style: argv → options
// or the UsageError (exit 2) a script can rely on. Nothing here opens Neo4j.
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/cli/index.js';
import { ExitError, UsageError } from '../../src/cli/errors.js';
import { exportOptions } from '../../src/cli/commands/export.js';
import { ingestOptions } from '../../src/cli/commands/ingest.js';
import { run as stats } from '../../src/cli/commands/stats.js';
import type { ParsedArgs } from '../../src/cli/types.js';

function args(argv: string[]): ParsedArgs {
  const parsed = parseCommandLine(argv);
  if ('help' in parsed) throw new Error('help');
  return parsed.args;
}

describe('ingest arguments', () => {
  it.each([
    [['ingest', 'a.txt', 'b.txt'], { mode: 'ingest', targets: ['a.txt', 'b.txt'], force: false }],
    [['ingest', 'a.txt', '--force'], { mode: 'ingest', targets: ['a.txt'], force: true }],
    [['ingest', 'a.txt', '--json', 'out.json'], { mode: 'ingest', targets: ['a.txt'], force: false, json: 'out.json' }],
    [['ingest', '--remove', 'huludao-14fyp'], { mode: 'remove', plan: 'huludao-14fyp' }],
  ])('%j', (argv, expected) => {
    expect(ingestOptions(args(argv))).toEqual(expected);
  });

  it('--all names every plan of seed/plans.json', () => {
    const options = ingestOptions(args(['ingest', '--all']));
    expect(options).toMatchObject({ mode: 'ingest', force: false });
    expect(options.mode === 'ingest' && options.targets).toEqual(['anshan-14fyp', 'anshan-ycydlq-2022', 'huludao-14fyp', 'anshan-hitech-14fyp', 'shenyang-tiexi-14fyp']);
  });

  it.each([
    [['ingest'], /Name at least one plan file/],
    [['ingest', 'a.txt', '--all'], /either plan files or --all/],
    [['ingest', '--remove', 'x', 'a.txt'], /cannot be combined/],
    [['ingest', '--remove', 'x', '--force'], /cannot be combined/],
    [['ingest', '--remove', ' '], /needs a plan id/],
  ])('%j is a usage error', (argv, message) => {
    expect(() => ingestOptions(args(argv))).toThrow(UsageError);
    expect(() => ingestOptions(args(argv))).toThrow(message);
  });

  it.each([[['ingest', '--remove']], [['ingest', '--bogus']], [['export', '--format']]])('%j fails in the parser with exit 2', (argv) => {
    try {
      parseCommandLine(argv);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
      expect((error as ExitError).code).toBe(2);
    }
  });

  it.each([['ingest'], ['stats'], ['export']])('%s --help shows its options and examples', (name) => {
    const parsed = parseCommandLine([name, '--help']);
    expect('help' in parsed && parsed.help).toMatch(new RegExp(`Usage: plangraph ${name}[\\s\\S]*Options:[\\s\\S]*Examples:`));
  });
});

describe('export arguments', () => {
  it.each([
    [['export'], { format: 'json' }],
    [['export', '--format', 'graphml', '--output', 'g.graphml'], { format: 'graphml', output: 'g.graphml' }],
    [['export', '--format', 'csv', '--plan', 'anshan-14fyp', '--output', 'out/'], { format: 'csv', plan: 'anshan-14fyp', output: 'out/' }],
  ])('%j', (argv, expected) => {
    expect(exportOptions(args(argv))).toEqual(expected);
  });

  it.each([
    [['export', '--format', 'xml'], /--format must be one of json, graphml, csv/],
    [['export', '--format', 'csv'], /give a folder with --output/],
    [['export', '--plan', ''], /--plan needs a plan id/],
    [['export', 'stray'], /takes options only/],
  ])('%j is a usage error', (argv, message) => {
    expect(() => exportOptions(args(argv))).toThrow(UsageError);
    expect(() => exportOptions(args(argv))).toThrow(message);
  });
});

describe('stats arguments', () => {
  it('rejects positionals before touching the database', async () => {
    await expect(stats(args(['stats', 'anshan-14fyp']))).rejects.toBeInstanceOf(UsageError);
  });
});
