// Compiled execution (graphql-jit) answers exactly as graphql-js does,
// errors and their locations included, once a document is hot.
import { createSchema, createYoga } from 'graphql-yoga';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { useCompiledExecution } from '../../src/api/plugins/use-compiled-execution.js';

const schema = createSchema({
  typeDefs: 'type Item { n: Int! bad: Int } type Query { items: [Item] fails: Int }',
  resolvers: {
    Query: {
      items: () => [{ n: 1 }, new GraphQLError('item 2 is missing', { extensions: { code: 'NOT_FOUND' } }), { n: 3 }],
      fails: () => {
        throw new GraphQLError('no such thing', { extensions: { code: 'NOT_FOUND' } });
      },
    },
    Item: { bad: () => Promise.reject(new Error('secret detail')) },
  },
});

async function ask(yoga: ReturnType<typeof createYoga>, query: string): Promise<string> {
  const response = await yoga.fetch('http://yoga/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return response.text();
}

describe('compiled execution', () => {
  it('answers as graphql-js, with the same errors at the same locations, on every run', async () => {
    const plain = createYoga({ schema, logging: false });
    const compiled = createYoga({ schema, logging: false, plugins: [useCompiledExecution({ runsBeforeCompile: 1 })] });
    // Line breaks of every kind before the failing fields: locations are counted as graphql-js counts them.
    const query = '{\r\n  items {\n    n\r    bad\n  }\n  fails\n}';
    const expected = await ask(plain, query);
    expect(expected).toContain('"locations":[{"line":4,"column":5}]');
    expect(expected).toContain('"locations":[{"line":6,"column":3}]');
    for (let run = 1; run <= 3; run++) expect(JSON.parse(await ask(compiled, query)), `run ${run}`).toEqual(JSON.parse(expected));
  });
});
