// Relationship fields (park → enterprises, area → parks…): each is a fixed
// spec (types, direction, far-end labels) run by read/related-<direction>
// for the whole batch of parents at once. Specs come from this table, never
// from users, so the dynamic types and labels in the Cypher are our own.
// `relatedField` is the one way to declare such a field: the spec is stated
// once and serves both the resolver and traverse.ts (through `extensions`).
import type { EntityType, RelationType } from '../../extract/types.js';
import { int, pageSize } from '../args.js';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { planIdArg } from '../ids.js';
import { batchLoader } from '../loaders.js';
import type { EntityRow } from '../rows.js';
import { chainBelow, DEFAULT_RELATED, MAX_LEVELS, prefetched, traverse } from '../traverse.js';
import type { GraphQLResolveInfo } from 'graphql';
import type { InterfaceRef, ObjectRef } from '@pothos/core';

export interface RelatedSpec {
  types: RelationType[];
  /** `any` for pairs whose fact may point either way (enterprise LOCATED_IN area, area HOSTS enterprise). */
  direction: 'out' | 'in' | 'any';
  labels: EntityType[];
}

export interface RelatedArgs {
  plan?: string | null;
  first?: number | null;
}

export const relatedArgs = builder.args((t) => ({
  plan: t.string({ required: false, description: 'Only facts of this plan (plan id such as "anshan-14fyp").' }),
  first: t.int({ required: false, description: `At most this many, 0 to 100 (default ${DEFAULT_RELATED}), by name.` }),
}));

/** Cost of a relationship field: its page size multiplies what is selected below it. */
export const relatedComplexity = (args: RelatedArgs) => ({ field: 1, multiplier: pageSize('first', args.first, DEFAULT_RELATED) });

/**
 * A relationship field's value: prefetched by a traversal above it, or
 * fetched with the chain selected below it (traverse.ts), or else batched
 * with the same field of its sibling parents.
 */
export async function related(context: Context, parent: EntityRow, spec: RelatedSpec, args: RelatedArgs, info: GraphQLResolveInfo): Promise<EntityRow[]> {
  const key = String(info.path.key);
  const ready = prefetched<EntityRow[]>(context, parent, key);
  if (ready) return ready;
  if (spec.labels.length === 1) {
    const below = chainBelow(info, info.fieldNodes[0]?.selectionSet, spec.labels[0]!, MAX_LEVELS - 1);
    if (below.levels.length > 0 || below.plans) {
      const first = pageSize('first', args.first, DEFAULT_RELATED);
      const plan = args.plan ? planIdArg('plan', args.plan) : null;
      const root = await traverse(context, parent.id, { plans: false, full: false, plansFull: below.plansFull, levels: [{ key, spec, first, plan, plans: below.plans, full: below.full }, ...below.levels] });
      return (root && prefetched<EntityRow[]>(context, root, key)) ?? [];
    }
  }
  return relatedBatch(context, parent.id, spec, args);
}

/** The distinct entities at the other end of `spec` from entity `id`, by name: one query per batch of ids. */
export function relatedBatch(context: Context, id: string, spec: RelatedSpec, args: RelatedArgs): Promise<EntityRow[]> {
  const first = pageSize('first', args.first, DEFAULT_RELATED);
  const plan = args.plan ? planIdArg('plan', args.plan) : null;
  const name = `read/related-${spec.direction}`;
  return batchLoader(
    context,
    `${name}:${spec.types.join('|')}:${spec.labels.join('|')}:${plan}:${first}`,
    async (ids) => {
      const rows = await context.executor.read<{ id: string; nodes: EntityRow[] }>(name, {
        ids,
        types: spec.types,
        labels: spec.labels,
        plan,
        limit: int(first),
      });
      return new Map(rows.map((row) => [row.id, row.nodes]));
    },
    [] as EntityRow[],
  ).load(id);
}

/** What a relationship field says about itself; `via` is read by traverse.ts too. */
export interface RelatedFieldOptions {
  description: string;
  via: RelatedSpec;
}

type Types = typeof builder.$inferSchemaTypes;

/**
 * A list field of the distinct entities `via` leads to from an entity, with
 * `plan` and `first` arguments and a cost that grows with `first`.
 */
export function relatedField(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, EntityRow>,
  type: ObjectRef<Types, EntityRow | string, EntityRow> | InterfaceRef<Types, EntityRow>,
  { description, via }: RelatedFieldOptions,
) {
  return t.field({
    type: [type],
    description,
    args: relatedArgs,
    complexity: relatedComplexity,
    extensions: { related: via },
    resolve: (parent, args, context, info) => related(context, parent, via, args, info),
  });
}
