// The sets of real texts (tests/fixtures/dev, tests/fixtures/heldout): plan
// excerpts from public pages, outside the seeds' province, that nothing in
// the gazetteer was read from. The dev set is what rule writers look at; the
// held-out set is kept out of their sight, so that its scores stay honest.
// Both have the same layout: a manifest says what each text is and where it
// was found, SOURCES.md says the same for people, gold/ holds the labels.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../gazetteer.js';
import { GoldError } from './gold.js';

export const DEV_DIR = join(projectRoot(), 'tests', 'fixtures', 'dev');
/** Fresh texts no rule was tuned on (tests/fixtures/heldout/README.md). */
export const HELDOUT_DIR = join(projectRoot(), 'tests', 'fixtures', 'heldout');

/** The sets of real texts, by the name `plangraph eval` gives their table. */
export const TEXT_SETS = { dev: DEV_DIR, heldout: HELDOUT_DIR } as const;
export type TextSetName = keyof typeof TEXT_SETS;

/** What a text is: the genres the dev set must cover (tests/fixtures/dev/README.md). */
export const DEV_GENRES = ['five-year-plan', 'annual-plan', 'zone-plan', 'task-division', 'action-plan', 'indicator-table', 'work-report', 'project-list'] as const;
export type DevGenre = (typeof DEV_GENRES)[number];

export interface DevText {
  /** The file's name without `.txt`; the plan id the extractor infers from it. */
  id: string;
  file: string;
  title: string;
  province: string;
  /** City, district or zone the text is about. */
  place: string;
  genre: DevGenre;
  script: 'simplified' | 'traditional';
  /** The public page the excerpt was copied from. */
  source: string;
  /** UTC date the page was read (YYYY-MM-DD). */
  retrieved: string;
  note?: string;
}

export function loadDevManifest(dir: string = DEV_DIR): DevText[] {
  const path = join(dir, 'manifest.json');
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as DevText[];
  } catch (error) {
    throw new GoldError(`Cannot read the manifest ${path} (${(error as Error).message}); see ${join(dir, 'README.md')}.`);
  }
}

export const devTextPath = (text: DevText, dir: string = DEV_DIR): string => join(dir, text.file);
/** A set's labels live in its `gold/` folder. */
export const goldDirOf = (dir: string): string => join(dir, 'gold');
