// Places a name carries: `海城市析木500千伏输变电项目` is in 海城市,
// `鞍山中德汽车零部件产业园` in 鞍山市. Read from the canonical name itself,
// so a gazetteer entry and a discovered one are treated alike.
import type { GazetteerIndex } from './gazetteer-index.js';
import { selectLeftmostLongest } from './matcher.js';
import { crossedByWord } from './mentions/gazetteer.js';
import type { Resolver } from './resolve.js';
import type { GazetteerEntry } from './types.js';

/** A span of the name (indices into it). */
export interface Span {
  start: number;
  end: number;
}

/** Types whose names hide places that are theirs, not the container's (`上海庆科信息技术` in a project name). */
const OPAQUE_TYPES = new Set(['Enterprise', 'IndustrialPark', 'Institution', 'Project']);

/**
 * The most specific place named inside `name` (the last one: `中德(沈阳)…产业园鞍山分园`
 * is in 鞍山), not counting places inside a company, park or institute the
 * name contains (`绥中生物技术产业园区热电联产项目` is placed by its park, not here).
 * `owners` are such names found by discovery rather than the gazetteer
 * (`上海羿弓精密科技` in `上海羿弓精密科技氢气隔膜式压缩机项目`, a plan nobody curated).
 */
export function placeInName(name: string, index: GazetteerIndex, resolver: Resolver, self?: string, owners: Span[] = []): GazetteerEntry | undefined {
  const all = index.matcher.findAll(name).filter((h) => !(h.start === 0 && h.end === name.length) && !crossedByWord(name, h.start, h.end));
  // Another spelling of the entity itself (`兴城经济开发区` inside `辽宁兴城经济开发区`) hides nothing.
  const opaque = selectLeftmostLongest(all.filter((h) => index.entriesOf[h.pattern]!.some((s) => OPAQUE_TYPES.has(s.entry.type) && s.entry.id !== self)));
  const places = all
    .filter((h) => index.entriesOf[h.pattern]!.some((s) => s.entry.type === 'AdminArea'))
    .filter((h) => ![...opaque, ...owners].some((o) => o.start <= h.start && h.end <= o.end && o.end - o.start > h.end - h.start));
  for (const hit of selectLeftmostLongest(places).reverse()) {
    const entry = resolver.lookupName(name.slice(hit.start, hit.end));
    if (entry?.type === 'AdminArea') return entry;
  }
  return undefined;
}
