// Which plans a command works on: the files named (a directory: its *.txt),
// or every seed plan.
// Shared by `extract`, `candidates` and `eval`.
import { loadManifest } from '../text/manifest.js';
import { loadPlanDocument } from '../text/index.js';
import { TextError } from '../text/errors.js';
import { expandPlanDirectories } from '../text/plan-files.js';
import type { PlanDocument } from '../text/types.js';

export class PlanInputError extends Error {
  override name = 'PlanInputError';
}

export function loadPlans(files: string[], all: boolean): PlanDocument[] {
  if (all && files.length > 0) throw new PlanInputError('Give either plan files or --all, not both.');
  if (!all && files.length === 0) throw new PlanInputError('Name at least one plan file (or a plan id from seed/plans.json), or pass --all.');
  let targets: string[];
  try {
    targets = all ? loadManifest().map((p) => p.id) : expandPlanDirectories(files);
  } catch (error) {
    if (error instanceof TextError) throw new PlanInputError(error.message);
    throw error;
  }
  return targets.map((target) => {
    try {
      return loadPlanDocument(target);
    } catch (error) {
      if (error instanceof TextError) throw new PlanInputError(error.message);
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new PlanInputError(`${target}: no such file, and no plan with that id in seed/plans.json. Check the path, or run with --all.`);
      }
      throw error;
    }
  });
}
