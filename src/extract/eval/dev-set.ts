// The dev set (tests/fixtures/dev): real plan excerpts from public pages,
// outside the seeds' province, that nothing in the gazetteer was read from.
// The manifest says what each text is and where it was found; SOURCES.md
// says the same for people.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../gazetteer.js';
import { GoldError } from './gold.js';

export const DEV_DIR = join(projectRoot(), 'tests', 'fixtures', 'dev');

/** What a text is: the genres the dev set must cover (tests/fixtures/dev/README.md). */
export const DEV_GENRES = ['five-year-plan', 'annual-plan', 'zone-plan', 'task-division', 'action-plan', 'indicator-table', 'work-report'] as const;
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
    throw new GoldError(`Cannot read the dev manifest ${path} (${(error as Error).message}); see tests/fixtures/dev/README.md.`);
  }
}

export const devTextPath = (text: DevText, dir: string = DEV_DIR): string => join(dir, text.file);
