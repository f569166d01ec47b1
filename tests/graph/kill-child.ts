// Child process for the kill -9 test (seed-plans.int.test.ts): loads the
// PlanExtraction in argv[3] into the Neo4j at argv[2], announcing each step
// on stdout and pausing after it, so the parent can SIGKILL it mid-transaction.
import { readFileSync } from 'node:fs';
import type { PlanExtraction } from '../../src/extract/types.js';
import { createDriver } from '../../src/graph/driver.js';
import { createExecutor } from '../../src/graph/executor.js';
import { loadPlan } from '../../src/graph/ingest/load-plan.js';

const [uri, file] = process.argv.slice(2);
const extraction = JSON.parse(readFileSync(file!, 'utf8')) as PlanExtraction;
const driver = createDriver({ uri: uri!, user: 'neo4j', password: undefined, database: 'neo4j' });
await loadPlan(createExecutor(driver, 'neo4j'), extraction, {
  force: true,
  batchSize: 100,
  onStep: async (done, total) => {
    process.stdout.write(`STEP ${done}/${total}\n`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  },
});
process.stdout.write('DONE\n');
await driver.close();
