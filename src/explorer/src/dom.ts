// A tiny DOM builder: text is always set as text (plan text is never parsed as HTML).
type Child = Node | string | number | null | undefined | false | Child[];

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | EventListener | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.replace(/^on/, ''), value);
    else if (name === 'class') el.className = String(value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity as 1) as Child[]) {
    if (Array.isArray(child)) continue;
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' || typeof child === 'number' ? String(child) : child);
  }
  return el;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from index.html`);
  return el as T;
}

/** `text` with the given spans wrapped in <mark>. */
export function marked(text: string, spans: Array<{ start: number; end: number }>): Node[] {
  const out: Node[] = [];
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < at || s.end > text.length) continue;
    if (s.start > at) out.push(document.createTextNode(text.slice(at, s.start)));
    out.push(h('mark', {}, text.slice(s.start, s.end)));
    at = s.end;
  }
  if (at < text.length) out.push(document.createTextNode(text.slice(at)));
  return out;
}

export function typeBadge(type: string, label?: string): HTMLElement {
  return h('span', { class: `badge t-${type}` }, label ?? type);
}
