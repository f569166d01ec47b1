// Reading the reviewed reference files of seed/reference/: one JSON array
// each, with an error that names the file and says what to do.
import { readFileSync } from 'node:fs';

export class ReferenceError extends Error {
  override name = 'ReferenceError';
}

/** The file's JSON array; `items` names what it holds, for the error ("groups", "places"). */
export function readReferenceArray(file: string, items: string): unknown[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ReferenceError(`Cannot read ${file} (${(error as Error).message}); fix or restore the file.`);
  }
  if (!Array.isArray(data)) throw new ReferenceError(`${file} must hold a JSON array of ${items}.`);
  return data;
}
