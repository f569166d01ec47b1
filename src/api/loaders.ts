// Per-request batching for list fields: every `load(id)` of one field with the
// same arguments, at any depth, becomes ONE query with `UNWIND $ids`, and the
// results go back to their keys whatever order Neo4j returned them in.
// Node types load through the dataloader plugin instead (schema/refs.ts).
import DataLoader from 'dataloader';
import { perRequest, type Context } from './context.js';

/**
 * The request's loader for `key` (name the query and its arguments, e.g.
 * `read/related-out:HOSTS:Enterprise:{"plan":null,"first":20}`). `load` maps
 * the batch's ids to their values; ids it leaves out get `missing`.
 */
export function batchLoader<V>(
  context: Context,
  key: string,
  load: (ids: string[]) => Promise<Map<string, V>>,
  missing: V,
): DataLoader<string, V> {
  return perRequest(
    context,
    key,
    () =>
      new DataLoader<string, V>(async (ids) => {
        const found = await load([...ids]);
        return ids.map((id) => found.get(id) ?? missing);
      }),
  );
}

/** `rows` keyed by their `id` column, with `pick` applied. */
export function byId<R extends { id: string }, V>(rows: R[], pick: (row: R) => V): Map<string, V> {
  return new Map(rows.map((row) => [row.id, pick(row)]));
}
