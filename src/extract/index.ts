// The extraction pipeline, in order: document nodes, mentions per text unit,
// resolution, plan-local short forms and a second pass for names the first
// pass discovered, then one rule file per relation type.
import type { PlanDocument } from '../text/types.js';
import type { Found, RelateContext } from './context.js';
import { gazetteerEntity, type Entity } from './entity.js';
import { indexGazetteer } from './gazetteer-index.js';
import { GraphBuilder, mergeNode, compare } from './graph-builder.js';
import { addDocumentNodes } from './document-nodes.js';
import { collectMentions, ruleFailed } from './collect.js';
import { regionContext } from './region.js';
import { createResolver } from './resolve.js';
import { mergeShortForms } from './short-forms.js';
import { secondPass } from './second-pass.js';
import { RELATE } from './relations/rules.js';
import type { RelateRule } from './mentions/rule.js';
import { traceFact, tracing } from './mentions/trace.js';
import type { ExtractedGraph, Gazetteer, GraphNode, GraphRelationship, PlanExtraction } from './types.js';
import { walkDocument } from './units.js';

/** `relate`: the relation rules to run (relations/rules.ts; tests pass the registry without one rule). */
export function extractPlan(doc: PlanDocument, gazetteer: Gazetteer, relate: readonly RelateRule[] = RELATE): PlanExtraction {
  const index = indexGazetteer(gazetteer);
  const walk = walkDocument(doc);
  const region = regionContext(doc.plan, index, walk.units.map((u) => u.matchText));
  const messages = [...doc.messages];
  const graph = new GraphBuilder();
  const resolver = createResolver(index, region, messages, (m) => doc.locate(m.unit.block, m.start, m.end));
  addDocumentNodes(doc, walk, graph);

  const areaOfSection = new Map<string, Entity>();
  for (const section of walk.sections) {
    if (section.kind !== 'area') continue;
    const entry = resolver.lookupName(section.heading.replace(/[。.]$/, ''));
    if (entry) areaOfSection.set(section.id, gazetteerEntity(entry));
  }
  const found: Found[] = collectMentions(doc, walk.units, index, region, resolver, areaOfSection, messages);
  mergeShortForms(found, index, messages);
  const second = secondPass(doc, walk.units, found, index);
  found.splice(0, found.length, ...found.filter((f) => !second.replaced.has(f)), ...second.added);
  found.sort((a, b) => a.provenance.start - b.provenance.start || a.provenance.end - b.provenance.end);

  const byUnit = new Map<string, Found[]>();
  for (const f of found) {
    const list = byUnit.get(f.mention.unit.id) ?? [];
    list.push(f);
    byUnit.set(f.mention.unit.id, list);
    graph.addNode(f.entity);
  }
  const units = new Map(walk.units.map((u) => [u.id, u] as const));
  const regionId = region.chain[region.chain.length - 1];
  const regionEntry = regionId ? index.byId.get(regionId) : undefined;
  // A zone's own report on a zone the gazetteer lacks (`拉萨经开区产业集群…`, its chain ends at 拉萨市): the zone
  // as the text names it.
  const ownZone = regionEntry?.type !== 'IndustrialPark' && region.zone ? found.find((f) => f.entity.type === 'IndustrialPark' && f.entity.name === region.zone!.name)?.entity : undefined;
  const regionEntity = ownZone ?? (regionEntry ? gazetteerEntity(regionEntry) : undefined);
  const ctx: RelateContext = { doc, index, region, resolver, walk, found, byUnit, areaOfSection, unitOf: (id) => units.get(id), ...(regionEntity ? { regionEntity } : {}) };
  for (const rule of relate) {
    const facts = rule.run(ctx);
    facts.applyTo(graph, tracing() ? (type, start, end, p) => traceFact(rule.id, type, start, end, p) : undefined);
    messages.push(...facts.messages);
    if (facts.failure) messages.push(ruleFailed(facts.failure.what, facts.failure.error));
  }
  return { planId: doc.plan.id, ...graph.finish(), messages };
}

/** Several plans as one graph: nodes merged by id, facts by fact id. */
export function extractPlans(docs: PlanDocument[], gazetteer: Gazetteer): ExtractedGraph {
  return mergeGraphs(docs.map((doc) => extractPlan(doc, gazetteer)));
}

export function mergeGraphs(graphs: ExtractedGraph[]): ExtractedGraph {
  const nodes = new Map<string, GraphNode>();
  const relationships = new Map<string, GraphRelationship>();
  for (const g of graphs) {
    for (const n of g.nodes) {
      const seen = nodes.get(n.id);
      if (seen) mergeNode(seen, n);
      else nodes.set(n.id, { ...n, aliases: [...n.aliases], properties: { ...n.properties } });
    }
    for (const r of g.relationships) if (!relationships.has(r.properties.id)) relationships.set(r.properties.id, r);
  }
  return {
    nodes: [...nodes.values()].sort((a, b) => compare(a.id, b.id)),
    relationships: [...relationships.values()].sort((a, b) => compare(a.properties.id, b.properties.id)),
  };
}
