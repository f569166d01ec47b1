// The words that introduce and close responsible-unit lists, read from the
// reviewed word lists (seed/lexicon/*.json, see its README): a label or an
// ending a new plan needs is a line of data there, not a change here.
import { lexicon } from '../extract/lexicon.js';

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (name: string) => [...lexicon(name)].sort((a, b) => b.length - a.length).map(escape).join('|');
const cached = <T>(make: () => T): (() => T) => {
  let value: T | undefined;
  return () => (value ??= make());
};

/** `责任单位`, `牵头单位`, …: what introduces a list (unit-list-labels). */
export const listLabels = cached(() => [...lexicon('unit-list-labels')]);
/** Verbs after names (unit-role-verbs), longest first so `按职责分工负责` wins over `负责`. */
export const roleVerbs = cached(() => [...lexicon('unit-role-verbs')].sort((a, b) => b.length - a.length));
const organisationEnd = cached(() => new RegExp(`(${alternation('unit-name-endings')})$`));
const governmentStart = cached(() => new RegExp(`^(${alternation('government-unit-prefixes')})`));
const governmentEnd = cached(() => new RegExp(`(${alternation('government-unit-endings')})$`));

/** An organisation's name: short, no clause punctuation, an organisation's ending (a bracketed tail aside). */
export function isOrganisationName(name: string): boolean {
  const core = name.trim().replace(/[((][^()()]*[))]$/, '').replace(/等$/, '');
  return core.length >= 2 && core.length <= 30 && !/[,。;:“”《》的]/.test(core) && organisationEnd().test(core);
}

/** A government unit: a level or class prefix (`市…`, `各…`) or a government body's ending. */
export function isGovernmentUnit(name: string): boolean {
  return governmentStart().test(name) || governmentEnd().test(name);
}
