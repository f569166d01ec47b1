// The explorer page: search → canvas → expand / path → provenance, the
// cross-plan and indicator views, exports and the view in the URL.
import './style.css';
import { ApiError, request } from './api.js';
import { Canvas } from './canvas.js';
import { byId, h } from './dom.js';
import type { FactType } from './gql/graphql.js';
import { addEdge, addSubgraph, collapse, createGraph, toJSON, type ApiEdge, type ApiNode } from './model.js';
import { IndicatorNamesQuery, NeighborhoodQuery, NodesQuery, PathsQuery, PlansQuery } from './operations.js';
import { clearPanel, showEdge, showNode } from './panel.js';
import { setupSearch, type Pick } from './search.js';
import { emptyState, expansionKey, readState, writeState, type Expansion, type ViewState } from './state.js';
import { ENTITY_TYPES, FACT_TYPES, TYPE_LABELS, colorOf } from './types.js';
import type { CrossRows } from './views.js';

// Not needed for the first view: the cross-plan and indicator views and the exports load on first use.
const views = () => import('./views.js');
const exporters = () => import('./exporters.js');

const graph = createGraph();
let state: ViewState = readState(location.hash);
const planTitles = new Map<string, string>();
let crossRows: CrossRows = [];

// ── messages ──────────────────────────────────────────────────────────────
const message = byId('message');
let messageTimer: number | undefined;
function showMessage(text: string, kind: 'error' | 'info' = 'info', advice?: string): void {
  message.className = `message ${kind}`;
  message.replaceChildren(h('span', {}, text), advice ? h('span', { class: 'advice' }, advice) : '', h('button', { class: 'close', 'aria-label': 'Close', onclick: () => (message.hidden = true) }, '×'));
  message.hidden = false;
  window.clearTimeout(messageTimer);
  if (kind === 'info') messageTimer = window.setTimeout(() => (message.hidden = true), 4000);
}
function showError(error: unknown): void {
  if (error instanceof ApiError) showMessage(error.message, 'error', error.advice);
  else showMessage(error instanceof Error ? error.message : String(error), 'error', 'Try again; if it persists, reload the page.');
}
const busy = (on: boolean) => document.body.classList.toggle('busy', on);

// ── canvas ────────────────────────────────────────────────────────────────
const menu = byId<HTMLUListElement>('menu');
const canvas = new Canvas(graph, byId('canvas'), {
  clickNode: (id, shift) => select(id, shift),
  doubleClickNode: (id) => void expand(id),
  rightClickNode: (id, x, y) => openMenu(id, x, y),
  clickEdge: (id) => selectEdge(id),
  clickStage: () => {
    closeMenu();
    canvas.selected.clear();
    canvas.selectedEdge = null;
    canvas.pathNodes.clear();
    canvas.pathEdges.clear();
    state.selected = null;
    save();
    canvas.refresh();
  },
});
canvas.onLayoutChange = (running) => (byId('btn-layout').textContent = running ? 'Layout ■' : 'Layout ▶');
// Once per frame, not once per added node or edge: an expansion adds hundreds, and each DOM write
// invalidates style (22 ms of a 2-hop expansion's script time in a CPU profile).
let countsQueued = false;
const queueCounts = () => {
  if (countsQueued) return;
  countsQueued = true;
  queueMicrotask(() => {
    countsQueued = false;
    updateCounts();
  });
};
graph.on('nodeAdded', queueCounts);
graph.on('nodeDropped', queueCounts);
graph.on('edgeAdded', queueCounts);

function updateCounts(): void {
  byId('counts').textContent = `${graph.order} nodes · ${graph.size} edges`;
  byId('empty-hint').hidden = graph.order > 0;
  document.body.dataset.nodes = String(graph.order);
}

function save(): void {
  const hash = writeState(state);
  if (hash !== location.hash) history.replaceState(null, '', hash === '#' ? location.pathname : hash);
}

function planTitle(planId: string): string {
  return planTitles.get(planId) ?? planId;
}
const panelActions = { showError, planTitle };

