// Regenerate the golden outlines (tests/fixtures/text/<plan>.outline.txt) that
// outline-golden.test.ts compares against. Run after a deliberate change to
// the text stage and review the diff: `npx tsx tests/text/regenerate-outlines.ts`.
import { writeFileSync } from 'node:fs';
import { loadPlanDocument } from '../../src/text/index.js';
import { loadManifest } from '../../src/text/manifest.js';
import { formatOutline } from '../../src/text/outline.js';

for (const plan of loadManifest()) {
  const path = new URL(`../fixtures/text/${plan.id}.outline.txt`, import.meta.url);
  writeFileSync(path, `${formatOutline(loadPlanDocument(plan.id))}\n`);
  console.log(`wrote ${path.pathname}`);
}
