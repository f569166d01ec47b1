// Projects named with their phase: `广东鸿图汽车轻量化智能制造华北基地一期项目`,
// `中环信息集团光伏电池片一期项目`, `某某港区(二期)工程`. A phase is built once, by
// someone, somewhere: a kind of project has no 一期. project-name.ts keeps a
// `…项目` only when it names a known place, company or park, so a project of a
// company nobody lists (a brand) was dropped; its phase says it is one project.
import type { GazetteerIndex } from '../gazetteer-index.js';
import { lexiconLongestFirst } from '../lexicon.js';
import type { TextUnit } from '../units.js';
import { leftBoundary } from './boundary.js';
import { isDescriptive } from './generic.js';
import type { Mention } from './mention.js';

/** `一期项目`, `二期工程`, `(一期)项目`. */
const PHASE = /(?:[((][一二三四五六七八九十]期[))]|[一二三四五六七八九十]期)(?:项目|工程)/gu;
const SCAN = 34;
const MIN_CORE = 5;
const MIN_CORE_WITH_EVENT = 2;
const MAX_NAME = 34;

export function phaseProjectMentions(unit: TextUnit, index: GazetteerIndex): Mention[] {
  const text = unit.matchText;
  const mentions: Mention[] = [];
  for (const m of text.matchAll(PHASE)) {
    const at = m.index!;
    const end = at + m[0].length;
    const start = leftBoundary(text, at, end, SCAN);
    const core = text.slice(start, at);
    // The core must be a name: long enough, opening with its own word (`重大工程一期项目` is a kind); a short
    // one will do when something happens to the phase (`洪屏二期项目完成核准`: project-event.ts).
    const happens = lexiconLongestFirst('project-event-verbs').some((v) => text.startsWith(v, end));
    if (core.length < (happens ? MIN_CORE_WITH_EVENT : MIN_CORE) || end - start > MAX_NAME || isDescriptive(core, index) || isDescriptive(core.slice(0, 2), index)) continue;
    mentions.push({ unit, start, end, type: 'Project', rule: `phase-project:${m[0].replace(/[()()]/gu, '')}`, name: text.slice(start, end) });
  }
  return mentions;
}