function select(id: string, shift: boolean): void {
  closeMenu();
  if (!shift) canvas.selected.clear();
  canvas.selected.add(id);
  canvas.selectedEdge = null;
  state.selected = id;
  save();
  canvas.refresh();
  void showNode(id, panelActions);
}

function selectEdge(id: string): void {
  const a = graph.getEdgeAttributes(id);
  const [source, target] = graph.extremities(id);
  canvas.selectedEdge = id;
  canvas.refresh();
  const label = `${graph.getNodeAttribute(source, 'label')} —${a.relation}→ ${graph.getNodeAttribute(target, 'label')}`;
  if (a.factIds.length) void showEdge(label, a.factIds, panelActions);
  else if (a.plans[0]) void showNode(target, panelActions, a.plans[0]); // a bipartite edge: the entity's quotes in that plan
}

// ── adding to the canvas ──────────────────────────────────────────────────
async function place(picks: Pick[], remember = true): Promise<void> {
  if (picks.length === 0) return;
  const ids = picks.map((p) => p.id);
  // Edges among the picks and what is already there come with a 1-hop look (cheap, bounded).
  addSubgraph(graph, picks.map((p) => ({ id: p.id, graphId: '', label: p.label, type: p.type })), [], 'seed');
  for (const id of ids) {
    state.removed = state.removed.filter((x) => x !== id);
    if (remember && !state.seeds.includes(id)) state.seeds.push(id);
  }
  await linkToCanvas(ids);
  save();
  canvas.runLayout();
  if (picks.length === 1) {
    select(ids[0]!, false);
    // Let the layout spread the new neighbours a little before centring on the node.
    await new Promise((resolve) => setTimeout(resolve, 400));
    await canvas.focus(ids[0]!);
  }
  // For tests: what was placed last, once it is on the canvas, linked and in view.
  document.body.dataset.placed = ids.join(',');
}

/** Adds the edges between `ids` and nodes already on the canvas (1 hop each, 100 per node). */
async function linkToCanvas(ids: string[]): Promise<void> {
  await Promise.all(
    ids.map(async (id) => {
      try {
        const { data } = await request(NeighborhoodQuery, { id, depth: 1, limitPerHop: 100 });
        for (const e of data.neighborhood?.edges ?? []) addEdge(graph, e);
      } catch {
        // Edges are a convenience here; the node itself is on the canvas.
      }
    }),
  );
}

function expansionSettings(id: string): Expansion {
  const relations = [...document.querySelectorAll<HTMLInputElement>('#exp-rels input:checked')].map((i) => i.value);
  return {
    id,
    depth: Number(byId<HTMLSelectElement>('exp-depth').value),
    limit: Math.max(1, Math.min(100, Number(byId<HTMLInputElement>('exp-limit').value) || 20)),
    relations: relations.length === FACT_TYPES.length ? [] : relations,
    plan: byId<HTMLSelectElement>('exp-plan').value,
  };
}

async function expand(id: string, settings = expansionSettings(id), remember = true): Promise<void> {
  closeMenu();
  busy(true);
  const started = performance.now();
  try {
    const { data } = await request(NeighborhoodQuery, {
      id: settings.id,
      depth: settings.depth,
      limitPerHop: settings.limit,
      relationTypes: settings.relations.length ? (settings.relations as FactType[]) : null,
      plans: settings.plan ? [settings.plan] : null,
    });
    const sub = data.neighborhood;
    if (!sub) return;
    const added = addSubgraph(graph, sub.nodes as ApiNode[], sub.edges as ApiEdge[], expansionKey(settings), settings.id);
    if (remember) {
      state.expansions = [...state.expansions.filter((e) => e.id !== settings.id), settings];
      state.removed = state.removed.filter((x) => !sub.nodes.some((n) => n.id === x));
      save();
    }
    canvas.runLayout();
    document.body.dataset.lastExpandMs = String(Math.round(performance.now() - started));
    showMessage(`${added.length} new node${added.length === 1 ? '' : 's'} around ${graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : 'it'}${sub.truncated ? ' (stopped at 500 nodes: lower the depth or per-hop limit)' : ''}.`);
  } catch (error) {
    showError(error);
  } finally {
    busy(false);
  }
}

