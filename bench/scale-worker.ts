// A worker thread of bench/scale.ts: parses and extracts the plans it is
// sent (one at a time), each with its copy's gazetteer (cached per copy), and
// posts the extraction back. Extraction is CPU-bound and per plan, so plans
// run in parallel across workers while the main thread writes.
import { parentPort } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { extractPlan } from '../src/extract/index.js';
import type { Gazetteer } from '../src/extract/types.js';
import { parsePlan } from '../src/text/index.js';
import { corpusGazetteer, type CorpusPlan } from './corpus.js';

const gazetteers = new Map<number, Gazetteer>();

parentPort!.on('message', ({ dir, plan }: { dir: string; plan: CorpusPlan }) => {
  try {
    const started = performance.now();
    let gazetteer = gazetteers.get(plan.copy);
    if (!gazetteer) {
      gazetteers.clear(); // plans come copy by copy: keep one
      gazetteer = corpusGazetteer(dir, plan.copy);
      gazetteers.set(plan.copy, gazetteer);
    }
    const doc = parsePlan(readFileSync(plan.path, 'utf8'), plan);
    const extraction = extractPlan(doc, gazetteer);
    parentPort!.postMessage({ extraction, ms: performance.now() - started });
  } catch (error) {
    parentPort!.postMessage({ error: (error as Error).stack ?? String(error) });
  }
});
