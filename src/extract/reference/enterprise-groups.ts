// The large groups plans name by brand (中石油, 中海油, 中国移动, 中车, 华润, 京东…):
// seed/reference/enterprise-groups.json, a reviewed list of the central SOEs
// that SASAC publishes and the largest listed and private groups, each with
// its registered name, the short forms in common use and its source. A short
// form is read as the firm only in a company context (mentions/reference.ts).
import { join } from 'node:path';
import { projectRoot } from '../gazetteer.js';
import type { GazetteerEntry } from '../types.js';
import { ReferenceError, readReferenceArray } from './reference-file.js';

export const ENTERPRISE_GROUPS_FILE = join(projectRoot(), 'seed', 'reference', 'enterprise-groups.json');

export interface EnterpriseGroup {
  /** Registered name (工商登记名称). */
  name: string;
  shortForms: string[];
  kind: 'central-soe' | 'listed-or-private';
  source: { kind: string; url?: string; note: string };
}

let loaded: GazetteerEntry[] | undefined;

/** The groups as gazetteer entries (`Enterprise:<registered name>`), read and checked once. */
export function loadEnterpriseGroups(file: string = ENTERPRISE_GROUPS_FILE): GazetteerEntry[] {
  if (loaded && file === ENTERPRISE_GROUPS_FILE) return loaded;
  const data = readReferenceArray(file, 'groups') as Partial<EnterpriseGroup>[];
  const entries = data.map((g, i): GazetteerEntry => {
    if (typeof g?.name !== 'string' || !Array.isArray(g.shortForms) || typeof g.source?.note !== 'string') {
      throw new ReferenceError(`${file}[${i}]: a group needs "name", "shortForms" and "source" {note, url?}.`);
    }
    const where = g.source.url ? `${g.source.note}, ${g.source.url}` : g.source.note;
    return { id: `Enterprise:${g.name}`, type: 'Enterprise', name: g.name, aliases: [...g.shortForms], source: { kind: 'public', note: where } };
  });
  if (file === ENTERPRISE_GROUPS_FILE) loaded = entries;
  return entries;
}
