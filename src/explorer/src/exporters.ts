// Exports of the current view: PNG (what the canvas shows), JSON
// ({nodes, edges}) and GraphML with the attributes Gephi reads.
import { downloadAsPNG } from '@sigma/export-image';
import type Sigma from 'sigma';
import { toJSON, type EdgeAttrs, type Graph, type NodeAttrs } from './model.js';

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function exportJSON(graph: Graph): void {
  download('plangraph-view.json', 'application/json', `${JSON.stringify(toJSON(graph), null, 2)}\n`);
}

const xml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function toGraphML(graph: Graph): string {
  const { nodes, edges } = toJSON(graph);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
    '  <key id="graphId" for="node" attr.name="graphId" attr.type="string"/>',
    '  <key id="x" for="node" attr.name="x" attr.type="double"/>',
    '  <key id="y" for="node" attr.name="y" attr.type="double"/>',
    '  <key id="relation" for="edge" attr.name="relation" attr.type="string"/>',
    '  <key id="count" for="edge" attr.name="count" attr.type="int"/>',
    '  <key id="plans" for="edge" attr.name="plans" attr.type="string"/>',
    '  <graph id="plangraph" edgedefault="directed">',
    ...nodes.map(
      (n) =>
        `    <node id="${xml(n.id)}"><data key="label">${xml(n.label)}</data><data key="type">${xml(n.type)}</data><data key="graphId">${xml(n.graphId)}</data><data key="x">${n.x}</data><data key="y">${n.y}</data></node>`,
    ),
    ...edges.map(
      (e) =>
        `    <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}"><data key="relation">${xml(e.type)}</data><data key="count">${e.count}</data><data key="plans">${xml(e.plans.join(' '))}</data></edge>`,
    ),
    '  </graph>',
    '</graphml>',
  ];
  return `${lines.join('\n')}\n`;
}

export function exportGraphML(graph: Graph): void {
  download('plangraph-view.graphml', 'application/graphml+xml', toGraphML(graph));
}

export function exportPNG(sigma: Sigma<NodeAttrs, EdgeAttrs>): Promise<void> {
  return downloadAsPNG(sigma as unknown as Sigma, { fileName: 'plangraph-view', backgroundColor: '#ffffff' });
}
