// Every query under cypher/ compiles against the real Neo4j: EXPLAIN plans it
// without running it. The schema script is applied by the global setup
// instead (EXPLAIN does not take schema commands).
import { describe, expect, it } from 'vitest';
import { listQueries, query, queryFile, statements } from '../../src/graph/queries.js';
import { useTestGraph } from '../setup/neo4j.js';

const { driver, neo4j } = useTestGraph();

/** Sample values for the parameter names used across cypher/ (unknown ones are null). */
const SAMPLES: Record<string, unknown> = {
  plan: 'sample-plan',
  plans: ['sample-plan'],
  props: { id: 'sample-plan', name: 'x' },
  rows: [{ id: 'x', start: 'a', end: 'b', props: { id: 'x', plan: 'sample-plan' }, aliases: [] }],
  index: 'entity_search',
  query: '"鞍钢"',
  timeoutSeconds: 1,
  id: 'x',
  ids: ['x'],
  first: 10,
  limit: 10,
  after: null,
  text: '鞍钢',
};

function paramsOf(text: string): Record<string, unknown> {
  const names = new Set([...text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!));
  return Object.fromEntries([...names].map((name) => [name, name in SAMPLES ? SAMPLES[name] : null]));
}

const names = listQueries().filter((name) => name !== 'schema');

describe('cypher/', () => {
  it('has queries to check', () => {
    expect(names).toContain('load/merge-plan');
    expect(names.length).toBeGreaterThan(30);
  });

  it.each(names)('%s compiles (EXPLAIN)', async (name) => {
    const session = driver.session({ database: neo4j.database });
    try {
      // Scripts (several statements) are checked statement by statement.
      const texts = statements(queryFile(name)).length > 1 ? statements(queryFile(name)) : [query(name)];
      for (const text of texts) {
        // Query options (`CYPHER replan=skip`) must stay in front of EXPLAIN; texts come without comments, on one line.
        const explained = text.replace(/^((?:CYPHER(?: [\w.]+=[\w.]+)+ )?)/, '$1EXPLAIN ');
        const result = await session.run(explained, paramsOf(text));
        expect(result.summary.plan, name).toBeTruthy();
      }
    } finally {
      await session.close();
    }
  });
});
