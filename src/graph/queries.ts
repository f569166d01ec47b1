// Every Cypher query is a file under cypher/, named by its path without the
// extension: query('system/counts') is cypher/system/counts.cypher. Code picks
// a name and params; executor.ts runs it. Files are read once and cached.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './config.js';
import { UnknownQueryError } from './errors.js';

export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');
const NAME = /^[a-z0-9][a-z0-9_-]*(\/[a-z0-9][a-z0-9_-]*)*$/;
const cache = new Map<string, string>();
const sent = new Map<string, string>();

/**
 * The text of one single-statement query as sent to Neo4j: without its
 * comments (they stay in the file, for review), its indentation and a
 * trailing `;`. The driver writes a query in 1,400-byte chunks, one socket
 * write each: the comments made read/paths-shortest four writes and the
 * hand-written query's one.
 */
export function query(name: string): string {
  let text = sent.get(name);
  if (text === undefined) {
    const list = statements(queryFile(name));
    text = list.length === 1 ? list[0]! : queryFile(name).replace(/;\s*$/, '');
    sent.set(name, text);
  }
  return text;
}

/**
 * Registers a query made in code (src/api/compile-traverse.ts) under `name`,
 * so the executor runs it like a file; a name under cypher/ cannot be redefined.
 */
export function defineQuery(name: string, text: string): void {
  if (!NAME.test(name) || !name.startsWith('compiled/')) throw new UnknownQueryError(`Compiled query name "${name}" must start with "compiled/" and use lowercase path segments`);
  const known = cache.get(name);
  if (known !== undefined && known !== text) throw new UnknownQueryError(`Compiled query "${name}" is already defined with another text`);
  cache.set(name, text);
}

/** The raw text of cypher/<name>.cypher, for multi-statement scripts (see `statements`). */
export function queryFile(name: string): string {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  if (!NAME.test(name)) {
    throw new UnknownQueryError(`Query name "${name}" is not valid: use lowercase path segments without extension, e.g. "system/counts"`);
  }
  let text: string;
  try {
    text = readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    const known = listQueries();
    const near = known.filter((k) => k.split('/')[0] === name.split('/')[0]);
    throw new UnknownQueryError(
      `Unknown query "${name}": there is no cypher/${name}.cypher. ${near.length ? `Queries nearby: ${near.join(', ')}` : `Known queries: ${known.join(', ')}`}`,
    );
  }
  if (text === '') throw new UnknownQueryError(`Query "${name}" (cypher/${name}.cypher) is empty`);
  cache.set(name, text);
  return text;
}

/** Every query name under cypher/, sorted (for tests that EXPLAIN them all). */
export function listQueries(): string[] {
  return readdirSync(CYPHER_DIR, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.cypher'))
    .map((entry) => path.relative(CYPHER_DIR, path.join(entry.parentPath, entry.name)).replace(/\\/g, '/').replace(/\.cypher$/, ''))
    .sort();
}

/**
 * Splits a script into statements at `;`, skipping `;` inside quotes,
 * backticks and comments, and dropping comments and empty statements; each
 * run of whitespace outside quotes becomes one space.
 */
export function statements(script: string): string[] {
  const result: string[] = [];
  let current = '';
  for (let i = 0; i < script.length; i++) {
    const c = script[i]!;
    const next = script[i + 1];
    if (c === '/' && next === '/') {
      const end = script.indexOf('\n', i);
      i = end === -1 ? script.length : end - 1;
    } else if (c === '/' && next === '*') {
      const end = script.indexOf('*/', i + 2);
      i = end === -1 ? script.length : end + 1;
      if (!current.endsWith(' ')) current += ' ';
    } else if (/\s/.test(c)) {
      if (!current.endsWith(' ')) current += ' ';
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < script.length && script[j] !== c) j += script[j] === '\\' ? 2 : 1;
      current += script.slice(i, j + 1);
      i = j;
    } else if (c === ';') {
      result.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  result.push(current);
  return result.map((s) => s.trim()).filter((s) => s !== '');
}
