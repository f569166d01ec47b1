// What is in the graph: nodes per label, relationships per type, and per plan
// its document size, facts per type and entities per type.
import type { Executor } from './executor.js';

export interface PlanStats {
  plan: string;
  name: string;
  contentHash: string | null;
  ingestedAt: string | null;
  sections: number;
  paragraphs: number;
  relationships: Record<string, number>;
  entities: Record<string, number>;
}

export interface GraphStats {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  plans: PlanStats[];
}

export async function graphStats(executor: Executor): Promise<GraphStats> {
  const options = { timeoutMs: 60_000 };
  const [labels, types, plans, planRels, planEntities] = await Promise.all([
    executor.read<{ label: string; count: number }>('stats/nodes-per-label', {}, options),
    executor.read<{ type: string; count: number }>('stats/relationships-per-type', {}, options),
    executor.read<Omit<PlanStats, 'relationships' | 'entities'>>('stats/plans', {}, options),
    executor.read<{ plan: string; type: string; count: number }>('stats/plan-relationships', {}, options),
    executor.read<{ plan: string; type: string; count: number }>('stats/plan-entities', {}, options),
  ]);
  const perPlan = (rows: { plan: string; type: string; count: number }[], plan: string) =>
    Object.fromEntries(rows.filter((r) => r.plan === plan).map((r) => [r.type, r.count]));
  return {
    nodes: Object.fromEntries(labels.map((r) => [r.label, r.count])),
    relationships: Object.fromEntries(types.map((r) => [r.type, r.count])),
    plans: plans.map((p) => ({ ...p, relationships: perPlan(planRels, p.plan), entities: perPlan(planEntities, p.plan) })),
  };
}