function collapseNode(id: string): void {
  const removed = collapse(graph, expansionKey({ id } as Expansion), id);
  state.expansions = state.expansions.filter((e) => e.id !== id);
  save();
  canvas.refresh();
  showMessage(`${removed.length} node${removed.length === 1 ? '' : 's'} collapsed.`);
}

function removeNode(id: string): void {
  if (!graph.hasNode(id)) return;
  graph.dropNode(id);
  canvas.selected.delete(id);
  state.seeds = state.seeds.filter((x) => x !== id);
  if (!state.removed.includes(id)) state.removed.push(id);
  save();
  canvas.refresh();
}

async function findPath(from: string, to: string, remember = true): Promise<void> {
  busy(true);
  try {
    const { data } = await request(PathsQuery, { from, to, maxLength: 6, all: true, limit: 10 });
    const sub = data.paths;
    if (!sub || sub.paths.length === 0) {
      showMessage('No path of up to 6 facts joins them.', 'info');
      return;
    }
    addSubgraph(graph, sub.nodes as ApiNode[], sub.edges as ApiEdge[], `path:${from}:${to}`, from);
    canvas.pathNodes = new Set(sub.paths.flatMap((p) => p.nodes));
    canvas.pathEdges = new Set(sub.paths.flatMap((p) => p.edges));
    if (remember && !state.paths.some(([a, b]) => a === from && b === to)) state.paths.push([from, to]);
    save();
    canvas.runLayout();
    showMessage(`${sub.paths.length} shortest path${sub.paths.length === 1 ? '' : 's'} of length ${sub.paths[0]!.length}, highlighted.`);
  } catch (error) {
    showError(error);
  } finally {
    busy(false);
  }
}

// ── context menu ──────────────────────────────────────────────────────────
let pathStart: string | null = null;
function openMenu(id: string, x: number, y: number): void {
  const a = graph.getNodeAttributes(id);
  const expanded = state.expansions.some((e) => e.id === id);
  const item = (label: string, action: () => void) => h('li', { role: 'menuitem', tabindex: 0, onclick: () => (closeMenu(), action()) }, label);
  menu.replaceChildren(
    ...[
    h('li', { class: 'menu-title' }, a.label),
    item('Expand (settings on the left)', () => void expand(id)),
    expanded && item('Collapse', () => collapseNode(id)),
    item(a.fixed ? 'Unpin' : 'Pin', () => {
      graph.setNodeAttribute(id, 'fixed', !a.fixed);
      canvas.refresh();
    }),
    item('Path from here…', () => {
      pathStart = id;
      showMessage(`Now right-click the other end and choose “Path to here”.`);
    }),
    pathStart && pathStart !== id && item(`Path to here from ${graph.hasNode(pathStart) ? graph.getNodeAttribute(pathStart, 'label') : '…'}`, () => void findPath(pathStart!, id)),
    item('Remove', () => removeNode(id)),
    ].filter((x): x is HTMLLIElement => x !== false && x !== null),
  );
  menu.style.left = `${Math.min(x, window.innerWidth - 240)}px`;
  menu.style.top = `${Math.min(y, window.innerHeight - 200)}px`;
  menu.hidden = false;
}
function closeMenu(): void {
  menu.hidden = true;
}
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') closeMenu();
});

