// Inside one plan, a discovered short form that is the core of exactly one
// discovered full name is that entity (`云数科技` → `鞍山云数科技有限公司`).
// Two possible full names: no merge, and a message says so.
import type { Message } from '../text/types.js';
import type { Found } from './context.js';
import type { Entity } from './entity.js';
import type { GazetteerIndex } from './gazetteer-index.js';
import { lexicon } from './lexicon.js';
import { LEGAL_ENDINGS } from './resolve.js';

const MIN_SHORT = 2;

export function mergeShortForms(found: Found[], index: GazetteerIndex, messages: Message[]): void {
  const discovered = new Map<string, Entity>();
  for (const f of found) if (!f.entity.entry) discovered.set(f.entity.id, f.entity);
  const all = [...discovered.values()];
  const target = new Map<string, Entity>();
  // Every pair of names is compared: find each name's core once.
  const cores = new Map<string, string>();
  const core = (name: string) => cores.get(name) ?? cores.set(name, coreName(name, index)).get(name)!;
  for (const short of all) {
    if (short.name.length < MIN_SHORT) continue;
    // `株洲高新区` is `株洲高新技术产业开发区` written short, as a bare 高新区 of the plan's city reads.
    const expanded = short.type === 'IndustrialPark' ? expandZone(short.name) : short.name;
    const spelledOut = expanded !== short.name ? all.find((e) => e.type === 'IndustrialPark' && e.name === expanded) : undefined;
    if (spelledOut) {
      target.set(short.id, spelledOut);
      continue;
    }
    const fulls = all.filter((full) => full.type === short.type && full.name.length > short.name.length && isCoreOf(short.name, full.name, core, short.type === 'GovernmentAgency'));
    if (fulls.length === 1) target.set(short.id, fulls[0]!);
    else if (fulls.length > 1) {
      messages.push({ ruleId: 'ambiguous-short-form', reason: `"${short.name}" could be ${fulls.map((f) => f.name).join(' or ')}; kept apart`, severity: 'info', source: 'plangraph:extract' });
    }
  }
  for (const f of found) {
    const full = target.get(f.entity.id);
    if (!full) continue;
    if (!full.aliases.includes(f.entity.name)) full.aliases.push(f.entity.name);
    f.entity = full;
  }
}

/** The name without a legal ending and without a leading place the gazetteer knows. */
export function coreName(name: string, index: GazetteerIndex): string {
  let core = name;
  const ending = LEGAL_ENDINGS.find((e) => core.endsWith(e) && core.length - e.length >= MIN_SHORT);
  if (ending) core = core.slice(0, -ending.length);
  for (let k = Math.min(8, core.length - MIN_SHORT); k >= 2; k--) {
    if (index.lookup(core.slice(0, k)).some((s) => s.entry.type === 'AdminArea')) {
      core = core.slice(k);
      break;
    }
  }
  return core;
}

/**
 * An agency is never the opening of a longer one: `区人民政府` is not
 * `区人民政府办公室`, a government is not its office.
 */
function isCoreOf(short: string, full: string, coreOf: (name: string) => string, exact = false): boolean {
  const core = coreOf(full);
  return core === short || (!exact && core.startsWith(short) && short.length >= 3) || (coreOf(short) === core && !otherPlaces(short, full, core)) || (!exact && endsInFirmWord(full, short));
}

/**
 * Two names that share their core after different places are two things (`敦煌机场`, `嘉峪关机场`:
 * one airport each), not a short and a full form of one.
 */
function otherPlaces(a: string, b: string, core: string): boolean {
  const lead = (n: string) => (n.endsWith(core) ? n.slice(0, n.length - core.length) : '');
  return lead(a) !== '' && lead(b) !== '' && lead(a) !== lead(b);
}

/**
 * `辽宁烽火台科技` is `辽宁烽火台` with a firm's industry word or form (seed/lexicon/firm-endings.json):
 * one firm written short and long (issue 9 §5b).
 */
function endsInFirmWord(full: string, short: string): boolean {
  const rest = full.startsWith(short) ? full.slice(short.length) : '';
  return short.length >= 3 && lexicon('firm-endings').some((e) => rest === e || LEGAL_ENDINGS.some((l) => rest === e + l));
}

/** The usual abbreviations of a zone's kind, spelled out: `高新区` → `高新技术产业开发区`, `经开区` → `经济技术开发区`. */
const ZONE_ABBREVIATIONS: [RegExp, string][] = [
  [/国家高新区$|高新区$/, '高新技术产业开发区'],
  [/经开区$/, '经济技术开发区'],
];

export function expandZone(name: string): string {
  for (const [short, full] of ZONE_ABBREVIATIONS) if (short.test(name)) return name.replace(short, full);
  return name;
}
