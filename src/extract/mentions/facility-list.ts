// Facilities named by their place alone, built as projects (rule id `ellipsis:facility-<head>`: the
// place of a listed item is a fragment of the name, as for ellipsis.ts): `改扩建敦煌、嘉峪关和庆阳机场`,
// `新建夏河、陇南、张掖、武威、金昌等机场`, `加快兰州机场改扩建`. Each place + the head is one
// project (coordinated ellipsis, as ellipsis.ts reads parks); a build verb before the list or
// right after the head says the plan builds it (seed/lexicon/facility-build-verbs.json), so
// `增强兰州机场枢纽功能` alone names no project. Heads: seed/lexicon/facility-heads.json.
import type { GazetteerIndex } from '../gazetteer-index.js';
import { lexiconLongestFirst } from '../lexicon.js';
import type { TextUnit } from '../units.js';
import type { Mention } from './mention.js';

const MAX_PLACE = 6;
/** How far before the first item its build verb may stand (`开展新建平凉机场`). */
const VERB_GAP = 2;

export function facilityListMentions(unit: TextUnit, index: GazetteerIndex): Mention[] {
  const text = unit.matchText;
  const heads = lexiconLongestFirst('facility-heads');
  const verbs = lexiconLongestFirst('facility-build-verbs');
  const isPlace = (s: number, e: number) => index.matcher.findAll(text.slice(s, e)).some((h) => h.start === 0 && h.end === e - s && index.entriesOf[h.pattern]!.some((c) => c.entry.type === 'AdminArea'));
  const mentions: Mention[] = [];
  const used = new Set<number>();
  for (const head of heads) {
    for (let at = text.indexOf(head); at !== -1; at = text.indexOf(head, at + 1)) {
      if (used.has(at + head.length)) continue;
      // Items: places separated by 、, the last joined by 和/及, or closed by 等.
      const items: [number, number][] = [];
      let end = text[at - 1] === '等' ? at - 1 : at;
      for (;;) {
        let start = -1;
        for (let len = Math.min(MAX_PLACE, end); len >= 2; len--) if (isPlace(end - len, end)) { start = end - len; break; }
        if (start < 0) break;
        items.unshift([start, end]);
        if ('、和及'.includes(text[start - 1] ?? '') && start > 1) end = start - 1;
        else break;
      }
      if (!items.length) continue;
      const first = items[0]![0];
      const after = at + head.length;
      const verbBefore = verbs.some((v) => { const i = text.lastIndexOf(v, first); return i !== -1 && first - (i + v.length) <= VERB_GAP; });
      const verbAfter = verbs.some((v) => text.startsWith(v, after));
      if (!verbBefore && !verbAfter) continue;
      used.add(after);
      const bare = head;
      items.forEach(([s, e], i) => {
        const last = i === items.length - 1 && text[at - 1] !== '等';
        mentions.push({ unit, start: s, end: last ? after : e, type: 'Project', rule: `ellipsis:facility-${bare}`, name: text.slice(s, e) + bare });
      });
    }
  }
  return mentions;
}
