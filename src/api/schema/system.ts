// `system`: which Neo4j we talk to and how big the graph is. The smallest
// proof that a request reaches the database and back.
import { builder } from '../builder.js';
import type { Context } from '../context.js';

interface SystemInfo {
  components: () => Promise<{ version: string; edition: string }>;
  counts: () => Promise<{ nodeCount: number; relationshipCount: number }>;
}

/** Each query runs once per request, however many of its fields are selected. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => (promise ??= load());
}

function systemInfo({ executor }: Context): SystemInfo {
  return {
    components: once(async () => {
      const [row] = await executor.read<{ version: string; edition: string }>('system/components');
      return row ?? { version: 'unknown', edition: 'unknown' };
    }),
    counts: once(async () => {
      const [row] = await executor.read<{ nodeCount: number; relationshipCount: number }>('system/counts');
      return row ?? { nodeCount: 0, relationshipCount: 0 };
    }),
  };
}

const System = builder.objectRef<SystemInfo>('System').implement({
  description: 'The Neo4j behind this API and the size of the graph.',
  fields: (t) => ({
    neo4jVersion: t.string({ description: 'e.g. 5.26.30', resolve: async (s) => (await s.components()).version }),
    edition: t.string({ description: 'community or enterprise', resolve: async (s) => (await s.components()).edition }),
    nodeCount: t.int({ resolve: async (s) => (await s.counts()).nodeCount }),
    relationshipCount: t.int({ resolve: async (s) => (await s.counts()).relationshipCount }),
  }),
});

builder.queryField('system', (t) =>
  t.field({
    type: System,
    description: 'Database version and graph size; fails with DATABASE_UNAVAILABLE while Neo4j is down.',
    resolve: (_root, _args, context) => systemInfo(context),
  }),
);
