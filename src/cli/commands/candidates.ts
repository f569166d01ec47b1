// `plangraph candidates [files…|--all] [--type T] [--json out.json]`: names
// found by discovery rules that the gazetteer lacks, for review.
import { writeFileSync } from 'node:fs';
import { candidates } from '../../extract/report/candidates.js';
import { textTable } from '../../extract/report/count-table.js';
import { ENTITY_TYPES } from '../../extract/types.js';
import { UsageError } from '../errors.js';
import type { CommandRun } from '../types.js';
import { extractAll } from './extract.js';

export interface CandidatesOptions {
  files: string[];
  all: boolean;
  type?: string;
  json?: string;
}

export const run: CommandRun = async ({ positionals, values }) => {
  const options: CandidatesOptions = { files: positionals, all: values.all === true };
  if (typeof values.type === 'string') options.type = values.type;
  if (typeof values.json === 'string') options.json = values.json;
  if (options.type && !(ENTITY_TYPES as readonly string[]).includes(options.type)) {
    throw new UsageError(`Unknown type "${options.type}"; use one of ${ENTITY_TYPES.join(', ')}.`);
  }
  const list = candidates(extractAll(options), options.type);
  if (options.json) {
    const text = JSON.stringify(list, null, 1) + '\n';
    if (options.json === '-') process.stdout.write(text);
    else writeFileSync(options.json, text);
  }
  if (options.json !== '-') {
    const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n) + '…' : s);
    console.log(textTable(['type', 'name', 'plans', 'count', 'rule', 'example'], list.map((c) => [c.type, c.name, c.plans.join(','), c.count, c.rule, `${c.example.plan}:${c.example.line} ${clip(c.example.quote, 30)}`])));
    console.log(`\n${list.length} candidate names${options.json ? `; JSON in ${options.json}` : ''}.`);
  }
  return 0;
};
