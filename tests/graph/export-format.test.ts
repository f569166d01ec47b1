import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { ExtractedGraph } from '../../src/extract/types.js';
import { csvField, toCsv } from '../../src/graph/export/csv.js';
import { escapeXml, toGraphML } from '../../src/graph/export/graphml.js';
import { toGraphNode, toGraphRelationship } from '../../src/graph/export/to-extracted-graph.js';
import { fixture } from './fixtures.js';

const tricky: ExtractedGraph = {
  nodes: [
    { id: 'Enterprise:A&B "公司"', type: 'Enterprise', name: '<A&B>, 公司', aliases: ['A,B', 'say "hi"'], properties: { gazetteer: true, rank: 2 } },
    { id: 'AdminArea:鞍山市', type: 'AdminArea', name: '鞍山市', aliases: [], properties: { rank: 2.5, note: 'line1\nline2\u0001' } },
  ],
  relationships: [
    { type: 'HOSTS', start: 'AdminArea:鞍山市', end: 'Enterprise:A&B "公司"', properties: { id: 'f1', plan: 'p', quote: "it's <here>", start: 3, end: 9 } },
  ],
};

/** RFC 4180 reader, enough to check what toCsv writes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

describe('csv', () => {
  it.each([
    ['plain', 'abc', 'abc'],
    ['comma', 'a,b', '"a,b"'],
    ['quote', 'say "hi"', '"say ""hi"""'],
    ['newline', 'a\nb', '"a\nb"'],
    ['edge space', ' a', '" a"'],
    ['list', ['a', 'b'], '"[""a"",""b""]"'],
    ['null', null, ''],
    ['number', 6.5, '6.5'],
  ] as const)('%s', (_name, value, expected) => {
    expect(csvField(value as never)).toBe(expected);
  });

  it('round-trips through a CSV reader, one column per property', () => {
    const { nodes, relationships } = toCsv(tricky);
    const n = parseCsv(nodes);
    expect(n[0]).toEqual(['id', 'labels', 'type', 'name', 'aliases', 'gazetteer', 'note', 'rank']);
    expect(n[1]).toEqual(['Enterprise:A&B "公司"', 'Entity;Enterprise', 'Enterprise', '<A&B>, 公司', '["A,B","say \\"hi\\""]', 'true', '', '2']);
    expect(n[2]?.[6]).toBe('line1\nline2\u0001');
    const r = parseCsv(relationships);
    expect(r[0]).toEqual(['id', 'type', 'source', 'target', 'end', 'plan', 'quote', 'start']);
    expect(r[1]).toEqual(['f1', 'HOSTS', 'AdminArea:鞍山市', 'Enterprise:A&B "公司"', '9', 'p', "it's <here>", '3']);
  });
});

describe('graphml', () => {
  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXml(`<a b="c">&'\u0001`)).toBe('&lt;a b=&quot;c&quot;&gt;&amp;&apos;\uFFFD');
  });

  it('declares a typed key for every attribute it uses', () => {
    const xml = toGraphML(tricky);
    const declared = new Map([...xml.matchAll(/<key id="([^"]+)" for="(\w+)" attr.name="([^"]+)" attr.type="(\w+)"/g)].map((m) => [m[1], m.slice(2)]));
    const used = new Set([...xml.matchAll(/<data key="([^"]+)"/g)].map((m) => m[1]));
    for (const key of used) expect(declared.has(key), key).toBe(true);
    const byName = (name: string, domain: string) => [...declared.values()].find(([d, n]) => d === domain && n === name)?.[2];
    expect(byName('rank', 'node')).toBe('double'); // 2 and 2.5
    expect(byName('gazetteer', 'node')).toBe('boolean');
    expect(byName('start', 'edge')).toBe('long');
    expect(byName('label', 'node')).toBe('string');
    expect(byName('id', 'edge')).toBeUndefined(); // it is the edge's XML id
    expect(xml).toContain('<edge id="f1"');
    expect(xml).toContain('<data key="labels">Entity:Enterprise</data>');
    expect(xml).toContain('source="AdminArea:鞍山市" target="Enterprise:A&amp;B &quot;公司&quot;"');
  });

  const python = (() => {
    try {
      execFileSync('python3', ['-c', 'pass']);
      return true;
    } catch {
      return false;
    }
  })();

  it.skipIf(!python)('is well-formed XML whose edges join declared nodes (checked by a real XML parser)', () => {
    const script = `
import sys, xml.etree.ElementTree as E
ns = {'g': 'http://graphml.graphdrawing.org/xmlns'}
root = E.fromstring(sys.stdin.buffer.read())
keys = {k.get('id') for k in root.findall('g:key', ns)}
nodes = {n.get('id') for n in root.iter('{http://graphml.graphdrawing.org/xmlns}node')}
edges = list(root.iter('{http://graphml.graphdrawing.org/xmlns}edge'))
assert all(e.get('source') in nodes and e.get('target') in nodes for e in edges)
assert all(d.get('key') in keys for d in root.iter('{http://graphml.graphdrawing.org/xmlns}data'))
label = [d.text for d in root.iter('{http://graphml.graphdrawing.org/xmlns}data') if d.get('key') == 'label']
print(len(nodes), len(edges), label[0])`;
    const out = execFileSync('python3', ['-c', script], { input: toGraphML(tricky) }).toString().trim();
    expect(out).toBe('2 1 <A&B>, 公司');
  });
});

describe('records → extract format', () => {
  it('gives the Plan back its extraction id and property names, without loader bookkeeping', () => {
    const node = toGraphNode({
      id: 'fixture-a',
      labels: ['Plan'],
      properties: { id: 'fixture-a', name: '规划', regionName: '鞍山市', contentHash: 'x', ingestedAt: 'y', aliases: ['A'] },
    });
    expect(node).toEqual({ id: 'Plan:fixture-a', type: 'Plan', name: '规划', aliases: ['A'], properties: { region: '鞍山市' } });
  });

  it('reads entity labels and keeps the other properties', () => {
    const a = fixture('plan-a').nodes.find((n) => n.type === 'Enterprise')!;
    const node = toGraphNode({ id: a.id, labels: ['Entity', 'Enterprise'], properties: { id: a.id, type: 'Enterprise', name: a.name, aliases: a.aliases, gazetteer: true } });
    expect(node).toEqual(a);
  });

  it('maps relationship ends that are Plans', () => {
    const rel = toGraphRelationship({ id: 'r', type: 'PART_OF', start: 'x', end: 'x', startIsPlan: false, endIsPlan: true, properties: { id: 'r', plan: 'x' } });
    expect(rel).toEqual({ type: 'PART_OF', start: 'x', end: 'Plan:x', properties: { id: 'r', plan: 'x' } });
  });
});
