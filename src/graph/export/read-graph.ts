// The graph (or some plans of it) read back in the extract format, and its
// content hash: the same ordered export, hashed, so two graphs with the same
// content hash alike whatever order or run produced them.
import { createHash } from 'node:crypto';
import type { ExtractedGraph } from '../../extract/types.js';
import type { Executor } from '../executor.js';
import { toGraphNode, toGraphRelationship } from './to-extracted-graph.js';
import type { NodeRecord, RelationshipRecord } from './types.js';

/** Whole-graph reads can be large; allow them more than the default read timeout. */
const EXPORT_TIMEOUT_MS = 120_000;

export async function readGraph(executor: Executor, plans: string[] | null = null): Promise<ExtractedGraph> {
  const params = { plans };
  const options = { timeoutMs: EXPORT_TIMEOUT_MS };
  const [nodes, relationships] = await Promise.all([
    executor.read<NodeRecord & Record<string, unknown>>('export/nodes', params, options),
    executor.read<RelationshipRecord & Record<string, unknown>>('export/relationships', params, options),
  ]);
  return { nodes: nodes.map(toGraphNode), relationships: relationships.map(toGraphRelationship) };
}

/** sha256 of the ordered export: ids, labels, every property but the loader's bookkeeping. */
export function graphHash(graph: ExtractedGraph): string {
  return createHash('sha256').update(JSON.stringify(graph)).digest('hex');
}

export async function graphContentHash(executor: Executor, plans: string[] | null = null): Promise<string> {
  return graphHash(await readGraph(executor, plans));
}
