// Reads the curated gazetteer (seed/gazetteer/*.json). Read-only: the
// extractor never writes it; what it misses is reported by `candidates`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENTITY_TYPES, type Gazetteer, type GazetteerEntry } from './types.js';

/** The project root: the nearest folder above this file holding package.json, so any working directory works. */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export const DEFAULT_GAZETTEER_DIR = join(projectRoot(), 'seed', 'gazetteer');
const NOT_ENTITIES_FILE = 'not-entities.json';

export class GazetteerError extends Error {
  override name = 'GazetteerError';
}

export function loadGazetteer(dir: string = DEFAULT_GAZETTEER_DIR): Gazetteer {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  } catch {
    throw new GazetteerError(`Cannot read the gazetteer folder ${dir}; run from the project root or pass its path.`);
  }
  const gazetteer: Gazetteer = { entries: [], notEntities: [] };
  for (const file of files) {
    const path = join(dir, file);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new GazetteerError(`${path} is not valid JSON (${(error as Error).message}); fix the file.`);
    }
    if (!Array.isArray(data)) throw new GazetteerError(`${path} must hold a JSON array.`);
    if (file === NOT_ENTITIES_FILE) gazetteer.notEntities.push(...data.map((item) => notEntityName(item, path)));
    else gazetteer.entries.push(...data.map((item, i) => checkEntry(item, `${path}[${i}]`)));
  }
  return gazetteer;
}

function notEntityName(item: unknown, path: string): string {
  if (typeof item === 'string') return item;
  const { form, name } = (item ?? {}) as { form?: unknown; name?: unknown };
  if (typeof form === 'string') return form;
  if (typeof name === 'string') return name;
  throw new GazetteerError(`${path}: every item must be a string or have a "form".`);
}

function checkEntry(item: unknown, where: string): GazetteerEntry {
  const e = item as Partial<GazetteerEntry> | null;
  if (!e || typeof e.id !== 'string' || typeof e.name !== 'string') throw new GazetteerError(`${where}: an entry needs "id" and "name".`);
  if (!ENTITY_TYPES.includes(e.type as never)) throw new GazetteerError(`${where} (${e.id}): unknown type "${String(e.type)}"; use one of ${ENTITY_TYPES.join(', ')}.`);
  return { ...e, aliases: Array.isArray(e.aliases) ? e.aliases : [] } as GazetteerEntry;
}
