// The provenance panel: a node's properties, its plans and every quote with
// its section heading, line number and the quote highlighted inside its
// paragraph; an edge's facts the same way.
import { request } from './api.js';
import { byId, h, marked, typeBadge } from './dom.js';
import { EntityDetailQuery, FactsQuery } from './operations.js';
import type { ExplorerEntityQuery, ExplorerFactsQuery } from './gql/graphql.js';
import { TYPE_LABELS } from './types.js';

export interface PanelActions {
  showError(error: unknown): void;
  planTitle(planId: string): string;
}

const QUOTES = 30;

type Quoted = {
  quote: string;
  line: number;
  sentence: string;
  paragraph?: { text: string; line: number } | null;
  paragraphSpan?: { start: number; end: number } | null;
};

/** The quote inside its paragraph (highlighted), or its sentence when it has no paragraph. */
function quoteBlock(q: Quoted): HTMLElement {
  if (q.paragraph && q.paragraphSpan) {
    return h('blockquote', { class: 'para', 'data-quote': q.quote }, ...marked(q.paragraph.text, [q.paragraphSpan]));
  }
  return h('blockquote', { class: 'para', 'data-quote': q.quote }, h('mark', {}, q.quote));
}

function body(): HTMLElement {
  return byId('panel-body');
}

export function clearPanel(): void {
  body().replaceChildren(h('p', { class: 'muted' }, "Click a node or an edge to see its plans and its quotes in the plan's own text."));
}

function loading(what: string): void {
  body().replaceChildren(h('p', { class: 'muted' }, `Loading ${what}…`));
}

type EntityNode = Extract<NonNullable<ExplorerEntityQuery['node']>, { mentions: unknown }>;

export async function showNode(id: string, actions: PanelActions, plan?: string): Promise<void> {
  loading('provenance');
  try {
    const { data } = await request(EntityDetailQuery, { id, first: QUOTES });
    const node = data.node;
    if (!node) throw new Error(`Nothing has the id ${id}.`);
    if ('mentions' in node) renderEntity(node as EntityNode, actions, plan);
    else if ('planId' in node) renderPlan(node);
  } catch (error) {
    clearPanel();
    actions.showError(error);
  }
}

function renderEntity(e: EntityNode, actions: PanelActions, planFilter?: string): void {
  const level = 'level' in e && typeof e.level === 'string' ? e.level : null;
  const mentions = e.mentions.edges.map((edge) => edge.node).filter((m) => !planFilter || m.plan.planId === planFilter);
  const byPlan = new Map<string, typeof mentions>();
  for (const m of mentions) byPlan.set(m.plan.planId, [...(byPlan.get(m.plan.planId) ?? []), m]);
  body().replaceChildren(
    h('h2', {}, e.name, ' ', typeBadge(e.type, TYPE_LABELS[e.type])),
    h(
      'dl',
      { class: 'props' },
      h('dt', {}, 'Graph id'),
      h('dd', {}, h('code', {}, e.graphId)),
      e.aliases.length > 0 && [h('dt', {}, 'Also'), h('dd', {}, e.aliases.join('、'))],
      level && [h('dt', {}, 'Level'), h('dd', {}, level)],
      h('dt', {}, 'Plans'),
      h('dd', {}, String(e.planCount)),
    ),
    h('h3', {}, `Named in ${e.planCount} plan${e.planCount === 1 ? '' : 's'}`),
    h(
      'ul',
      { class: 'plan-links' },
      e.plans.map((p) =>
        h('li', {}, h('a', { href: `#plan-${p.planId}`, class: planFilter === p.planId ? 'active' : undefined, 'data-plan': p.planId, title: p.title }, p.shortTitle ?? p.planId)),
      ),
    ),
    h('h3', {}, `Quotes (${mentions.length} of ${e.mentions.totalCount})`),
    ...[...byPlan.entries()].map(([planId, list]) =>
      h(
        'section',
        { class: 'quotes', id: `plan-${planId}` },
        h('h4', {}, actions.planTitle(planId)),
        list.map((m) =>
          h(
            'article',
            { class: 'quote' },
            h('div', { class: 'where' }, h('span', { class: 'heading' }, m.sectionPath.slice(1).join(' › ') || m.sectionHeading), h('span', { class: 'line' }, `line ${m.line}`)),
            quoteBlock(m),
            h('div', { class: 'sentence', title: 'The sentence around the quote' }, m.sentence),
          ),
        ),
      ),
    ),
  );
  body().querySelectorAll<HTMLAnchorElement>('.plan-links a').forEach((a) =>
    a.addEventListener('click', (event) => {
      event.preventDefault();
      const target = document.getElementById(`plan-${a.dataset.plan}`);
      if (target) target.scrollIntoView({ behavior: 'smooth', block: 'start' });
    }),
  );
}

function renderPlan(p: Extract<NonNullable<ExplorerEntityQuery['node']>, { planId: string }>): void {
  body().replaceChildren(
    h('h2', {}, p.shortTitle ?? p.planId, ' ', typeBadge('Plan', TYPE_LABELS.Plan)),
    h(
      'dl',
      { class: 'props' },
      h('dt', {}, 'Title'),
      h('dd', {}, p.title),
      h('dt', {}, 'Plan id'),
      h('dd', {}, h('code', {}, p.planId)),
      p.issuer && [h('dt', {}, 'Issuer'), h('dd', {}, p.issuer)],
      p.issued && [h('dt', {}, 'Issued'), h('dd', {}, p.issued)],
      p.docNumber && [h('dt', {}, '文号'), h('dd', {}, p.docNumber)],
      p.period && [h('dt', {}, 'Period'), h('dd', {}, p.period)],
      [h('dt', {}, 'Region'), h('dd', {}, `${p.region.name}${p.region.level ? ` (${p.region.level})` : ''}`)],
      p.file && [h('dt', {}, 'File'), h('dd', {}, h('code', {}, p.file))],
    ),
  );
}

export async function showEdge(label: string, factIds: string[], actions: PanelActions): Promise<void> {
  loading('facts');
  try {
    const { data } = await request(FactsQuery, { ids: factIds.slice(0, 100) });
    renderFacts(label, data.facts, factIds.length);
  } catch (error) {
    clearPanel();
    actions.showError(error);
  }
}

function renderFacts(label: string, facts: ExplorerFactsQuery['facts'], total: number): void {
  body().replaceChildren(
    h('div', {},
    h('h2', {}, label),
    h('p', { class: 'muted' }, `${facts.length} fact${facts.length === 1 ? '' : 's'}${total > facts.length ? ` of ${total}` : ''}, each with its quote.`),
    facts.map((f) =>
      h(
        'article',
        { class: 'quote' },
        h('div', { class: 'where' }, h('b', {}, f.plan.shortTitle ?? f.plan.planId), ' · ', h('span', { class: 'heading' }, f.section.path.slice(1).join(' › ') || f.section.heading), h('span', { class: 'line' }, `line ${f.line}`)),
        quoteBlock(f),
        f.sentence !== f.quote && h('div', { class: 'sentence' }, f.sentence),
        f.attributes.length > 0 && h('dl', { class: 'props small' }, f.attributes.map((a) => [h('dt', {}, a.name), h('dd', {}, a.value)])),
        h('div', { class: 'rule' }, `${f.type} · rule ${f.rule}`),
      ),
    ),
    ),
  );
}
