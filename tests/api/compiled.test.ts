// The traversal compiler without a database: the printed texts are current,
// only the model's types and labels can be spelled into a text, values stay
// parameters.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileTraversal, compiledTraversal, shapeKey, type ChainShape } from '../../src/api/compile-traverse.js';
import { COMPILED_FILE, printedCompiled, schemaChains } from '../../src/api/print-compiled.js';
import type { RelatedSpec } from '../../src/api/schema/related.js';
import { query, queryFile, statements } from '../../src/graph/queries.js';

const PARKS: RelatedSpec = { types: ['LOCATED_IN'], direction: 'in', labels: ['IndustrialPark'] };
const ENTERPRISES: RelatedSpec = { types: ['HOSTS'], direction: 'out', labels: ['Enterprise'] };
const Q3: ChainShape = { plans: false, levels: [{ spec: PARKS, plans: false, planFilter: false }, { spec: ENTERPRISES, plans: true, planFilter: false }] };

describe('compile-traverse', () => {
  it('cypher/compiled/traversals.md is current (run `npm run compiled`)', () => {
    expect(readFileSync(COMPILED_FILE, 'utf8')).toBe(printedCompiled());
  });

  it('covers every chain of the schema up to three levels', () => {
    const paths = schemaChains().map((c) => c.path);
    expect(paths).toContain('AdminArea.parks.enterprises');
    expect(paths.length).toBe(new Set(paths).size);
    expect(Math.max(...schemaChains().map((c) => c.shape.levels.length))).toBe(3);
  });

  it('compiles Q3 with literal types, labels and directions, values as parameters', () => {
    const text = compileTraversal(Q3);
    expect(text).toContain('MATCH (m0)<-[r1:LOCATED_IN]-(m1:IndustrialPark)');
    expect(text).toContain('MATCH (m1)-[r2:HOSTS]->(m2:Enterprise)');
    expect(text).toContain('LIMIT $n1');
    expect(text).toContain('LIMIT $n2');
    expect(text).not.toContain('$p1');
    // Whole rows only when the request selects more than id, type and name (Q3 sent 6.5 KB);
    // slim below the root: the name alone when the id is `Label:name`, the type being the label.
    expect(text).toContain('WITH id, CASE WHEN $f0 THEN m0 {.id, .type, .name, .aliases, .level, .number, .heading, .path, .units} ELSE m0 {.id, .type, .name} END AS node');
    expect(text).toContain(
      "node: CASE WHEN $f1 THEN m1 {.id, .type, .name, .aliases, .level, .number, .heading, .path, .units} WHEN m1.id = 'IndustrialPark:' + m1.name THEN m1.name ELSE m1 {.id, .name} END",
    );
    // Plans are asked at the enterprises' level only: no `plans: null` for the parks.
    expect(text.match(/plans: COLLECT/g)).toHaveLength(1);
    expect(text).not.toContain('plans: null');
    expect(text).toContain('CASE WHEN $fp THEN properties(p) ELSE p {.id, .regionName} END');
    const filtered = compileTraversal({ ...Q3, levels: [{ ...Q3.levels[0]!, planFilter: true }, Q3.levels[1]!] });
    expect(filtered).toContain('WHERE r1.plan = $p1');
  });

  it('registers one query per shape under compiled/, runnable by name', () => {
    const name = compiledTraversal(Q3);
    expect(name).toBe(`compiled/traverse/${shapeKey(Q3)}`);
    expect(compiledTraversal(Q3)).toBe(name);
    expect(queryFile(name)).toBe(compileTraversal(Q3));
    expect(query(name)).toBe(statements(compileTraversal(Q3))[0]);
  });

  it('refuses types and labels that are not the model\'s', () => {
    const evil = { types: ['HOSTS]->() DETACH DELETE m0 //'], direction: 'out', labels: ['Enterprise'] } as unknown as RelatedSpec;
    expect(() => compileTraversal({ plans: false, levels: [{ spec: evil, plans: false, planFilter: false }] })).toThrow(/not a relationship type/);
    const badLabel = { types: ['HOSTS'], direction: 'out', labels: ['Enterprise) DELETE (x'] } as unknown as RelatedSpec;
    expect(() => compileTraversal({ plans: false, levels: [{ spec: badLabel, plans: false, planFilter: false }] })).toThrow(/not an entity label/);
  });
});
