// Golden outlines: any change in what the text stage finds (a heading, a
// table, a task, a message) shows up as a diff of a readable file. After a
// deliberate change: `npx tsx tests/text/regenerate-outlines.ts` and review.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { loadManifest } from '../../src/text/manifest.js';
import { formatOutline } from '../../src/text/outline.js';
import { seed } from './helpers.js';

it.each(loadManifest().map((p) => p.id))('%s matches its golden outline', (id) => {
  const golden = readFileSync(new URL(`../fixtures/text/${id}.outline.txt`, import.meta.url), 'utf8');
  expect(`${formatOutline(seed(id))}\n`).toBe(golden);
});
