// The schema's ground rules: plugins, Context, scalars and the root types.
// No types are defined here; each domain has its file in schema/.
import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import { MAX_PAGE } from './args.js';
import type { Context } from './context.js';
import { BadArgumentError, QueryTooComplexError } from './errors.js';
import { encodeGlobalID, readGlobalID } from './ids.js';
import { nodeOrError } from './node-loaders.js';

export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
}>({
  plugins: [ComplexityPlugin, RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // Entity global ids are their graph ids in base64 (see ids.ts).
    encodeGlobalID,
    decodeGlobalID: readGlobalID,
    // Relay returns null for an unknown id; we also say so, as a NOT_FOUND error beside the null.
    nodeQueryOptions: {
      description: 'Any entity, plan or section by its global id (or its graph id, e.g. "Enterprise:鞍钢集团有限公司").',
      resolve: (_root, { id }, context, info) => nodeOrError(context, id, info),
    },
    nodesQueryOptions: {
      description: `Several nodes (at most ${MAX_PAGE}) by global id, in the order given; each unknown or malformed id is null with its own error.`,
      // Each id is a node fetched: count it like `first`, including ids sent as variables.
      complexity: (args) => ({ field: 1, multiplier: Array.isArray(args.ids) ? args.ids.length : 1 }),
      resolve: (_root, { ids }, context, info) => {
        if (ids.length > MAX_PAGE) throw new BadArgumentError('ids', `takes at most ${MAX_PAGE} ids (got ${ids.length}); split them over several requests`);
        // An error is returned as the item, not as a rejected promise in the list: graphql-js reads
        // both the same way, graphql-jit (plugins/use-compiled-execution.ts) miscounts the list for the latter.
        return Promise.all(ids.map((id) => nodeOrError(context, id, info).catch((error: unknown) => error)));
      },
    },
  },
  complexity: {
    defaultComplexity: 1,
    defaultListMultiplier: 10,
    // Bounds what one request can ask of Neo4j; raise with care (each level multiplies).
    // List fields set their multiplier from their `first`/`limit` argument.
    limit: { complexity: 50_000, depth: 12, breadth: 200 },
    complexityError: (kind, result) => {
      const [found, max] = {
        Complexity: [result.complexity, result.maxComplexity],
        Depth: [result.depth, result.maxDepth],
        Breadth: [result.breadth, result.maxBreadth],
      }[kind];
      return new QueryTooComplexError(kind.toLowerCase(), found ?? 0, max ?? 0);
    },
  },
});

builder.queryType({});
