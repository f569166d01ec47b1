// Configuration from the environment, read once at the edge and passed down
// as plain values (nothing below this file reads process.env). Every variable
// is listed in README.md ("Configuration").
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from './errors.js';

/** The repository root: defaults (data dir, launcher sources) are found from here, not from the cwd. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** How to reach Neo4j. `uri` undefined means "start the local launcher". */
export interface Neo4jConfig {
  uri: string | undefined;
  user: string;
  password: string | undefined;
  database: string;
}

/** Settings of the local launcher (used only when NEO4J_URI is unset). */
export interface LauncherConfig {
  /** The store is `<dataDir>/neo4j`. */
  dataDir: string;
  boltPort: number;
  heap: string; // JVM -Xmx, e.g. 512m
  pageCache: string;
  txMemory: string;
  /** When set, auth is on with user neo4j and this password; otherwise off (loopback only). */
  password: string | undefined;
  startTimeoutMs: number;
}

export interface AppConfig {
  neo4j: Neo4jConfig;
  launcher: LauncherConfig;
  /** HTTP port of the GraphQL server. */
  port: number;
  /** Interface the GraphQL server listens on: loopback unless HOST widens it (e.g. 0.0.0.0 in a container). */
  host: string;
}

type Env = Record<string, string | undefined>;

/** Reads and validates every variable; throws ConfigError naming the variable and the expected form. */
export function readConfig(env: Env = process.env): AppConfig {
  const uri = text(env, 'NEO4J_URI');
  if (uri !== undefined && !/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^/\s]+/.test(uri)) {
    throw new ConfigError(`NEO4J_URI="${uri}" is not a Neo4j URI: use e.g. bolt://localhost:7687 or neo4j+s://host:7687, or unset it to start the local Neo4j`);
  }
  const user = text(env, 'NEO4J_USER') ?? 'neo4j';
  const password = text(env, 'NEO4J_PASSWORD');
  if (uri === undefined && password !== undefined && user !== 'neo4j') {
    throw new ConfigError(`NEO4J_USER="${user}": the local Neo4j only has the user "neo4j"; unset NEO4J_USER or set NEO4J_URI to your own server`);
  }
  if (uri === undefined && password !== undefined && password.length < 8) {
    throw new ConfigError('NEO4J_PASSWORD must have at least 8 characters (Neo4j refuses shorter ones), or be unset to run the local Neo4j without auth');
  }
  const dataDir = text(env, 'PLANGRAPH_DATA_DIR');
  return {
    neo4j: { uri, user, password, database: text(env, 'NEO4J_DATABASE') ?? 'neo4j' },
    launcher: {
      dataDir: dataDir === undefined ? path.join(PROJECT_ROOT, '.data') : path.resolve(dataDir),
      boltPort: port(env, 'NEO4J_BOLT_PORT', 7687),
      heap: size(env, 'NEO4J_HEAP', '512m'),
      pageCache: size(env, 'NEO4J_PAGECACHE', '256m'),
      txMemory: size(env, 'NEO4J_TX_MEMORY', '256m'),
      password,
      startTimeoutMs: seconds(env, 'NEO4J_START_TIMEOUT', 120) * 1000,
    },
    port: port(env, 'PORT', 4000),
    host: host(env, 'HOST', '127.0.0.1'),
  };
}

function text(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function port(env: Env, name: string, fallback: number): number {
  const value = text(env, name);
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 65535) {
    throw new ConfigError(`${name}="${value}" is not a port: use a whole number from 1 to 65535 (default ${fallback})`);
  }
  return n;
}

/** A host name or IP address to listen on, e.g. 127.0.0.1, ::1, 0.0.0.0. */
function host(env: Env, name: string, fallback: string): string {
  const value = text(env, name);
  if (value === undefined) return fallback;
  if (!/^[\w.:-]+$/.test(value)) {
    throw new ConfigError(`${name}="${value}" is not a host to listen on: use an address such as 127.0.0.1 (default, this machine only) or 0.0.0.0 (every interface)`);
  }
  return value;
}

/** Sizes as the JVM and Neo4j write them: 512m, 1g, 800k (a bare number is bytes). */
function size(env: Env, name: string, fallback: string): string {
  const value = text(env, name);
  if (value === undefined) return fallback;
  if (!/^\d+[kmg]?$/i.test(value)) {
    throw new ConfigError(`${name}="${value}" is not a size: use a number with k, m or g, e.g. ${fallback}`);
  }
  return value.toLowerCase();
}

function seconds(env: Env, name: string, fallback: number): number {
  const value = text(env, name);
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) {
    throw new ConfigError(`${name}="${value}" is not a number of seconds: use e.g. ${fallback}`);
  }
  return n;
}
