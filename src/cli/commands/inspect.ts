// `plangraph inspect <file…>`: parse plan files with the text stage and show
// what was found, so a person can check a new plan in seconds.
import { writeFileSync } from 'node:fs';
import { loadPlanDocument } from '../../text/index.js';
import { formatOutline } from '../../text/outline.js';
import { TextError } from '../../text/errors.js';
import { expandPlanDirectories } from '../../text/plan-files.js';
import type { PlanDocument } from '../../text/types.js';
import { ExitError, UsageError } from '../errors.js';
import type { CommandRun } from '../types.js';

export interface InspectOptions {
  files: string[];
  /** Write the trees as JSON to this file, `-` for stdout. */
  json?: string;
}

/** The trees without `raw` (the file is on disk) and without the `locate` function. */
function toJson(doc: PlanDocument) {
  return { plan: doc.plan, root: doc.root, messages: doc.messages };
}

export async function inspect(options: InspectOptions): Promise<PlanDocument[]> {
  const docs: PlanDocument[] = [];
  const failures: string[] = [];
  let files: string[];
  try {
    files = expandPlanDirectories(options.files);
  } catch (error) {
    if (error instanceof TextError) throw new ExitError(error.message);
    throw error;
  }
  for (const file of files) {
    try {
      docs.push(loadPlanDocument(file));
    } catch (error) {
      if (!(error instanceof TextError)) throw error;
      failures.push(error.message);
    }
  }
  if (options.json) {
    const json = JSON.stringify(docs.length === 1 && files.length === 1 ? toJson(docs[0]!) : docs.map(toJson), null, 2);
    if (options.json === '-') process.stdout.write(`${json}\n`);
    else writeFileSync(options.json, `${json}\n`);
  }
  if (options.json !== '-' && docs.length) console.log(docs.map(formatOutline).join('\n\n' + '─'.repeat(60) + '\n\n'));
  if (failures.length) throw new ExitError(`could not read ${failures.length} of ${files.length} files:\n  ${failures.join('\n  ')}`);
  return docs;
}

export const run: CommandRun = async ({ positionals, values }) => {
  if (positionals.length === 0) throw new UsageError('inspect needs at least one plan file (or a plan id from seed/plans.json), e.g. `plangraph inspect seed/plans/anshan-14fyp.txt`.');
  const json = typeof values.json === 'string' ? values.json : undefined;
  await inspect(json ? { files: positionals, json } : { files: positionals });
};
