// Starts the local Neo4j launcher (neo4j/) as a child process and stops it
// with the app. Every way it can fail ends in a LauncherError that names the
// cause and the fix, within a bounded time: never a hang.
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import createDebug from 'debug';
import type { LauncherConfig } from './config.js';
import { LauncherError } from './errors.js';
import { LAUNCHER_CLASSPATH, buildLauncher, checkJava, javaCommand } from './launcher-build.js';

const debug = createDebug('plangraph:neo4j');

/**
 * JVM flags Neo4j's own start script also passes: without the --add-opens,
 * Neo4j cannot reach file descriptors for fadvise and fills debug.log with
 * "Incorrect file descriptor" warnings on every log rotation and checkpoint.
 */
const JVM_FLAGS = [
  '-XX:+ExitOnOutOfMemoryError',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
];

export interface LocalNeo4j {
  uri: string;
  pid: number;
  /** Where the store and its logs (logs/debug.log) live. */
  home: string;
  /** Resolves when the process ends, for whatever reason. */
  exited: Promise<LauncherExit>;
  /** SIGTERM, then SIGKILL after `graceMs` (default 15 s). Safe to call twice. */
  stop(graceMs?: number): Promise<LauncherExit>;
}

export interface LauncherExit {
  /** Exit code, or the signal that killed it (SIGKILL after the grace period). The JVM exits 143 after a handled SIGTERM. */
  code: number | string;
  /** The launcher reported that Neo4j shut down (store flushed and unlocked). */
  clean: boolean;
}

export interface StartOptions {
  /** Progress lines for people (building, started). Default: none. */
  log?: (line: string) => void;
}

/** Builds the launcher if needed, starts it and waits for its ready line. */
export async function startLocalNeo4j(config: LauncherConfig, options: StartOptions = {}): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  const java = javaCommand();
  checkJava(java);
  await buildLauncher(log);
  await assertPortFree(config.boltPort);

  const home = path.join(config.dataDir, 'neo4j');
  const child = spawn(
    java,
    [`-Xmx${config.heap}`, ...JVM_FLAGS, '-cp', LAUNCHER_CLASSPATH, 'plangraph.neo4j.Launcher', '--exit-on-stdin-eof'],
    {
      env: {
        ...process.env,
        PLANGRAPH_DATA_DIR: config.dataDir,
        NEO4J_BOLT_PORT: String(config.boltPort),
        NEO4J_PAGECACHE: config.pageCache,
        NEO4J_TX_MEMORY: config.txMemory,
        NEO4J_AUTH: config.password === undefined ? 'none' : `neo4j/${config.password}`,
      },
      // stdin stays open and unused: when this process dies it closes, and the launcher stops itself.
      stdio: ['pipe', 'pipe', 'pipe'],
      // Its own process group: Ctrl-C in a terminal reaches only us, and we stop Neo4j last,
      // after the server and the driver (and without keep-alive mistaking it for a crash).
      detached: true,
    },
  );
  let clean = false;
  const exited = new Promise<LauncherExit>((resolve) => child.on('close', (code, signal) => resolve({ code: code ?? signal ?? -1, clean })));
  const recent: string[] = []; // last lines of stderr, for error messages
  let failure = '';
  createInterface({ input: child.stderr }).on('line', (line) => {
    debug('stderr %s', line);
    if (line.startsWith('PLANGRAPH_NEO4J_FAILED ')) failure = line.slice('PLANGRAPH_NEO4J_FAILED '.length);
    recent.push(line);
    if (recent.length > 20) recent.shift();
  });

  const uri = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new LauncherError(
          'not-ready',
          `Neo4j did not become ready within ${config.startTimeoutMs / 1000} s. Look at ${path.join(home, 'logs', 'debug.log')}; ` +
            `on a slow machine raise NEO4J_START_TIMEOUT (seconds).${recent.length ? `\nLast output:\n${recent.join('\n')}` : ''}`,
        ),
      );
    }, config.startTimeoutMs);
    createInterface({ input: child.stdout }).on('line', (line) => {
      debug('stdout %s', line);
      if (line === 'PLANGRAPH_NEO4J_STOPPED') clean = true;
      const ready = /^PLANGRAPH_NEO4J_READY (\S+)/.exec(line);
      if (ready?.[1]) {
        clearTimeout(timer);
        resolve(ready[1]);
      }
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new LauncherError('crashed', `Could not run ${java}: ${error.message}`, { cause: error }));
    });
    void exited.then(({ code }) => {
      clearTimeout(timer);
      reject(startFailure(code, failure, config, home, recent));
    });
  });

  let stopping: Promise<LauncherExit> | undefined;
  void exited.then(({ code }) => {
    if (!stopping) log(`Neo4j (pid ${child.pid}) stopped unexpectedly (exit ${code}); see ${path.join(home, 'logs', 'debug.log')}`);
  });
  log(`Neo4j is ready at ${uri} (store ${home})`);
  return {
    uri,
    pid: child.pid ?? -1,
    home,
    exited,
    stop(graceMs = 15_000) {
      stopping ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        const exit = await exited;
        clearTimeout(timer);
        return exit;
      })();
      return stopping;
    },
  };
}

function portInUse(port: number): LauncherError {
  return new LauncherError(
    'port-in-use',
    `Port ${port} on 127.0.0.1 is taken. Set NEO4J_BOLT_PORT to a free port, or NEO4J_URI=bolt://127.0.0.1:${port} to use the Neo4j already there.`,
  );
}

function startFailure(code: number | string, failure: string, config: LauncherConfig, home: string, recent: string[]): LauncherError {
  // Exit codes 3 and 4 come from Launcher.java.
  if (code === 3) return portInUse(config.boltPort);
  if (code === 4) {
    return new LauncherError(
      'store-locked',
      `The store ${home} is in use by another Neo4j (another \`plangraph serve\`?). Stop that one, or set PLANGRAPH_DATA_DIR to another directory.`,
    );
  }
  return new LauncherError(
    'crashed',
    `Neo4j stopped while starting (exit ${code})${failure ? `: ${failure}` : ''}. See ${path.join(home, 'logs', 'debug.log')}.` +
      (recent.length ? `\nLast output:\n${recent.slice(-10).join('\n')}` : ''),
  );
}

/** Checked before spawning so a taken port fails in milliseconds, not after the JVM starts. */
async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? portInUse(port)
          : new LauncherError('crashed', `Cannot listen on 127.0.0.1:${port}: ${error.message}`, { cause: error }),
      ),
    );
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}
