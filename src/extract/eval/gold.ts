// The labelled set (tests/fixtures/gold/<plan>.json, format in its README):
// read-only here; the extractor is scored against it, never tuned into it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../gazetteer.js';

export const DEFAULT_GOLD_DIR = join(projectRoot(), 'tests', 'fixtures', 'gold');
/** Gold labels of the dev set (tests/fixtures/dev/README.md): texts nobody here curated. */
export const DEFAULT_DEV_GOLD_DIR = join(projectRoot(), 'tests', 'fixtures', 'dev', 'gold');

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
  /** Dev gold: an expanded name (`市发改委` → `西宁市发展和改革委员会`); matching it counts like the name. */
  canonical?: string;
  /** Dev gold: other forms the same text writes for this entity (`下陆区政府办公室`). */
  aliases?: string[];
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
  number: string | null;
  heading: string | null;
  units: string[];
  line: number;
  /** Last line of the task when its units sit below it (a table row cut into lines, `责任单位:` two lines down). */
  unitsLine?: number;
  /** Per unit: the organisation it names, or null for a class of units (相关县(市)区) that no LED_BY links. */
  agencies?: (string | null)[];
  /** Per unit: `lead` or `assist`. Absent in the seed gold, whose 责任单位 lists are led by their first unit. */
  roles?: ('lead' | 'assist')[];
}

export interface GoldFile {
  plan: string;
  scope: GoldScope[];
  /** Entity and relation types this file does not label (dev gold: Industry, DEVELOPS): not scored. */
  unlabelled?: { entities?: string[]; relations?: string[] };
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
    const gold: GoldFile = { plan: data.plan, scope: data.scope, entities: data.entities ?? [], relations: data.relations ?? [], indicators: data.indicators ?? [], tasks: data.tasks ?? [] };
    if (data.unlabelled) gold.unlabelled = data.unlabelled;
    return gold;
  });
}

export const inScope = (scope: GoldScope[], line: number, kind?: string): boolean =>
  scope.some((s) => line >= s.from && line <= s.to && (!kind || !s.labels || s.labels.includes(kind)));
