// Command-line targets → plan files: a directory stands for every `*.txt`
// directly inside it (sorted), so `plangraph ingest plans/` takes a folder of
// plans; files and plan ids pass through unchanged.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { TextError } from './errors.js';

/** Throws TextError('directory') for a directory without any .txt file. */
export function expandPlanDirectories(targets: string[]): string[] {
  return targets.flatMap((target) => {
    if (!isDirectory(target)) return [target];
    const files = readdirSync(target, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.txt'))
      .map((entry) => join(target, entry.name))
      .sort();
    if (files.length === 0) {
      throw new TextError(target, 'directory', 'is a directory with no .txt plan files in it; name the plan files, or put the plans there as UTF-8 .txt files.');
    }
    return files;
  });
}

function isDirectory(target: string): boolean {
  try {
    return statSync(target).isDirectory();
  } catch {
    return false; // a plan id or a missing file: reading it says what is wrong
  }
}
