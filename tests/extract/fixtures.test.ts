import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/extract/index.js';
import { loadPlanDocument } from '../../src/text/index.js';
import { loadManifest } from '../../src/text/manifest.js';
import { FIXTURE_DIR, summarise } from './fixtures.js';
import { seedGazetteer } from './helpers.js';

describe('golden summaries (regenerate with `npx tsx tests/extract/regenerate-fixtures.ts`, review the diff)', () => {
  for (const plan of loadManifest()) {
    it(plan.id, () => {
      const path = join(FIXTURE_DIR, `${plan.id}.json`);
      expect(existsSync(path), `${path} is missing: run the regenerate script`).toBe(true);
      const expected = JSON.parse(readFileSync(path, 'utf8'));
      expect(summarise(extractPlan(loadPlanDocument(plan.id), seedGazetteer()))).toEqual(expected);
    });
  }
});
