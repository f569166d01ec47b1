// PlanRows → the ordered named queries of one plan's transaction: clear what
// the plan wrote before, then write nodes before the relationships between
// them, in batches of `UNWIND $rows`. Every query name is a file in cypher/.
import { RELATIONSHIP_QUERIES, type LoadStep, type PlanRows } from './types.js';

/** Rows per UNWIND: large enough to amortise round trips, small enough for one Bolt message. */
export const DEFAULT_BATCH_SIZE = 2000;

function batches<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** The steps that remove a plan's facts, sections and paragraphs (not its Plan node). */
export function clearSteps(planId: string): LoadStep[] {
  return [
    { query: 'load/clear-plan-facts', params: { plan: planId }, expect: 0, kind: 'clear facts' },
    { query: 'load/clear-plan-document', params: { plan: planId }, expect: 0, kind: 'clear document' },
  ];
}

/** The last steps of every plan transaction: exact planCount for `entityIds`, then a new graph version (the API's response cache keys on it). */
export function finishSteps(entityIds: string[], batchSize = DEFAULT_BATCH_SIZE): LoadStep[] {
  const steps: LoadStep[] = batches(entityIds, batchSize).map((ids) => ({ query: 'load/refresh-plan-counts', params: { ids }, expect: 0, kind: 'planCount' }));
  steps.push({ query: 'load/bump-graph-version', params: {}, expect: 0, kind: 'graph version' });
  return steps;
}

export interface PlanMeta {
  contentHash: string;
  ingestedAt: string; // ISO timestamp
  /**
   * The graph holds no Plan node of this id, so nothing of the plan exists
   * (every write is one transaction): no clearing needed. Saves planning two
   * queries in a fresh Neo4j, where planning dominates.
   */
  isNew?: boolean;
}

/**
 * The plan's own rows (Sections, Paragraphs, every relationship) are CREATEd:
 * the plan was cleared first in the same transaction, so a MERGE could never
 * match (cypher/README.md, "Why CREATE"). Entities and the Plan node are
 * shared or re-written, so they are merged on id.
 */
export function loadSteps(rows: PlanRows, meta: PlanMeta, batchSize = DEFAULT_BATCH_SIZE): LoadStep[] {
  const steps: LoadStep[] = meta.isNew ? [] : clearSteps(rows.planId);
  const plan = { ...rows.plan, contentHash: meta.contentHash, ingestedAt: meta.ingestedAt };
  steps.push({ query: 'load/merge-plan', params: { props: plan }, expect: 1, kind: 'Plan' });
  const add = (query: string, kind: string, list: unknown[]) => {
    for (const batch of batches(list, batchSize)) steps.push({ query, params: { rows: batch }, expect: batch.length, kind });
  };
  add('load/create-sections', 'Section', rows.sections);
  add('load/create-paragraphs', 'Paragraph', rows.paragraphs);
  // One batch list per type: the summary counts per type; the query is the same.
  for (const [type, list] of [...rows.entities].sort(([a], [b]) => a.localeCompare(b))) add('load/merge-entities', type, list);
  for (const query of RELATIONSHIP_QUERIES) {
    const list = rows.relationships.get(query);
    if (list) add(query, relationshipType(query), list);
  }
  steps.push(...finishSteps([...rows.entities.values()].flatMap((list) => list.map((e) => e.id)), batchSize));
  return steps;
}

/** `load/create-rel-part-of-section-plan` → `PART_OF`. */
function relationshipType(query: string): string {
  const name = query.replace('load/create-rel-', '');
  const base = name.startsWith('part-of') ? 'part-of' : name;
  return base.replace(/-/g, '_').toUpperCase();
}
