// The choice among overlapping proposals: leftmost-longest, rule priority on
// equal spans, each chosen name with the names inside it.
import type { GazetteerIndex } from '../gazetteer-index.js';
import { selectLeftmostLongest } from '../matcher.js';
import { foldForm } from './agency.js';
import { BLOCKED } from './blockers.js';
import { isGenericPlace, isGenericProject } from './filters.js';
import type { Mention } from './mention.js';
import { placeLengthAt } from './place-at.js';
import { companyAtStart } from './project-owner.js';
import { innerZoneMentions } from './zone-nesting.js';
import type { Choice, ChoiceContext } from './rule.js';

export function chooseMentions(all: readonly Mention[], ctx: ChoiceContext): Choice {
  const { known, index } = ctx;
  const places = known.filter((m) => m.type === 'AdminArea');
  // Names that can sit inside a longer one: the gazetteer's, companies found by their ending
  // (`后英集团` in `后英集团产能置换、紫竹集团铁塔用耐候钢等重大项目`) and zones opening a park's name
  // (`天津经开区` in `天津经开区现代产业园`).
  const owners = ['enum-before', 'counted-list', 'project-name'].flatMap((id) => ctx.raw.get(id) ?? [])
    .map((m) => companyAtStart(m, ctx.descriptive, (text) => placeLengthAt(text, index)))
    .filter((m): m is Mention => !!m);
  const named = ctx.discovered.get('suffix') ?? [];
  const innerNames = [...known, ...named.filter((a) => a.type === 'Enterprise' && !isGenericPlace(a, index)), ...owners, ...innerZoneMentions([...named], index)];
  const chosen = choose(all, known, innerNames, places, index, ctx.priorityOf);
  // A project found only by its ending that turns out to name nothing (`成经开区工字形象廊道工程`) must not
  // hide the names inside it (经开区): choose again without it.
  const empty = new Set(chosen.filter((m) => m.rule.startsWith('project-name') && isGenericProject(m, index)));
  if (!empty.size) return { chosen, dropped: [] };
  return {
    chosen: choose(all.filter((m) => !empty.has(m)), known, innerNames, places, index, ctx.priorityOf),
    dropped: [...empty].map((mention) => ({ mention, reason: 'a project naming nothing, chosen again without it' })),
  };
}

/** One leftmost-longest choice among the proposals (rule priority on equal spans), each chosen name with the names inside it. */
function choose(all: readonly Mention[], known: readonly Mention[], innerNames: Mention[], places: Mention[], index: GazetteerIndex, priorityOf: (m: Mention) => number): Mention[] {
  const proposals = all
    .map((m, i) => ({ m, i, p: priorityOf(m) }))
    .sort((a, b) => a.p - b.p || a.i - b.i)
    .map(({ m }) => m);
  const selected = selectLeftmostLongest(proposals);
  // A designation blocks the places and companies inside it, not the industry it is about (`先进装备制造业基地`).
  const blocked = selected.filter((m) => m.rule === BLOCKED);
  const industries = selectLeftmostLongest(known.filter((k) => k.type === 'Industry' && blocked.some((b) => b.start <= k.start && k.end <= b.end)));
  const chosen = [...selected, ...industries].filter((m) => m.rule !== BLOCKED && !index.notEntities.has(foldForm(m.name))).sort((a, b) => a.start - b.start);
  for (const m of chosen) {
    // Other spellings of the same entry inside it (`鞍钢矿业东部尾矿再选` in `…再选项目`) are not names inside it.
    const own = new Set((m.candidates ?? []).map((c) => c.entry.id));
    const inside = selectLeftmostLongest(
      innerNames.filter((k) => k.start >= m.start && k.end <= m.end && (k.start > m.start || k.end < m.end) && !k.candidates?.some((c) => own.has(c.entry.id))),
    );
    const samePlace = m.rule.startsWith('ellipsis') ? places.filter((p) => p.start === m.start && p.end === m.end) : [];
    if (inside.length || samePlace.length) m.nested = [...samePlace, ...inside];
    else delete m.nested;
  }
  return chosen;
}
