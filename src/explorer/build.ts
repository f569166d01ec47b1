// Builds the explorer page (Vite) into dist/explorer when its sources
// changed: `npm start` calls it before listening, `npm run build:explorer`
// forces it, the int tests call it in their setup. The sources' hash is kept
// in dist/explorer/.build-hash. Without the dev tools (a production install)
// it only reports what is there.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HERE = join(ROOT, 'src/explorer');
const OUT = join(ROOT, 'dist/explorer');
const STAMP = join(OUT, '.build-hash');

export interface BuildResult {
  state: 'fresh' | 'built' | 'stale' | 'missing';
  ms: number;
  /** What to do when state is stale or missing. */
  advice?: string;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' ? [] : files(path);
    return [path];
  });
}

/** sha256 over the page's sources, the schema its operations are typed against, and the lock file. */
export function sourceHash(): string {
  const hash = createHash('sha256');
  const inputs = [...files(join(HERE, 'src')), join(HERE, 'index.html'), join(HERE, 'vite.config.ts'), join(HERE, 'codegen.yml'), join(ROOT, 'schema.graphql'), join(ROOT, 'package-lock.json')];
  for (const path of inputs.sort()) {
    if (!existsSync(path)) continue;
    hash.update(relative(ROOT, path)).update('\0').update(readFileSync(path)).update('\0');
  }
  return hash.digest('hex');
}

function canBuild(): boolean {
  return existsSync(join(ROOT, 'node_modules/vite/package.json')) && existsSync(join(ROOT, 'node_modules/.bin/graphql-codegen'));
}

/** Generates the typed operations (src/explorer/src/gql) from schema.graphql. */
export function codegen(): void {
  execFileSync(join(ROOT, 'node_modules/.bin/graphql-codegen'), ['--config', 'src/explorer/codegen.yml', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

export async function ensureExplorerBuilt({ force = false } = {}): Promise<BuildResult> {
  const started = Date.now();
  const hash = sourceHash();
  const built = existsSync(join(OUT, 'index.html'));
  if (!force && built && existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === hash) return { state: 'fresh', ms: Date.now() - started };
  if (!canBuild()) {
    const advice = 'install the dev dependencies (npm install) and run npm run build:explorer';
    return { state: built ? 'stale' : 'missing', ms: Date.now() - started, advice };
  }
  codegen();
  const { build } = await import('vite');
  await build({ configFile: join(HERE, 'vite.config.ts'), logLevel: 'warn' });
  writeFileSync(STAMP, `${hash}\n`);
  return { state: 'built', ms: Date.now() - started };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await ensureExplorerBuilt({ force: process.argv.includes('--force') });
  console.error(`explorer: ${result.state} in ${(result.ms / 1000).toFixed(1)} s${result.advice ? `: ${result.advice}` : ''} (${relative(process.cwd(), OUT)})`);
  if (result.state === 'missing') process.exitCode = 1;
}
