import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { extractionHash } from '../../src/graph/ingest/content-hash.js';
import { storeProperties, storeValue } from '../../src/graph/ingest/properties.js';
import type { Properties } from '../../src/extract/types.js';
import { InvalidExtractionError, planRows } from '../../src/graph/ingest/rows.js';
import { loadSteps } from '../../src/graph/ingest/steps.js';
import { fixture, renamed } from './fixtures.js';

describe('storeValue', () => {
  it.each([
    ['integer', 12, neo4j.int(12)],
    ['float', 6.5, 6.5],
    ['string', '鞍钢', '鞍钢'],
    ['boolean', true, true],
    ['null is not stored', null, undefined],
    ['integer list', [1, 2], [neo4j.int(1), neo4j.int(2)]],
    ['int and float list stays float', [6, 6.5], [6, 6.5]],
    ['nulls dropped from lists', ['a', null, 'b'], ['a', 'b']],
    ['mixed list becomes text', ['a', 1, true], ['a', '1', 'true']],
  ] as const)('%s', (_name, input, expected) => {
    expect(storeValue(input as never)).toEqual(expected);
  });
});

describe('storeProperties', () => {
  it('flattens maps that slip through the contract; maps inside lists become JSON', () => {
    const props = { target: { value: 6, unit: '%' }, rows: [{ a: 1 }, { a: 2 }], skip: null, keep: 'x' } as unknown as Properties;
    expect(storeProperties(props, new Set(['keep']))).toEqual({
      'target.value': neo4j.int(6),
      'target.unit': '%',
      rows: ['{"a":1}', '{"a":2}'],
    });
  });
});

describe('planRows', () => {
  const rows = planRows(fixture('plan-a'));

  it('stores the Plan node under the plan id, with the manifest fields', () => {
    expect(rows.plan).toMatchObject({ id: 'fixture-a', name: '鞍山市测试规划', issuer: '鞍山市人民政府', regionName: '鞍山市', regionLevel: 'city' });
    expect(rows.plan).not.toHaveProperty('region');
    expect(rows.plan.plan).toBeUndefined();
  });

  it('points relationships at the stored plan id', () => {
    const root = rows.relationships.get('load/create-rel-part-of-section-plan');
    expect(root).toEqual([{ start: 'fixture-a', end: 'fixture-a', props: { id: 'fixture-a/part-of/root', plan: 'fixture-a' } }]);
    expect(rows.relationships.get('load/create-rel-has-target')?.[0]?.start).toBe('fixture-a');
  });

  it('gives sections and paragraphs their plan; null properties are left out', () => {
    expect(rows.sections.map((s) => s.id)).toEqual(['fixture-a', 'fixture-a/c1']);
    expect(rows.sections[0]).not.toHaveProperty('number');
    expect(rows.sections[1]).toMatchObject({ plan: 'fixture-a', kind: 'chapter', number: '一', line: neo4j.int(2) });
    expect(rows.paragraphs[0]).toMatchObject({ plan: 'fixture-a', text: expect.stringContaining('高新区') });
  });

  it('groups entities by type, aliases deduplicated', () => {
    expect([...rows.entities.keys()].sort()).toEqual(['AdminArea', 'Enterprise', 'GovernmentAgency', 'Indicator', 'IndustrialPark', 'Task']);
    expect(rows.entities.get('Enterprise')).toEqual([
      { id: 'Enterprise:鞍钢集团有限公司', aliases: ['鞍钢', '鞍钢集团'], props: { id: 'Enterprise:鞍钢集团有限公司', type: 'Enterprise', name: '鞍钢集团有限公司', gazetteer: true } },
    ]);
  });

  it('flattens fact properties to storable values and stamps the plan', () => {
    const [led] = rows.relationships.get('load/create-rel-led-by') ?? [];
    expect(led?.props).toMatchObject({ plan: 'fixture-a', lead: true, units: ['市发展改革委'], start: neo4j.int(100) });
    const [target] = rows.relationships.get('load/create-rel-has-target') ?? [];
    expect(target?.props.values).toEqual([6, 6.5]);
  });

  it.each([
    ['a relationship to a missing node', (x: ReturnType<typeof fixture>) => x.relationships.push({ type: 'HOSTS', start: 'AdminArea:辽宁省/鞍山市', end: 'Enterprise:无', properties: { id: 'x' } }), /ends at "Enterprise:无"/],
    ['a shape the model lacks', (x: ReturnType<typeof fixture>) => x.relationships.push({ type: 'HOSTS', start: 'fixture-a/c1', end: 'Enterprise:鞍钢集团有限公司', properties: { id: 'x' } }), /no load query for HOSTS Section→Entity/],
    ['a fact of another plan', (x: ReturnType<typeof fixture>) => { x.relationships[3]!.properties.plan = 'other'; }, /belongs to plan "other"/],
    ['one id for two facts', (x: ReturnType<typeof fixture>) => x.relationships.push({ ...x.relationships[6]!, end: 'Enterprise:鞍钢集团有限公司' }), /used for two different facts/],
    ['no Plan node', (x: ReturnType<typeof fixture>) => { x.nodes.shift(); }, /expected one Plan node, found 0/],
  ])('rejects %s', (_name, change, message) => {
    const x = fixture('plan-a');
    change(x);
    expect(() => planRows(x)).toThrow(InvalidExtractionError);
    expect(() => planRows(x)).toThrow(message);
  });

  it('keeps aliases as given, once each', () => {
    const x = fixture('plan-a');
    x.nodes.find((n) => n.type === 'Enterprise')!.aliases = ['鞍钢', '鞍钢集团有限公司', '鞍钢'];
    expect(planRows(x).entities.get('Enterprise')?.[0]?.aliases).toEqual(['鞍钢', '鞍钢集团有限公司']);
  });

  it('keeps the plan a Task entity carries', () => {
    const x = fixture('plan-a');
    x.nodes.find((n) => n.type === 'Task')!.properties.plan = 'fixture-a';
    expect(planRows(x).entities.get('Task')?.[0]?.props.plan).toBe('fixture-a');
  });

  it('leaves out entities no relationship touches (they would be orphans)', () => {
    const x = fixture('plan-a');
    x.nodes.push({ id: 'Industry:孤立', type: 'Industry', name: '孤立', aliases: [], properties: {} });
    const r = planRows(x);
    expect(r.unlinked).toEqual(['Industry:孤立']);
    expect(r.entities.get('Industry')).toBeUndefined();
  });

  it('keeps one copy of a relationship listed twice', () => {
    const x = fixture('plan-a');
    x.relationships.push(x.relationships[6]!);
    expect(planRows(x).relationships.get('load/create-rel-located-in')).toHaveLength(1);
  });
});

