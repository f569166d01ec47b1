// `npm run bench`: every benchmark in turn, each in its own process (so one
// stage's JIT and heap do not colour the next), writing bench/results/*.md.
// Name some to run only those: `npm run bench -- text extract`.
import { spawnSync } from 'node:child_process';

const ALL = ['text', 'extract', 'ingest', 'api'] as const;

const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !(ALL as readonly string[]).includes(name));
if (unknown.length) {
  console.error(`Unknown benchmark: ${unknown.join(', ')}. Choose from: ${ALL.join(', ')}.`);
  process.exit(2);
}

let failed = 0;
for (const name of chosen.length ? chosen : ALL) {
  console.log(`\n== bench/${name}.ts → bench/results/${name}.md`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', `bench/${name}.ts`], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
