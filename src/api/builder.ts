// The schema's ground rules: plugins, Context, scalars and the root types.
// No types are defined here; each domain has its file in schema/.
import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import type { Context } from './context.js';

export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
}>({
  plugins: [ComplexityPlugin, RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
  },
  complexity: {
    defaultComplexity: 1,
    defaultListMultiplier: 10,
    // Bounds what one request can ask of Neo4j; raise with care (each level multiplies).
    limit: { complexity: 5000, depth: 12, breadth: 200 },
  },
});

builder.queryType({});
