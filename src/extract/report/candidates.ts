// Names the extractor found by pattern that the gazetteer does not have:
// what a curator reviews to grow the gazetteer.
import type { PlanExtraction } from '../types.js';

export interface Candidate {
  id: string;
  name: string;
  type: string;
  plans: string[];
  /** Mentions across all plans. */
  count: number;
  rule: string;
  example: { plan: string; line: number; quote: string };
}

/** Types whose non-gazetteer nodes are candidates (indicators and tasks are always the plan's own). */
const CANDIDATE_TYPES = new Set(['AdminArea', 'IndustrialPark', 'Enterprise', 'Project', 'GovernmentAgency', 'Institution', 'Industry']);

export function candidates(extractions: PlanExtraction[], type?: string): Candidate[] {
  const byId = new Map<string, Candidate>();
  for (const e of extractions) {
    const nodes = new Map(e.nodes.map((n) => [n.id, n] as const));
    for (const r of e.relationships) {
      if (r.type !== 'MENTIONED_IN') continue;
      const node = nodes.get(r.start);
      if (!node || node.properties.gazetteer !== false || !CANDIDATE_TYPES.has(node.type) || (type && node.type !== type)) continue;
      let c = byId.get(node.id);
      if (!c) {
        c = {
          id: node.id,
          name: node.name,
          type: node.type,
          plans: [],
          count: 0,
          rule: String(node.properties.discoveredBy ?? r.properties.rule),
          example: { plan: e.planId, line: Number(r.properties.line), quote: String(r.properties.quote) },
        };
        byId.set(node.id, c);
      }
      c.count++;
      if (!c.plans.includes(e.planId)) c.plans.push(e.planId);
    }
  }
  return [...byId.values()].sort((a, b) => a.type.localeCompare(b.type) || b.count - a.count || a.name.localeCompare(b.name));
}
