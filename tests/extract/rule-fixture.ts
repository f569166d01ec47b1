// Run the mention rules over one sentence and see every verdict, with the rule behind it: what
// tests/extract/rules.test.ts checks for each registered rule.
import { indexGazetteer, type GazetteerIndex } from '../../src/extract/gazetteer-index.js';
import { runMentionRules, type Registry } from '../../src/extract/mentions/index.js';
import type { Mention } from '../../src/extract/mentions/mention.js';
import type { Verdict } from '../../src/extract/mentions/trace.js';
import { regionContext } from '../../src/extract/region.js';
import { walkDocument } from '../../src/extract/units.js';
import type { PlanManifestEntry } from '../../src/text/types.js';
import { plan, seedGazetteer, syntheticDoc } from './helpers.js';

export interface Witnessed {
  span: string;
  mention: Mention;
  verdict: Verdict;
}

export interface RuleRun {
  events: Witnessed[];
  /** The spans the stage returns, as written. */
  kept: string[];
}

let index: GazetteerIndex | undefined;

export function runRules(text: string, region: Partial<PlanManifestEntry['region']> = {}, registry?: Registry): RuleRun {
  index ??= indexGazetteer(seedGazetteer());
  const doc = syntheticDoc(plan('t-rules', region), [{ heading: '第一章 发展', paragraphs: [text] }]);
  const walk = walkDocument(doc);
  const unit = walk.units.find((u) => u.text === text)!;
  const context = regionContext(doc.plan, index, walk.units.map((u) => u.matchText));
  const events: Witnessed[] = [];
  const out = runMentionRules(unit, index, context, (m, verdict) => events.push({ span: unit.text.slice(m.start, m.end), mention: m, verdict }), registry);
  return { events, kept: out.map((m) => unit.text.slice(m.start, m.end)) };
}
