// Builds the Java launcher in neo4j/ once and reuses it: Maven runs only when
// pom.xml or the Java sources changed since the last successful build (a stamp
// file holds their hash), because a Maven start costs seconds even when idle.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { PROJECT_ROOT } from './config.js';
import { LauncherError } from './errors.js';

export const LAUNCHER_DIR = path.join(PROJECT_ROOT, 'neo4j');
const TARGET = path.join(LAUNCHER_DIR, 'target');
const STAMP = path.join(TARGET, 'plangraph-build.stamp');
const MAIN_CLASS = path.join(TARGET, 'classes', 'plangraph', 'neo4j', 'Launcher.class');

/** What `java -cp` needs to run the launcher. */
export const LAUNCHER_CLASSPATH = `${path.join(TARGET, 'classes')}${path.delimiter}${path.join(TARGET, 'lib', '*')}`;

/** The `java` to run: $JAVA_HOME/bin/java when set (Maven uses it too), else the one on PATH. */
export function javaCommand(env: Record<string, string | undefined> = process.env): string {
  return env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** Fails with a LauncherError unless a Java 17 or newer is installed. */
export function checkJava(java = javaCommand()): void {
  const result = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (result.error) {
    throw new LauncherError(
      'java-missing',
      `Java was not found ("${java}": ${(result.error as NodeJS.ErrnoException).code}). The local Neo4j needs Java 17 or newer: ` +
        'install one (e.g. `apt install openjdk-17-jdk-headless`), or set NEO4J_URI to a running Neo4j, or use `docker compose up`.',
    );
  }
  const major = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr);
  const version = major ? (major[1] === '1' ? Number(major[2]) : Number(major[1])) : NaN;
  if (!(version >= 17)) {
    throw new LauncherError(
      'java-missing',
      `Java 17 or newer is needed for Neo4j 5.26, found: ${result.stderr.split('\n')[0] ?? '?'}. Install JDK 17+ and put it first on PATH (or set JAVA_HOME), or set NEO4J_URI.`,
    );
  }
}

/** Hash of everything the build depends on: pom.xml and every file under neo4j/src. */
export function sourceHash(): string {
  const hash = createHash('sha256');
  const files = [path.join(LAUNCHER_DIR, 'pom.xml'), ...listFiles(path.join(LAUNCHER_DIR, 'src'))];
  for (const file of files) {
    hash.update(path.relative(LAUNCHER_DIR, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** True when the last successful build used exactly the current sources. */
export function isLauncherBuilt(): boolean {
  if (!existsSync(STAMP) || !existsSync(MAIN_CLASS)) return false;
  return readFileSync(STAMP, 'utf8').trim() === sourceHash();
}

/**
 * Runs Maven unless the stamp matches. Returns whether it built. The first
 * build downloads Neo4j (~125 MB) from Maven Central into ~/.m2.
 */
export async function buildLauncher(log: (line: string) => void = () => {}): Promise<boolean> {
  if (isLauncherBuilt()) return false;
  // `npm start` and `npm test` on a fresh clone must not run two Mavens in one target/.
  return withBuildLock(log, async () => (isLauncherBuilt() ? false : runMaven(log)));
}

async function runMaven(log: (line: string) => void): Promise<boolean> {
  const hash = sourceHash();
  log('Building the local Neo4j launcher with Maven (the first time downloads ~160 MB into ~/.m2)…');
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const mvn = spawn('mvn', ['-q', '-B', 'clean', 'package', 'dependency:copy-dependencies'], {
      cwd: LAUNCHER_DIR,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    mvn.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    mvn.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    mvn.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new LauncherError(
              'maven-missing',
              'Maven (mvn) was not found; it builds the local Neo4j launcher once. Install it (e.g. `apt install maven`), ' +
                'or set NEO4J_URI to a running Neo4j, or use `docker compose up`.',
            )
          : error,
      ),
    );
    mvn.on('close', resolve);
  });
  if (code !== 0) {
    const tail = output.join('').trim().split('\n').slice(-25).join('\n');
    throw new LauncherError(
      'build-failed',
      `Building the Neo4j launcher failed (mvn exit ${code}). Maven Central must be reachable the first time. ` +
        `Retry with \`cd neo4j && mvn -B package dependency:copy-dependencies\` to see the full log.\n${tail}`,
    );
  }
  writeFileSync(STAMP, `${hash}\n`);
  return true;
}

/**
 * One build at a time per checkout: a lock directory in the temp dir holding
 * the builder's pid. A lock whose process is gone (killed mid-build) is taken over.
 */
async function withBuildLock<T>(log: (line: string) => void, build: () => Promise<T>): Promise<T> {
  const id = createHash('sha256').update(LAUNCHER_DIR).digest('hex').slice(0, 12);
  const lock = path.join(os.tmpdir(), `plangraph-launcher-build-${id}.lock`);
  let waited = false;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (!isAlive(readPid(lock), lock)) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (!waited) log('Waiting for another process that is building the Neo4j launcher…');
      waited = true;
      await sleep(500);
    }
  }
  try {
    return await build();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function readPid(lock: string): number | undefined {
  try {
    return Number(readFileSync(path.join(lock, 'pid'), 'utf8')) || undefined;
  } catch {
    return undefined; // just created (pid not written yet) or just removed
  }
}

function isAlive(pid: number | undefined, lock: string): boolean {
  if (pid === undefined) {
    // No pid yet: alive if the lock is seconds old (being written), stale otherwise.
    try {
      return Date.now() - statSync(lock).mtimeMs < 10_000;
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
