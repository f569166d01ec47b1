// The search box: entity names (the `search` index) or the plans' full text
// (`textSearch`), as typed, with type and plan filters; results with type
// badges and plan counts; ↑/↓ move, Enter chooses, Esc closes. While the
// results shown are for older text (typing, request in flight) the list is
// marked stale, and Enter waits for the fresh results and takes the first.
import { request } from './api.js';
import { byId, h, marked, typeBadge } from './dom.js';
import { SearchQuery, TextSearchQuery } from './operations.js';
import type { EntityType } from './gql/graphql.js';
import { TYPE_LABELS } from './types.js';

export interface Pick {
  id: string;
  label: string;
  type: string;
}

export interface SearchOptions {
  mode(): 'names' | 'text';
  type(): string;
  plan(): string;
  choose(picks: Pick[]): void;
  showError(error: unknown): void;
}

export function setupSearch(options: SearchOptions): { run(): void } {
  const input = byId<HTMLInputElement>('q');
  const list = byId<HTMLUListElement>('results');
  let active = -1;
  let items: Array<{ el: HTMLLIElement; picks: Pick[] }> = [];
  let timer: number | undefined;
  let generation = 0;
  /** Enter was pressed while the results were stale: choose when the fresh ones arrive. */
  let chooseWhenFresh = false;

  const setStale = (stale: boolean) => list.classList.toggle('stale', stale);

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };
  const highlight = (index: number) => {
    active = Math.max(-1, Math.min(index, items.length - 1));
    items.forEach((item, i) => item.el.setAttribute('aria-selected', String(i === active)));
    items[active]?.el.scrollIntoView({ block: 'nearest' });
  };
  const choose = (index: number) => {
    const item = items[index];
    if (!item) return;
    close();
    options.choose(item.picks);
  };

  async function run(): Promise<void> {
    const text = input.value.trim();
    const mine = ++generation;
    window.clearTimeout(timer);
    if ([...text].length < 2) {
      chooseWhenFresh = false;
      close();
      return;
    }
    setStale(true); // until this answer arrives (the mode or a filter may have changed)
    try {
      const plans = options.plan() ? [options.plan()] : null;
      if (options.mode() === 'names') {
        const types = options.type() ? [options.type() as EntityType] : null;
        const { data } = await request(SearchQuery, { text, types, plans, first: 15 });
        if (mine !== generation) return;
        items = data.search.edges.map(({ node }) => ({
          picks: [{ id: node.id, label: node.name, type: node.type }],
          el: h(
            'li',
            { role: 'option', class: 'result' },
            typeBadge(node.type, TYPE_LABELS[node.type]),
            h('span', { class: 'name' }, node.name),
            node.aliases.length > 0 && h('span', { class: 'aliases' }, node.aliases.slice(0, 3).join('、')),
            h('span', { class: 'plans', title: 'Plans that name it' }, `${node.planCount} plan${node.planCount === 1 ? '' : 's'}`),
          ),
        }));
        render(data.search.totalCount, 'entities');
      } else {
        const { data } = await request(TextSearchQuery, { text, plans, first: 15 });
        if (mine !== generation) return;
        items = data.textSearch.edges.map(({ node }) => ({
          picks: node.entities.map((e) => ({ id: e.id, label: e.name, type: e.type })),
          el: h(
            'li',
            { role: 'option', class: 'result text-hit' },
            h('div', { class: 'where' }, h('b', {}, node.plan.shortTitle ?? node.plan.planId), ' · ', node.section.heading, h('span', { class: 'line' }, `line ${node.paragraph.line}`)),
            h('div', { class: 'snippet' }, ...marked(node.snippet, node.highlights)),
            h(
              'div',
              { class: 'chips' },
              node.entities.length ? node.entities.map((e) => h('span', { class: `chip t-${e.type}`, 'data-id': e.id, title: `${TYPE_LABELS[e.type] ?? e.type}: put on canvas` }, e.name)) : h('span', { class: 'muted' }, 'no entities named here'),
            ),
          ),
        }));
        render(data.textSearch.totalCount, 'paragraphs');
      }
      if (chooseWhenFresh) {
        chooseWhenFresh = false;
        choose(active);
      }
    } catch (error) {
      if (mine === generation) {
        chooseWhenFresh = false;
        close();
        options.showError(error);
      }
    }
  }

  function render(total: number, what: string): void {
    list.replaceChildren(
      ...items.map((item, i) => {
        item.el.addEventListener('mousedown', (event) => {
          event.preventDefault();
          const chip = (event.target as HTMLElement).closest<HTMLElement>('.chip');
          if (chip) {
            const pick = item.picks.find((p) => p.id === chip.dataset.id);
            if (pick) options.choose([pick]);
            return;
          }
          choose(i);
        });
        return item.el;
      }),
      h('li', { class: 'summary', role: 'presentation' }, items.length === 0 ? `No ${what} match “${input.value.trim()}”.` : `${items.length} of ${total} ${what}${what === 'paragraphs' ? ' · Enter puts all entities of a paragraph on the canvas' : ''}`),
    );
    setStale(false);
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(items.length ? 0 : -1);
  }

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    setStale(true);
    timer = window.setTimeout(() => void run(), 180);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') highlight(active + 1);
    else if (event.key === 'ArrowUp') highlight(active - 1);
    else if (event.key === 'Enter') {
      if (!list.hidden && active >= 0 && !list.classList.contains('stale')) choose(active);
      else {
        // The results on screen (if any) are for other text: fetch now, then choose.
        chooseWhenFresh = true;
        void run();
      }
    } else if (event.key === 'Escape') close();
    else return;
    event.preventDefault();
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  input.addEventListener('focus', () => {
    if (items.length) list.hidden = false;
  });
  return { run: () => void run() };
}