// ── toolbar ───────────────────────────────────────────────────────────────
byId('btn-layout').addEventListener('click', () => (canvas.isLayoutRunning() ? canvas.stopLayout() : canvas.runLayout(10_000)));
byId('btn-fit').addEventListener('click', () => canvas.fit());
byId('btn-path').addEventListener('click', () => {
  const [a, b] = [...canvas.selected];
  if (!a || !b) showMessage('Select two nodes first: click one, then shift-click the other (or right-click → Path from here).', 'info');
  else void findPath(a, b);
});
byId('btn-clear').addEventListener('click', () => {
  graph.clear();
  canvas.selected.clear();
  canvas.pathNodes.clear();
  canvas.pathEdges.clear();
  state = { ...emptyState(), mode: state.mode, type: state.type, plan: state.plan };
  save();
  clearPanel();
  updateCounts();
});
byId('btn-json').addEventListener('click', () => void exporters().then((x) => x.exportJSON(graph), showError));
byId('btn-graphml').addEventListener('click', () => void exporters().then((x) => x.exportGraphML(graph), showError));
byId('btn-png').addEventListener('click', () => void exporters().then((x) => x.exportPNG(canvas.sigma)).catch(showError));
byId('btn-link').addEventListener('click', () => {
  save();
  void navigator.clipboard?.writeText(location.href).then(
    () => showMessage('Link copied: it reproduces this view.'),
    () => showMessage(`Link: ${location.href}`),
  );
});

// ── filters and views ─────────────────────────────────────────────────────
const typeFilter = byId<HTMLSelectElement>('type-filter');
const planFilter = byId<HTMLSelectElement>('plan-filter');
const mode = byId<HTMLSelectElement>('mode');
const crossType = byId<HTMLSelectElement>('cross-type');
for (const t of ENTITY_TYPES) {
  typeFilter.append(h('option', { value: t }, TYPE_LABELS[t] ?? t));
  crossType.append(h('option', { value: t }, TYPE_LABELS[t] ?? t));
}
const rels = byId('exp-rels');
for (const r of FACT_TYPES) rels.append(h('label', {}, h('input', { type: 'checkbox', value: r, checked: true }), r));
byId('legend').append(...[...ENTITY_TYPES, 'Plan'].map((t) => h('span', { class: 'legend-item' }, h('i', { style: `background:${colorOf(t)}` }), TYPE_LABELS[t] ?? t)));

const search = setupSearch({
  mode: () => (mode.value === 'text' ? 'text' : 'names'),
  type: () => typeFilter.value,
  plan: () => planFilter.value,
  choose: (picks) => {
    showView('graph');
    void place(picks);
  },
  showError,
});
for (const el of [typeFilter, planFilter, mode]) {
  el.addEventListener('change', () => {
    state.type = typeFilter.value;
    state.plan = planFilter.value;
    state.mode = mode.value === 'text' ? 'text' : 'names';
    typeFilter.disabled = state.mode === 'text';
    save();
    search.run();
  });
}
byId('search-form').addEventListener('submit', (e) => e.preventDefault());

function showView(view: ViewState['view']): void {
  state.view = view;
  for (const v of ['graph', 'cross', 'indicator'] as const) byId(`${v}-view`).hidden = v !== view;
  document.querySelectorAll<HTMLButtonElement>('.views button').forEach((b) => b.classList.toggle('active', b.dataset.view === view));
  save();
  if (view === 'graph') canvas.refresh();
  if (view === 'cross' && crossRows.length === 0) void runCross();
  if (view === 'indicator') void runIndicator();
}
document.querySelectorAll<HTMLButtonElement>('.views button').forEach((b) => b.addEventListener('click', () => showView(b.dataset.view as ViewState['view'])));

async function runCross(): Promise<void> {
  state.crossType = crossType.value;
  state.crossMin = Number(byId<HTMLInputElement>('cross-min').value) || 2;
  save();
  busy(true);
  try {
    const { loadCrossPlan, renderCrossPlan } = await views();
    crossRows = await loadCrossPlan(state.crossType, state.crossMin);
    renderCrossPlan(crossRows, (id) => {
      const row = crossRows.find((r) => r.entity.id === id);
      showView('graph');
      if (row) void place([{ id, label: row.entity.name, type: row.entity.type }]);
    });
  } catch (error) {
    showError(error);
  } finally {
    busy(false);
  }
}
byId('cross-form').addEventListener('submit', (e) => {
  e.preventDefault();
  void runCross();
});
byId('cross-to-graph').addEventListener('click', async () => {
  const { nodes, edges } = (await views()).bipartite(crossRows);
  showView('graph');
  addSubgraph(graph, nodes, edges, 'crossplan');
  canvas.runLayout();
});

