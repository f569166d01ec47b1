// Rewrites tests/fixtures/extract/<plan>.json from the current extractor.
// Run after an intended rule change, then review the diff.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGazetteer } from '../../src/extract/gazetteer.js';
import { extractPlan } from '../../src/extract/index.js';
import { loadPlanDocument } from '../../src/text/index.js';
import { loadManifest } from '../../src/text/manifest.js';
import { FIXTURE_DIR, inputsHash, summarise } from './fixtures.js';

mkdirSync(FIXTURE_DIR, { recursive: true });
const gazetteer = loadGazetteer();
for (const plan of loadManifest()) {
  const doc = loadPlanDocument(plan.id);
  const summary = summarise(extractPlan(doc, gazetteer), inputsHash(doc, gazetteer));
  writeFileSync(join(FIXTURE_DIR, `${plan.id}.json`), JSON.stringify(summary, null, 1) + '\n');
  console.log(`${plan.id}: ${summary.entities.length} entities, ${summary.facts.length} facts`);
}
