// A park named by descriptive words alone (`智慧物流产业园`) is mostly a kind
// of park (`建设一批智慧物流产业园`, filters.ts drops it). Its clause can make it
// one park: as the subject of a predicate that selects or approves one thing
// (`智慧物流产业园入选…`), or as the object of a verb that built or approved it,
// right after the verb or a level (`建成省大数据产业园`, `建成省软件与信息服务产业园`),
// and the items listed after such an object. Nothing else: no quantifier, no `的`.
import { lexicon, lexiconLongestFirst } from '../lexicon.js';
import type { Mention } from './mention.js';

const SUBJECT_PREDICATES = lexicon('park-subject-predicates');
const OBJECT_VERBS = lexiconLongestFirst('park-object-verbs');
/** Where a clause starts: a subject opens it (or a list of subjects). */
const CLAUSE_START = /^$|[,,。;;::!?!?、\n]$/;
/** What may stand between the verb and the park's own words: a level, and descriptive words joined by 与/和 to them. */
const OBJECT_LEAD = /^(省|市|国家|省级|市级|国家级)?(?:(\p{Script=Han}{2,8}?)(与|和))?$/u;
const LIST_ITEM_END = /^($|[,,。;;、])/;
const MAX_LEAD = 12;

/**
 * The descriptive park mentions of one unit that their clause names as one park, marked `namedBy`
 * (`subject` or `object`) and, for an object, reaching back to the verb (`省软件与信息服务产业园`).
 */
export function parksNamedByClause(mentions: readonly Mention[], descriptive: (words: string) => boolean): Mention[] {
  const accepted: Mention[] = [];
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  return sorted.map((m) => {
    if (m.type !== 'IndustrialPark' || !m.rule.startsWith('suffix:')) return m;
    const text = m.unit.matchText;
    const after = text.slice(m.end);
    if (CLAUSE_START.test(text.slice(Math.max(0, m.start - 1), m.start)) && SUBJECT_PREDICATES.some((p) => after.startsWith(p))) {
      return keep({ ...m, namedBy: 'subject' });
    }
    if (!LIST_ITEM_END.test(after)) return m;
    // The next item of a list whose first item is such an object (`建成A产业园、B产业园`).
    if (text[m.start - 1] === '、' && accepted.some((a) => a.end === m.start - 1 && a.namedBy === 'object')) return keep({ ...m, namedBy: 'object' });
    const before = text.slice(Math.max(0, m.start - MAX_LEAD), m.start);
    for (let cut = 0; cut <= before.length; cut++) {
      const lead = before.slice(cut);
      const verb = OBJECT_VERBS.find((v) => before.slice(0, cut).endsWith(v));
      if (!verb) continue;
      const shape = OBJECT_LEAD.exec(lead);
      if (!shape || (shape[2] && !descriptive(shape[2]))) continue;
      const start = m.start - lead.length;
      return keep({ ...m, start, name: text.slice(start, m.end), namedBy: 'object' });
    }
    return m;
  });

  function keep(m: Mention): Mention {
    accepted.push(m);
    return m;
  }
}
