// Hand-built PlanExtractions (tests/fixtures/graph/) and a way to give their
// ids a per-test suffix, so tests sharing one Neo4j never touch each other's data.
import { readFileSync } from 'node:fs';
import type { PlanExtraction } from '../../src/extract/types.js';

export function fixture(name: 'plan-a' | 'plan-b'): PlanExtraction {
  const url = new URL(`../fixtures/graph/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as PlanExtraction;
}

/**
 * The same extraction under plan id `${planId}-${suffix}`; with `entities`,
 * entity ids get the suffix too (names stay, so search still finds them).
 */
export function renamed(extraction: PlanExtraction, suffix: string, options: { entities?: boolean } = {}): PlanExtraction {
  const { planId } = extraction;
  const newPlan = `${planId}-${suffix}`;
  const documentTypes = new Set(['Plan', 'Section', 'Paragraph']);
  const types = new Map(extraction.nodes.map((n) => [n.id, n.type]));
  const mapId = (id: string): string => {
    const type = types.get(id);
    const entity = type !== undefined && !documentTypes.has(type);
    const withPlan = id.split(planId).join(newPlan);
    return entity && options.entities ? `${withPlan}~${suffix}` : withPlan;
  };
  const mapProp = (key: string, value: unknown) =>
    typeof value === 'string' && ['id', 'plan', 'section', 'paragraph'].includes(key) ? value.split(planId).join(newPlan) : value;
  return {
    planId: newPlan,
    messages: [],
    nodes: extraction.nodes.map((n) => ({ ...n, id: mapId(n.id) })),
    relationships: extraction.relationships.map((r) => ({
      ...r,
      start: mapId(r.start),
      end: mapId(r.end),
      properties: Object.fromEntries(Object.entries(r.properties).map(([k, v]) => [k, mapProp(k, v)])) as typeof r.properties,
    })),
  };
}
