// A project that something happens to: `铜钵河流域水生态环境保护川渝联防联治项目完成部分生活污水
// 管网铺设`, `天津港保税区第一中学项目启动建设`. project-name.ts keeps a `…项目` only when it
// names a known place, company or park; a project named by a river, a school or a brand
// nobody lists was dropped. A verb of its own events right after the name (started,
// finished, signed: seed/lexicon/project-event-verbs.json) says it is one project, as
// park-context.ts reads a descriptive park as one park by its clause.
import type { GazetteerIndex } from '../gazetteer-index.js';
import { lexiconLongestFirst } from '../lexicon.js';
import type { TextUnit } from '../units.js';
import { leftBoundary } from './boundary.js';
import { isDescriptive } from './generic.js';
import type { Mention } from './mention.js';

const NAMED_TYPES = new Set(['Enterprise', 'IndustrialPark', 'Institution', 'Project']);
function namesKnown(core: string, index: GazetteerIndex): boolean {
  return index.matcher.findAll(core).some((h) => index.entriesOf[h.pattern]!.some((c) => NAMED_TYPES.has(c.entry.type) && c.kind !== 'context'));
}

/** Words before 项目 that make it a kind (`重点项目`, `一批项目`, `等项目`), as in project-name.ts. */
const KIND_BEFORE = /(重点|重大|一批|相关|有关|等|各类|个|批)$/u;
const SCAN = 34;
const MIN_CORE = 6;
const MAX_NAME = 32;

export function projectEventMentions(unit: TextUnit, index: GazetteerIndex): Mention[] {
  const text = unit.matchText;
  const verbs = lexiconLongestFirst('project-event-verbs');
  const mentions: Mention[] = [];
  for (let at = text.indexOf('项目'); at !== -1; at = text.indexOf('项目', at + 1)) {
    const end = at + 2;
    const verb = verbs.find((v) => text.startsWith(v, end));
    if (!verb || KIND_BEFORE.test(text.slice(0, at))) continue;
    const start = leftBoundary(text, at, end, SCAN);
    const core = text.slice(start, at);
    if (core.length < MIN_CORE || end - start > MAX_NAME || /^\d/.test(core) || isDescriptive(core, index) || isDescriptive(core.slice(0, 2), index)) continue;
    // A project naming a known company, park or project is project-name.ts's (`鞍山华润热电联产项目建成投产`).
    if (namesKnown(core, index)) continue;
    mentions.push({ unit, start, end, type: 'Project', rule: `project-event:${verb}`, name: text.slice(start, end) });
  }
  return mentions;
}
