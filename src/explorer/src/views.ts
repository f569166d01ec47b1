// The cross-plan view (entities named in ≥ N plans: a table, and a
// plan–entity bipartite graph on the canvas) and the indicator view (one
// indicator's baseline and target across plans: a table and a bar chart).
import { request } from './api.js';
import { byId, h, typeBadge } from './dom.js';
import { CompareIndicatorQuery, CrossPlanQuery } from './operations.js';
import type { EntityType, ExplorerCrossPlanQuery } from './gql/graphql.js';
import type { ApiEdge, ApiNode } from './model.js';
import { TYPE_LABELS } from './types.js';

export type CrossRows = ExplorerCrossPlanQuery['crossPlan'];

export async function loadCrossPlan(type: string, minPlans: number): Promise<CrossRows> {
  const { data } = await request(CrossPlanQuery, { type: type as EntityType, minPlans, first: 100 });
  return data.crossPlan;
}

export function renderCrossPlan(rows: CrossRows, pick: (id: string) => void): void {
  const table = byId<HTMLTableElement>('cross-table');
  table.replaceChildren(
    h('caption', {}, `${rows.length} entities`),
    h('thead', {}, h('tr', {}, h('th', {}, 'Entity'), h('th', {}, 'Plans'), h('th', {}, 'Where (first quote per plan)'))),
    h(
      'tbody',
      {},
      rows.map((r) =>
        h(
          'tr',
          {},
          h('td', {}, typeBadge(r.entity.type, TYPE_LABELS[r.entity.type]), ' ', h('a', { href: '#', 'data-id': r.entity.id, onclick: ((e: Event) => (e.preventDefault(), pick(r.entity.id))) as EventListener }, r.entity.name)),
          h('td', { class: 'num' }, String(r.planCount)),
          h('td', {}, h('ul', { class: 'appearances' }, r.appearances.map((a) => h('li', {}, h('b', {}, a.plan.shortTitle ?? a.plan.planId), ' ', a.quotes[0] ? `“${a.quotes[0].quote}” (line ${a.quotes[0].line})` : '')))),
        ),
      ),
    ),
  );
}

/** Plans and entities as a bipartite graph: an edge per plan that names the entity. */
export function bipartite(rows: CrossRows): { nodes: ApiNode[]; edges: ApiEdge[] } {
  const nodes = new Map<string, ApiNode>();
  const edges: ApiEdge[] = [];
  for (const r of rows) {
    nodes.set(r.entity.id, { id: r.entity.id, graphId: r.entity.graphId, label: r.entity.name, type: r.entity.type });
    for (const a of r.appearances) {
      const planId = btoa(`Plan:${a.plan.planId}`); // the plan's global id (plan ids are ASCII)
      nodes.set(planId, { id: planId, graphId: a.plan.planId, label: a.plan.shortTitle ?? a.plan.planId, type: 'Plan' });
      edges.push({ id: `names:${a.plan.planId}:${r.entity.id}`, source: planId, target: r.entity.id, type: 'NAMES', count: a.quotes.length, plans: [a.plan.planId], factIds: [] });
    }
  }
  return { nodes: [...nodes.values()], edges };
}

export async function showIndicator(name: string): Promise<number> {
  const { data } = await request(CompareIndicatorQuery, { name });
  const targets = data.compareIndicator.targets;
  const table = byId<HTMLTableElement>('indicator-table');
  table.replaceChildren(
    h('caption', {}, `${data.compareIndicator.name}: ${targets.length} statement${targets.length === 1 ? '' : 's'}`),
    h('thead', {}, h('tr', {}, ['Plan', 'Period', 'Baseline', 'Target', 'Growth', 'Unit', 'Attribute', 'Section', 'Line', 'Quote'].map((c) => h('th', {}, c)))),
    h(
      'tbody',
      {},
      targets.map((t) =>
        h(
          'tr',
          {},
          h('td', {}, t.plan.shortTitle ?? t.plan.planId),
          h('td', {}, t.period ?? (t.year ? String(t.year) : '')),
          h('td', { class: 'num' }, t.baseline ?? ''),
          h('td', { class: 'num' }, t.target ?? ''),
          h('td', { class: 'num' }, t.growth ?? ''),
          h('td', {}, t.unit ?? ''),
          h('td', {}, t.attribute ?? ''),
          h('td', {}, t.section.heading),
          h('td', { class: 'num' }, String(t.line)),
          h('td', { class: 'quote-cell' }, t.quote),
        ),
      ),
    ),
  );
  renderBars(targets.map((t) => ({ label: `${t.plan.shortTitle ?? t.plan.planId}${t.period ? ` ${t.period}` : ''}`, baseline: t.baselineValue ?? null, target: t.targetValue ?? null, unit: t.unit ?? '' })));
  return targets.length;
}

interface Bar {
  label: string;
  baseline: number | null;
  target: number | null;
  unit: string;
}

/** Grouped horizontal bars (baseline, target) per statement, in SVG; statements without numbers are listed as such. */
function renderBars(bars: Bar[]): void {
  const chart = byId('indicator-chart');
  const numeric = bars.filter((b) => b.baseline !== null || b.target !== null);
  if (numeric.length === 0) {
    chart.replaceChildren(h('p', { class: 'muted' }, 'No numeric baseline or target to chart (values as written are in the table).'));
    return;
  }
  const max = Math.max(...numeric.flatMap((b) => [b.baseline ?? 0, b.target ?? 0]), 1e-9);
  const row = 34;
  const width = 640;
  const left = 190;
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${numeric.length * row + 24}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'Baseline and target per plan');
  const add = (tag: string, attrs: Record<string, string | number>, text?: string) => {
    const el = document.createElementNS(ns, tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
    if (text !== undefined) el.textContent = text;
    svg.append(el);
  };
  numeric.forEach((b, i) => {
    const y = i * row + 4;
    add('text', { x: left - 6, y: y + 18, 'text-anchor': 'end', class: 'bar-label' }, b.label);
    const scale = (v: number) => Math.max(1, (v / max) * (width - left - 90));
    if (b.baseline !== null) {
      add('rect', { x: left, y, width: scale(b.baseline), height: 12, class: 'bar-baseline' });
      add('text', { x: left + scale(b.baseline) + 4, y: y + 10, class: 'bar-value' }, `${b.baseline} ${b.unit}`);
    }
    if (b.target !== null) {
      add('rect', { x: left, y: y + 14, width: scale(b.target), height: 12, class: 'bar-target' });
      add('text', { x: left + scale(b.target) + 4, y: y + 24, class: 'bar-value' }, `${b.target} ${b.unit}`);
    }
  });
  add('rect', { x: left, y: numeric.length * row + 8, width: 10, height: 10, class: 'bar-baseline' });
  add('text', { x: left + 14, y: numeric.length * row + 17, class: 'bar-value' }, 'baseline');
  add('rect', { x: left + 90, y: numeric.length * row + 8, width: 10, height: 10, class: 'bar-target' });
  add('text', { x: left + 104, y: numeric.length * row + 17, class: 'bar-value' }, 'target');
  chart.replaceChildren(svg);
}
