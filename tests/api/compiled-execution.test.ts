// Compiled execution (graphql-jit) answers exactly as graphql-js does,
// errors and their locations included, once a document is hot.
import { createSchema, createYoga } from 'graphql-yoga';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { useCompiledExecution } from '../../src/api/plugins/use-compiled-execution.js';

const schema = createSchema({
  typeDefs: 'type Item { n: Int! bad: Int later: Int } type Query { items: [Item] fails: Int }',
  resolvers: {
    Query: {
      items: () => [{ n: 1 }, new GraphQLError('item 2 is missing', { extensions: { code: 'NOT_FOUND' } }), { n: 3 }],
      fails: () => {
        throw new GraphQLError('no such thing', { extensions: { code: 'NOT_FOUND' } });
      },
    },
    Item: { bad: () => Promise.reject(new Error('secret detail')), later: (item: { n: number }) => Promise.resolve(item.n) },
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

  it('keeps the selection order on every run, async fields included, and writes errors first', async () => {
    // Yoga's default executor put an async field after the sync ones (hayes/pothos#1511).
    const yoga = createYoga({ schema, logging: false, plugins: [useCompiledExecution({ runsBeforeCompile: 2 })] });
    for (let run = 1; run <= 4; run++) {
      const text = await ask(yoga, '{ items { later n } }');
      expect(text, `run ${run}`).toBe('{"errors":[{"message":"item 2 is missing","locations":[{"line":1,"column":3}],"path":["items",1],"extensions":{"code":"NOT_FOUND"}}],"data":{"items":[{"later":1,"n":1},null,{"later":3,"n":3}]}}');
    }
  });
});
