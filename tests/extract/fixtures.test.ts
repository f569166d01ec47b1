import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { loadPlanDocument } from '../../src/text/index.js';
import { loadManifest } from '../../src/text/manifest.js';
import { FIXTURE_DIR, inputsHash, summarise, type PlanSummary } from './fixtures.js';
import { seedGazetteer } from './helpers.js';

// A summary records a hash of what the extractor read (parsed document and
// gazetteer). Any change upstream or here fails the test: regenerate, then
// review the diff, so every extraction change is seen in review.
describe('golden summaries (regenerate with `npx tsx tests/extract/regenerate-fixtures.ts`, review the diff)', () => {
  for (const plan of loadManifest()) {
    const path = join(FIXTURE_DIR, `${plan.id}.json`);
    const expected = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as PlanSummary) : undefined;
    const doc = loadPlanDocument(plan.id);
    const inputs = inputsHash(doc, seedGazetteer());
    it(plan.id, () => {
      expect(expected, `${path} is missing: run the regenerate script`).toBeDefined();
      expect(summarise(extractPlan(doc, seedGazetteer()), inputs), `${path} is stale: regenerate it and review the diff`).toEqual(expected);
    });
  }
});
