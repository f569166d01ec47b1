// GraphiQL opens with the README's examples as tabs, every one valid against
// the schema, and its page loads nothing from outside this server.
import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { defaultTabs, readmeExamples } from '../../src/api/graphiql/examples.js';
import { renderGraphiQLPage } from '../../src/api/graphiql/page.js';

describe('GraphiQL', () => {
  const schema = buildSchema(readFileSync('schema.graphql', 'utf8'));

  it('has one tab per README example, each a valid operation with its comment', () => {
    const tabs = defaultTabs();
    expect(tabs.length).toBeGreaterThanOrEqual(8);
    for (const tab of tabs) {
      expect(tab.query.startsWith('#')).toBe(true);
      expect(validate(schema, parse(tab.query)).map((e) => e.message)).toEqual([]);
    }
  });

  it('splits two operations under one comment into two tabs', () => {
    const md = '## GraphQL API\n\n```graphql\n# Two\n{ a }\n{ b }\n\n# One\n{ c\n  d }\n```\n';
    expect(readmeExamples(md)).toEqual([{ query: '# Two\n{ a }\n' }, { query: '# Two\n{ b }\n' }, { query: '# One\n{ c\n  d }\n' }]);
  });

  it('loads its script, styles and workers from this server only', () => {
    const html = renderGraphiQLPage({ title: 'PlanGraph', defaultTabs: [{ query: '{ a }' }] } as never);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain('/graphiql-assets/yoga-graphiql.umd.js');
    expect(html).toContain('"defaultTabs"');
  });
});
