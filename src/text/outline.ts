// A person-readable summary of a parsed plan: the outline, tables, task
// blocks, counts per node kind and the messages (what `plangraph inspect` prints).
import type { Node, PlanDocument, Section, SectionKind } from './types.js';

const LABEL: Record<SectionKind, (n: string | null) => string> = {
  plan: () => '',
  part: (n) => `第${n}篇 `,
  chapter: (n) => `第${n}章 `,
  section: (n) => `第${n}节 `,
  numbered: (n) => `${n}、`,
  paren: (n) => `(${n})`,
  item: (n) => `${n}. `,
  box: (n) => `专栏${n} `,
  area: () => '[area] ',
  attachment: () => '附件 ',
  preface: () => '',
};

/** Counts of every node kind: sections by their kind, blocks by their type. */
export function countNodes(root: Section): Record<string, number> {
  const counts: Record<string, number> = {};
  const walk = (n: Node) => {
    const key = n.type === 'section' ? n.kind : n.type;
    counts[key] = (counts[key] ?? 0) + 1;
    if (n.type === 'section') n.children.forEach(walk);
  };
  walk(root);
  return counts;
}

export function* walkNodes(root: Section): Generator<Node> {
  yield root;
  for (const child of root.children) {
    if (child.type === 'section') yield* walkNodes(child);
    else yield child;
  }
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);
const line = (n: Node) => `L${n.position.start.line}`.padEnd(6);

export function formatOutline(doc: PlanDocument): string {
  const { plan, root } = doc;
  const out: string[] = [];
  out.push(`${plan.id}  ${plan.title}`);
  out.push(`  ${plan.region.parents.concat(plan.region.name).join(' / ')} (${plan.region.level}) · ${plan.kind} · ${plan.period}${plan.issued ? ` · issued ${plan.issued}` : ''}${plan.docNumber ? ` · ${plan.docNumber}` : ''} · ${plan.issuer || 'issuer unknown'}`);
  out.push('', 'Outline:');
  const walk = (s: Section, depth: number) => {
    for (const c of s.children) {
      if (c.type !== 'section') continue;
      const paragraphs = c.children.filter((x) => x.type !== 'section').length;
      out.push(`  ${line(c)}${'  '.repeat(depth)}${LABEL[c.kind](c.number)}${clip(c.heading, 50)}${paragraphs ? `  (${paragraphs})` : ''}`);
      walk(c, depth + 1);
    }
  };
  walk(root, 0);

  const nodes = [...walkNodes(root)];
  const tables = nodes.filter((n) => n.type === 'table');
  out.push('', `Tables (${tables.length}):`);
  for (const t of tables) {
    const categories = t.rows.filter((r) => r.isCategory).length;
    out.push(`  ${line(t)}${clip(t.caption || '(no caption)', 50)}  [${t.shape}] ${t.header.length} header + ${t.rows.length} rows${categories ? ` (${categories} category)` : ''}`);
  }
  const tasks = nodes.filter((n) => n.type === 'task');
  out.push('', `Task blocks (${tasks.length}):`);
  for (const t of tasks) out.push(`  ${line(t)}${t.number ? `${t.number}. ` : '(section) '}${clip(t.heading, 30)} — ${t.units.map((u) => u.name).join('、')}`);

  out.push('', 'Counts:');
  out.push(`  ${Object.entries(countNodes(root)).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  out.push('', `Messages (${doc.messages.length}):`);
  const byLine = [...doc.messages].sort((a, b) => (a.place?.start.offset ?? -1) - (b.place?.start.offset ?? -1));
  for (const m of byLine) out.push(`  ${m.place ? `L${m.place.start.line}`.padEnd(6) : '      '}${m.severity.padEnd(8)}${m.ruleId}: ${m.reason}`);
  return out.join('\n');
}
