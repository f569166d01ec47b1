// Foreign countries and cities that plans name as cooperation partners
// (`加强与日本、韩国、俄罗斯在新能源…方面的合作`, `在德国法兰克福等境外建设…展示中心`):
// seed/reference/foreign-places.json, a small reviewed list, each place with
// the name the Ministry of Foreign Affairs writes, its full name and its
// source. The national division dataset (divisions.ts) covers China only.
// Ids are paths from the country (`AdminArea:德国/法兰克福`).
import { join } from 'node:path';
import { projectRoot } from '../gazetteer.js';
import type { GazetteerEntry } from '../types.js';
import { ReferenceError, readReferenceArray } from './reference-file.js';

export const FOREIGN_PLACES_FILE = join(projectRoot(), 'seed', 'reference', 'foreign-places.json');

export interface ForeignPlace {
  /** The name as 外交部 writes it (`俄罗斯`, `蒙古国`). */
  name: string;
  /** Full names and other spellings trusted anywhere (`俄罗斯联邦`). */
  aliases: string[];
  level: 'country' | 'foreign-city';
  /** A city's country (its `name`). */
  in?: string;
  source: { kind: string; url?: string; note: string };
  /** A seed plan naming the place, when one does. */
  example?: { kind: 'plan'; plan: string; quote: string };
}

let loaded: GazetteerEntry[] | undefined;

/** The places as gazetteer entries (`AdminArea:俄罗斯`, `AdminArea:德国/法兰克福`), read and checked once. */
export function loadForeignPlaces(file: string = FOREIGN_PLACES_FILE): GazetteerEntry[] {
  if (loaded && file === FOREIGN_PLACES_FILE) return loaded;
  const places = readReferenceArray(file, 'places') as Partial<ForeignPlace>[];
  const countries = new Set(places.filter((p) => p?.level === 'country').map((p) => p.name));
  const entries = places.map((p, i): GazetteerEntry => {
    if (typeof p?.name !== 'string' || !Array.isArray(p.aliases) || typeof p.source?.note !== 'string' || (p.level !== 'country' && p.level !== 'foreign-city')) {
      throw new ReferenceError(`${file}[${i}]: a place needs "name", "aliases", "level" (country | foreign-city) and "source" {note, url?}.`);
    }
    if (p.level === 'foreign-city' && !countries.has(p.in)) {
      throw new ReferenceError(`${file}[${i}] (${p.name}): "in" must name a country of the list, not ${JSON.stringify(p.in)}.`);
    }
    const where = p.source.url ? `${p.source.note}, ${p.source.url}` : p.source.note;
    const entry: GazetteerEntry = {
      id: p.level === 'country' ? `AdminArea:${p.name}` : `AdminArea:${p.in}/${p.name}`,
      type: 'AdminArea',
      name: p.name,
      aliases: [...p.aliases],
      level: p.level,
      source: { kind: 'public', note: where },
    };
    if (p.level === 'foreign-city') entry.locatedIn = `AdminArea:${p.in}`;
    return entry;
  });
  if (file === FOREIGN_PLACES_FILE) loaded = entries;
  return entries;
}

/** A place outside China: named as a partner, never where a plan's park, firm or project lies. */
export const isForeign = (entry: GazetteerEntry | undefined): boolean => entry?.level === 'country' || entry?.level === 'foreign-city';
