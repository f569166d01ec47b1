// Keyset cursors: the sort key of the last row seen, as base64 JSON, with the
// connection's name so a cursor from one list is refused by another. Cypher
// gets the key as `$after` (a list), never an offset, so pages stay stable
// while plans are re-ingested.
import { BadArgumentError } from './errors.js';

export type CursorKey = Array<string | number>;

export function toCursor(kind: string, key: CursorKey): string {
  return Buffer.from(JSON.stringify([kind, ...key]), 'utf8').toString('base64');
}

/** The key of `after`, or null without one; BadArgumentError when it is not a cursor of this connection. */
export function fromCursor(kind: string, after: string | null | undefined, length: number): CursorKey | null {
  if (after === null || after === undefined) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(after, 'base64').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (
    !Array.isArray(parsed) ||
    parsed[0] !== kind ||
    parsed.length !== length + 1 ||
    !parsed.slice(1).every((v) => typeof v === 'string' || typeof v === 'number')
  ) {
    throw new BadArgumentError('after', `must be a cursor this ${kind} connection returned (pageInfo.endCursor or an edge's cursor)`);
  }
  return parsed.slice(1) as CursorKey;
}

export interface Page<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  /** Runs the count query only when `totalCount` is selected. */
  totalCount: () => Promise<number>;
}

/** A page from `rows` fetched with LIMIT first + 1 (the extra row only says there is a next page). */
export function toPage<R, T>(
  rows: R[],
  first: number,
  hadCursor: boolean,
  edge: (row: R) => { key: CursorKey; node: T },
  kind: string,
  count: () => Promise<number>,
): Page<T> {
  const edges = rows.slice(0, first).map((row) => {
    const { key, node } = edge(row);
    return { cursor: toCursor(kind, key), node };
  });
  let counted: Promise<number> | undefined;
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: hadCursor,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: () => (counted ??= count()),
  };
}
