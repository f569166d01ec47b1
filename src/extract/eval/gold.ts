// The labelled set (tests/fixtures/gold/<plan>.json, format in its README):
// read-only here; the extractor is scored against it, never tuned into it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../gazetteer.js';

export const DEFAULT_GOLD_DIR = join(projectRoot(), 'tests', 'fixtures', 'gold');

export interface GoldScope {
  from: number;
  to: number;
  what?: string;
  /** What was labelled in this range; all kinds when absent (`["indicators"]`: only indicator rows). */
  labels?: string[];
}

export interface GoldEntity {
  type: string;
  name: string;
  surface?: string;
  line: number;
}

export interface GoldRelation {
  type: string;
  start: string;
  end: string;
  line: number;
}

/** One indicator row; values exactly as written. Extra keys (note) are ignored. */
export type GoldIndicator = Record<string, string | number | boolean | null> & { name: string; line: number };

export interface GoldTask {
  number: string;
  heading: string;
  units: string[];
  line: number;
}

export interface GoldFile {
  plan: string;
  scope: GoldScope[];
  entities: GoldEntity[];
  relations: GoldRelation[];
  indicators: GoldIndicator[];
  tasks: GoldTask[];
}

export class GoldError extends Error {
  override name = 'GoldError';
}

export function loadGold(dir: string = DEFAULT_GOLD_DIR): GoldFile[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  } catch {
    throw new GoldError(`Cannot read the gold folder ${dir}; run from the project root.`);
  }
  if (files.length === 0) throw new GoldError(`No gold files in ${dir} yet: nothing to score.`);
  return files.map((file) => {
    const path = join(dir, file);
    let data: Partial<GoldFile>;
    try {
      data = JSON.parse(readFileSync(path, 'utf8')) as Partial<GoldFile>;
    } catch (error) {
      throw new GoldError(`${path} is not valid JSON (${(error as Error).message}).`);
    }
    if (typeof data.plan !== 'string' || !Array.isArray(data.scope)) throw new GoldError(`${path}: needs "plan" and "scope" (see ${dir}/README.md).`);
    return { plan: data.plan, scope: data.scope, entities: data.entities ?? [], relations: data.relations ?? [], indicators: data.indicators ?? [], tasks: data.tasks ?? [] };
  });
}

export const inScope = (scope: GoldScope[], line: number, kind?: string): boolean =>
  scope.some((s) => line >= s.from && line <= s.to && (!kind || !s.labels || s.labels.includes(kind)));
