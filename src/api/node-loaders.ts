// Which loader serves node(id) for each type. schema/refs.ts registers the
// loadable node refs here; builder.ts's node/nodes resolvers read it. (The
// relay plugin's own resolveNodes callback ignores the ids it is given and
// always loads the field's whole `ids` argument, so per-item errors in
// nodes(ids) need loaders of our own.)
import type DataLoader from 'dataloader';
import type { Context } from './context.js';
import { NotFoundError } from './errors.js';
import type { GraphQLResolveInfo } from 'graphql';
import { decodeGlobalID, isEntityType, UNREADABLE } from './ids.js';
import { chainBelow, MAX_LEVELS, traverse } from './traverse.js';

type GetLoader = (context: Context) => DataLoader<string, unknown>;

const loaders = new Map<string, GetLoader>();

export function registerNodeLoader(typename: string, getLoader: GetLoader): void {
  loaders.set(typename, getLoader);
}

/** The node, or null when the type has no loader or the key is unknown. */
export async function loadNode(context: Context, typename: string, key: string): Promise<unknown> {
  const get = loaders.get(typename);
  return get ? ((await get(context).load(key)) ?? null) : null;
}

/** node(id)'s answer: the node, or why there is none (INVALID_ID for an unreadable id, NOT_FOUND for an unknown one). */
export async function nodeOrError(context: Context, id: { typename: string; id: string }, info: GraphQLResolveInfo): Promise<unknown> {
  if (id.typename === UNREADABLE) decodeGlobalID(id.id); // throws InvalidIdError saying why
  // An entity with relationship fields selected below it: fetch them with it, in one query.
  const chain = isEntityType(id.typename) ? chainBelow(info, info.fieldNodes[0]?.selectionSet, id.typename, MAX_LEVELS) : undefined;
  const node = chain && (chain.levels.length > 0 || chain.plans) ? await traverse(context, id.id, chain) : await loadNode(context, id.typename, id.id);
  if (node === null) throw new NotFoundError(id.id, id.typename);
  return node;
}
