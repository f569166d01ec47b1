#!/usr/bin/env node
// The one exit path: parse argv, run the command, map errors to exit codes
// (0 ok, 1 bad input or environment, 2 bad usage; anything else is a bug).
import { parseArgs } from 'node:util';
import { commands } from './cli.js';
import { ExitError, UsageError } from './errors.js';
import type { CommandSpec } from './types.js';

function helpText(spec?: CommandSpec): string {
  if (!spec) {
    const width = Math.max(...commands.map((c) => c.name.length));
    return [
      'Usage: plangraph <command> [options]',
      '',
      'Commands:',
      ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.description}`),
      '',
      'Run `plangraph <command> --help` for its options.',
    ].join('\n');
  }
  const options = Object.entries(spec.options).map(
    ([name, o]) => `  --${name}${o.type === 'string' ? ' <value>' : ''}  ${o.description}${o.default !== undefined ? ` (default: ${String(o.default)})` : ''}`,
  );
  return [
    `Usage: plangraph ${spec.usage}`,
    '',
    spec.description,
    '',
    'Options:',
    ...options,
    '  --help  Show this help',
    '',
    'Examples:',
    ...spec.examples.map((e) => `  ${e}`),
  ].join('\n');
}

/** argv (without node and script) → the command and its parsed arguments. */
export function parseCommandLine(argv: string[]) {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') return { help: helpText() };
  const spec = commands.find((c) => c.name === name);
  if (!spec) throw new UsageError(`Unknown command "${name}".\n\n${helpText()}`);
  if (rest.includes('--help') || rest.includes('-h')) return { help: helpText(spec) };
  try {
    const { values, positionals } = parseArgs({ args: rest, options: spec.options, allowPositionals: true, strict: true });
    return { spec, args: { values, positionals } };
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${helpText(spec)}`);
  }
}

export async function main(argv: string[]): Promise<number> {
  const parsed = parseCommandLine(argv);
  if ('help' in parsed) {
    console.log(parsed.help);
    return 0;
  }
  const { run } = await parsed.spec.load();
  return (await run(parsed.args)) ?? 0;
}

const isEntry = import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('/src/cli/index.ts');
if (isEntry) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof ExitError) {
        console.error(`plangraph: ${error.message}`);
        process.exitCode = error.code;
      } else {
        console.error(error);
        process.exitCode = 70; // internal error: a bug, please report it
      }
    },
  );
}
