// The view in the URL (after #), so a link reproduces it: what was put on
// the canvas (search picks, expansions with their settings, paths, removed
// nodes), the selection, the filters and the open view. Ids are global ids
// (base64: no , ; ~ in them).
export interface Expansion {
  id: string;
  depth: number;
  limit: number;
  relations: string[];
  plan: string;
}

export interface ViewState {
  view: 'graph' | 'cross' | 'indicator';
  seeds: string[];
  expansions: Expansion[];
  paths: Array<[string, string]>;
  removed: string[];
  selected: string | null;
  mode: 'names' | 'text';
  type: string;
  plan: string;
  crossType: string;
  crossMin: number;
  indicator: string;
}

export function emptyState(): ViewState {
  return { view: 'graph', seeds: [], expansions: [], paths: [], removed: [], selected: null, mode: 'names', type: '', plan: '', crossType: 'Enterprise', crossMin: 2, indicator: '地区生产总值' };
}

const list = (value: string | null, sep: string) => (value ? value.split(sep).filter(Boolean) : []);

export function readState(hash: string): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const s = emptyState();
  const view = p.get('v');
  if (view === 'cross' || view === 'indicator') s.view = view;
  s.seeds = list(p.get('s'), ',');
  s.expansions = list(p.get('e'), ';').map((e) => {
    const [id = '', depth = '1', limit = '20', relations = '', plan = ''] = e.split('~');
    return { id, depth: Number(depth) || 1, limit: Number(limit) || 20, relations: list(relations, '.'), plan };
  });
  s.paths = list(p.get('p'), ';').flatMap((pair) => {
    const [a, b] = pair.split('~');
    return a && b ? [[a, b] as [string, string]] : [];
  });
  s.removed = list(p.get('x'), ',');
  s.selected = p.get('sel');
  s.mode = p.get('m') === 'text' ? 'text' : 'names';
  s.type = p.get('t') ?? '';
  s.plan = p.get('plan') ?? '';
  s.crossType = p.get('ct') ?? s.crossType;
  s.crossMin = Number(p.get('cm')) || s.crossMin;
  s.indicator = p.get('ind') ?? s.indicator;
  return s;
}

export function writeState(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.view !== 'graph') p.set('v', s.view);
  if (s.seeds.length) p.set('s', s.seeds.join(','));
  if (s.expansions.length) p.set('e', s.expansions.map((e) => [e.id, e.depth, e.limit, e.relations.join('.'), e.plan].join('~')).join(';'));
  if (s.paths.length) p.set('p', s.paths.map(([a, b]) => `${a}~${b}`).join(';'));
  if (s.removed.length) p.set('x', s.removed.join(','));
  if (s.selected) p.set('sel', s.selected);
  if (s.mode !== 'names') p.set('m', s.mode);
  if (s.type) p.set('t', s.type);
  if (s.plan) p.set('plan', s.plan);
  if (s.view === 'cross') {
    p.set('ct', s.crossType);
    p.set('cm', String(s.crossMin));
  }
  if (s.view === 'indicator') p.set('ind', s.indicator);
  return `#${p.toString()}`;
}

export function expansionKey(e: Expansion): string {
  return `exp:${e.id}`;
}
