// The honest proxy for a plan nobody has seen: score plan P with the
// gazetteer it would have had if P had never been read, i.e. without every
// entry whose only source is a quote from P. Public entries (the
// administrative divisions, registered names) and entries quoted from other
// plans stay: the gazetteer grows from the plans read before.
import type { Gazetteer } from '../types.js';

export function withoutPlan(gazetteer: Gazetteer, planId: string): Gazetteer {
  return {
    entries: gazetteer.entries.filter((e) => !(e.source.kind === 'plan' && e.source.plan === planId)),
    // Not-entities are generic phrases of plan language (各开发区), not names learnt from P.
    notEntities: gazetteer.notEntities,
  };
}
