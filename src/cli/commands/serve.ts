import { ExitError } from '../errors.js';
import type { CommandRun } from '../types.js';

// Placeholder until issue #2 lands; replaced by the real command.
export const run: CommandRun = async () => {
  throw new ExitError('"serve" is not implemented yet (issue #2).');
};
