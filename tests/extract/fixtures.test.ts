import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { loadPlanDocument } from '../../src/text/index.js';
import { loadManifest } from '../../src/text/manifest.js';
import { FIXTURE_DIR, inputsHash, summarise, type PlanSummary } from './fixtures.js';
import { seedGazetteer } from './helpers.js';

// A summary is compared only while the extractor reads what it was made from:
// when the text stage or the gazetteer changes, the summary is stale by
// design and the test says so (regenerate, then review the diff) instead of
// failing on someone else's change.
describe('golden summaries (regenerate with `npx tsx tests/extract/regenerate-fixtures.ts`, review the diff)', () => {
  for (const plan of loadManifest()) {
    const path = join(FIXTURE_DIR, `${plan.id}.json`);
    const expected = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as PlanSummary) : undefined;
    const doc = loadPlanDocument(plan.id);
    const inputs = inputsHash(doc, seedGazetteer());
    const stale = expected !== undefined && expected.inputs !== inputs;
    if (stale) console.warn(`${path}: the parsed document or the gazetteer changed since it was generated; regenerate it and review the diff.`);
    it.skipIf(stale)(plan.id, () => {
      expect(expected, `${path} is missing: run the regenerate script`).toBeDefined();
      expect(summarise(extractPlan(doc, seedGazetteer()), inputs)).toEqual(expected);
    });
  }
});
