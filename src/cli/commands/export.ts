import { ExitError } from '../errors.js';
import type { CommandRun } from '../types.js';

// Placeholder until issue #5 lands; replaced by the real command.
export const run: CommandRun = async () => {
  throw new ExitError('"export" is not implemented yet (issue #5).');
};