let indicatorNames: Promise<void> | null = null;
/** Suggestions for the indicator box, asked for when the view is first opened (not for the first view). */
function loadIndicatorNames(): void {
  indicatorNames ??= request(IndicatorNamesQuery, { first: 100 }).then(({ data: d }) =>
    byId('indicator-names').replaceChildren(...d.entities.edges.map(({ node }) => h('option', { value: node.name }, `${node.planCount} plans`))),
    () => {}, // only suggestions: typing a name still works
  );
}

async function runIndicator(): Promise<void> {
  loadIndicatorNames();
  state.indicator = byId<HTMLInputElement>('indicator-name').value.trim();
  save();
  if (!state.indicator) return;
  try {
    const n = await (await views()).showIndicator(state.indicator);
    if (n === 0) showMessage(`No plan states “${state.indicator}”: pick a name from the list.`, 'info');
  } catch (error) {
    showError(error);
  }
}
byId('indicator-form').addEventListener('submit', (e) => {
  e.preventDefault();
  void runIndicator();
});

// ── start: plans for the filters, then the view in the URL ───────────────
async function restore(s: ViewState): Promise<void> {
  if (s.seeds.length) {
    const { data } = await request(NodesQuery, { ids: s.seeds });
    const picks = data.nodes.flatMap((n): Pick[] => {
      if (!n) return [];
      if ('planId' in n) return [{ id: n.id, label: n.shortTitle ?? n.planId, type: 'Plan' }];
      if ('name' in n) return [{ id: n.id, label: n.name, type: n.type }];
      return [];
    });
    addSubgraph(graph, picks.map((p) => ({ id: p.id, graphId: '', label: p.label, type: p.type })), [], 'seed');
    await linkToCanvas(picks.map((p) => p.id));
  }
  for (const e of s.expansions) await expand(e.id, e, false);
  for (const [a, b] of s.paths) await findPath(a, b, false);
  for (const id of s.removed) if (graph.hasNode(id)) graph.dropNode(id);
  if (s.selected && graph.hasNode(s.selected)) select(s.selected, false);
  canvas.runLayout();
}

async function start(): Promise<void> {
  typeFilter.value = state.type;
  mode.value = state.mode;
  typeFilter.disabled = state.mode === 'text';
  crossType.value = state.crossType;
  byId<HTMLInputElement>('cross-min').value = String(state.crossMin);
  byId<HTMLInputElement>('indicator-name').value = state.indicator;
  updateCounts();
  // The plans (for the filters) and the view in the URL load side by side: neither needs the other.
  const plans = request(PlansQuery, {}).then(({ data }) => {
    for (const p of data.plans) {
      planTitles.set(p.planId, p.shortTitle ?? p.title);
      for (const select of [planFilter, byId<HTMLSelectElement>('exp-plan')]) select.append(h('option', { value: p.planId, title: p.title }, p.shortTitle ?? p.planId));
    }
    planFilter.value = state.plan;
  });
  showView(state.view);
  const failed = (await Promise.allSettled([plans, restore(state)])).find((r) => r.status === 'rejected');
  if (failed) showError(failed.reason);
  document.body.dataset.ready = 'true';
}

// For tests and the benchmark: the view as {nodes, edges}.
(window as unknown as { plangraph: unknown }).plangraph = {
  toJSON: () => toJSON(graph),
  canvas,
  graph,
  /** Expands `id` with these settings (the benchmark times it). */
  expand: (id: string, depth: number, limit: number) => expand(id, { id, depth, limit, relations: [], plan: '' }),
  /** Where a node is drawn, in page coordinates (to click it). */
  position(id: string): { x: number; y: number } | null {
    const data = canvas.sigma.getNodeDisplayData(id);
    if (!data) return null;
    const p = canvas.sigma.framedGraphToViewport(data);
    const rect = byId('canvas').getBoundingClientRect();
    return { x: rect.left + p.x, y: rect.top + p.y };
  },
  idOf: (label: string) => graph.findNode((_id, a) => a.label === label) ?? null,
};
void start();
