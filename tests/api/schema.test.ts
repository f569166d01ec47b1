// schema.graphql is the printed schema (npm run schema regenerates it), and
// the public API has no mutations: ingesting is the CLI's job.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printedSchema, SCHEMA_FILE } from '../../src/api/print-schema.js';
import { schema } from '../../src/api/schema/index.js';

describe('schema.graphql', () => {
  it('is up to date (run `npm run schema` after changing src/api/schema)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printedSchema());
  });

  it('has no mutations or subscriptions', () => {
    expect(schema.getMutationType()).toBeUndefined();
    expect(schema.getSubscriptionType()).toBeUndefined();
  });

  it('has the issue\'s query fields and one type per entity type, each a Node and an Entity', () => {
    const query = schema.getQueryType()!.getFields();
    for (const field of ['node', 'nodes', 'search', 'entities', 'plans', 'plan', 'crossPlan', 'neighborhood', 'paths', 'compareIndicator', 'system']) {
      expect(query[field], field).toBeDefined();
    }
    for (const type of ['AdminArea', 'IndustrialPark', 'Enterprise', 'Project', 'Indicator', 'GovernmentAgency', 'Task', 'Institution', 'Industry']) {
      const object = schema.getType(type) as unknown as { getInterfaces(): Array<{ name: string }> };
      expect(object.getInterfaces().map((i) => i.name).sort(), type).toEqual(['Entity', 'Node']);
    }
  });
});