describe('loadSteps', () => {
  const meta = { contentHash: 'h', ingestedAt: '2026-11-21T09:00:00.000Z' };

  it('clears first, then nodes, then relationships, each checked by row count', () => {
    const steps = loadSteps(planRows(fixture('plan-a')), meta);
    const kinds = steps.map((s) => s.kind);
    expect(kinds.slice(0, 3)).toEqual(['clear facts', 'clear document', 'Plan']);
    expect(kinds.indexOf('Section')).toBeLessThan(kinds.indexOf('Paragraph'));
    expect(kinds.lastIndexOf('Task')).toBeLessThan(kinds.indexOf('PART_OF'));
    expect(steps.find((s) => s.kind === 'Plan')?.params).toMatchObject({ props: { id: 'fixture-a', contentHash: 'h' } });
    expect(steps.filter((s) => s.kind === 'MENTIONED_IN').map((s) => s.expect)).toEqual([3]);
  });

  it('skips clearing for a plan the graph does not hold', () => {
    const steps = loadSteps(planRows(fixture('plan-a')), { ...meta, isNew: true });
    expect(steps[0]?.kind).toBe('Plan');
    expect(steps.some((s) => s.query.startsWith('load/clear-'))).toBe(false);
  });

  it('splits rows into batches', () => {
    const steps = loadSteps(planRows(fixture('plan-a')), meta, 2);
    expect(steps.filter((s) => s.kind === 'MENTIONED_IN').map((s) => s.expect)).toEqual([2, 1]);
    expect(steps.filter((s) => s.kind === 'PART_OF').map((s) => s.query)).toEqual([
      'load/create-rel-part-of-section-plan',
      'load/create-rel-part-of-section-section',
      'load/create-rel-part-of-paragraph-section',
    ]);
  });

  it('creates the plan-owned rows, merges the shared entities and the Plan', () => {
    const rows = planRows(fixture('plan-a'));
    const created = loadSteps(rows, meta);
    const byKind = (steps: typeof created, kind: string) => steps.filter((s) => s.kind === kind).map((s) => s.query);
    expect(byKind(created, 'Section')).toEqual(['load/create-sections']);
    expect(byKind(created, 'Paragraph')).toEqual(['load/create-paragraphs']);
    expect(byKind(created, 'Plan')).toEqual(['load/merge-plan']);
    expect(byKind(created, 'Task')).toEqual(['load/merge-entities']);
    expect(byKind(created, 'MENTIONED_IN')).toEqual(['load/create-rel-mentioned-in']);
  });
});

describe('extractionHash', () => {
  it('ignores order and messages, sees any content change', () => {
    const a = fixture('plan-a');
    const shuffled = { ...a, nodes: [...a.nodes].reverse(), relationships: [...a.relationships].reverse(), messages: [{ ruleId: 'x', reason: 'y', severity: 'info' as const, source: 's' }] };
    expect(extractionHash(shuffled)).toBe(extractionHash(a));
    const changed = fixture('plan-a');
    changed.relationships[6]!.properties.quote = '鞍山高新区';
    expect(extractionHash(changed)).not.toBe(extractionHash(a));
  });

  it('differs between renamed copies', () => {
    expect(extractionHash(renamed(fixture('plan-a'), 'x'))).not.toBe(extractionHash(fixture('plan-a')));
  });
});
