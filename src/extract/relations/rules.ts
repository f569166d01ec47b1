// The relation rules, in the order they run (phase `relate`, issue 9 §5c):
// each reads the resolved mentions (RelateContext) and returns the facts it
// states (facts.ts); extract/index.ts adds them to the graph in this order
// (the first writer of a node's property wins). A rule is one entry here plus
// its file; tests/extract/relate-rules.test.ts holds a sentence for each id.
import type { ExtractionContext, RelateContext } from '../context.js';
import { addTargets } from '../indicators.js';
import { addDevelops } from './develops.js';
import type { RelateRule } from '../mentions/rule.js';
import { Facts } from './facts.js';
import { addHosts } from './hosts.js';
import { addInvolves } from './involves.js';
import { addTasks } from './led-by.js';
import { addLocatedIn } from './located-in.js';
import { addMentionedIn } from './mentioned-in.js';

/** A rule written against a sink: given a fresh Facts of its own, whose content it returns. */
function stating(write: (ctx: ExtractionContext) => void): (ctx: RelateContext) => Facts {
  return (ctx) => {
    const facts = new Facts();
    try {
      write({ ...ctx, graph: facts, messages: facts.messages });
    } catch (error) {
      facts.failure = { what: write.name, error };
    }
    return facts;
  };
}

export const RELATE: readonly RelateRule[] = [
  { id: 'mentioned-in', phase: 'relate', priority: 0, about: 'entity → section for every mention, quoting it', run: stating(addMentionedIn) },
  {
    id: 'located-in', phase: 'relate', priority: 1,
    about: 'a place the name carries (`海城菱镁工业园` → 海城市), the hierarchy, the area sub-section, `A位于B`',
    run: stating(addLocatedIn),
  },
  { id: 'led-by', phase: 'relate', priority: 2, about: 'tasks and their 牵头/责任/配合 units, in order, with their role', run: stating(addTasks) },
  { id: 'hosts', phase: 'relate', priority: 3, about: 'park → firm where a sentence says so (`<园区>依托A、B等龙头企业`, `A入驻<园区>`)', run: stating(addHosts) },
  { id: 'develops', phase: 'relate', priority: 4, about: 'park or area → industry (`<园区>重点发展…等产业`, an industry its name carries)', run: stating(addDevelops) },
  { id: 'involves', phase: 'relate', priority: 5, about: 'project → the company its name opens with (`鞍钢矿业尾矿…项目`)', run: stating(addInvolves) },
  { id: 'has-target', phase: 'relate', priority: 6, about: 'plan → indicator with its target: indicator tables, running-text and task targets', run: stating(addTargets) },
];
