// Global ids and keyset cursors: round trips, and a clear error for anything else.
import { describe, expect, it } from 'vitest';
import { fromCursor, toCursor } from '../../src/api/cursors.js';
import { decodeGlobalID, encodeGlobalID, nodeIdArg, planIdArg } from '../../src/api/ids.js';
import { searchPhrase } from '../../src/api/schema/search.js';

describe('global ids', () => {
  it('are the graph id in base64 for entities, and Type:id for plans and sections', () => {
    const id = encodeGlobalID('Enterprise', 'Enterprise:鞍钢集团有限公司');
    expect(Buffer.from(id, 'base64').toString('utf8')).toBe('Enterprise:鞍钢集团有限公司');
    expect(decodeGlobalID(id)).toEqual({ typename: 'Enterprise', id: 'Enterprise:鞍钢集团有限公司' });
    expect(decodeGlobalID(encodeGlobalID('Plan', 'anshan-14fyp'))).toEqual({ typename: 'Plan', id: 'anshan-14fyp' });
    expect(decodeGlobalID(encodeGlobalID('Section', 'anshan-14fyp/p1/c2'))).toEqual({ typename: 'Section', id: 'anshan-14fyp/p1/c2' });
  });

  it('may be given as graph ids, unencoded', () => {
    expect(decodeGlobalID('AdminArea:辽宁省/鞍山市')).toEqual({ typename: 'AdminArea', id: 'AdminArea:辽宁省/鞍山市' });
    expect(decodeGlobalID('Plan:huludao-14fyp')).toEqual({ typename: 'Plan', id: 'huludao-14fyp' });
  });

  it.each([
    ['garbage!', /neither a PlanGraph global id/],
    ['Zm9v', /neither a PlanGraph global id/], // base64 of "foo": no type
    [Buffer.from('Person:x').toString('base64'), /"Person" is not a node type/],
    ['Enterprise:', /neither/],
    ['', /neither/],
  ])('refuses %j with INVALID_ID', (input, message) => {
    expect(() => decodeGlobalID(input)).toThrow(message);
    try {
      decodeGlobalID(input);
    } catch (error) {
      expect((error as { extensions: { code: string } }).extensions.code).toBe('INVALID_ID');
    }
  });

  it('plan and node arguments say which argument was wrong', () => {
    expect(planIdArg('plan', 'anshan-14fyp')).toBe('anshan-14fyp');
    expect(planIdArg('plan', encodeGlobalID('Plan', 'anshan-14fyp'))).toBe('anshan-14fyp');
    expect(() => planIdArg('plans', 'Enterprise:鞍钢')).toThrow(/argument "plans" takes a plan id/);
    expect(() => nodeIdArg('from', 'Section:anshan-14fyp')).toThrow(/argument "from" takes the id of an entity or a plan/);
  });
});

describe('keyset cursors', () => {
  it('carry the sort key and refuse cursors of other connections or of other shapes', () => {
    const cursor = toCursor('Search', [4.25, 'Enterprise:鞍钢集团有限公司']);
    expect(fromCursor('Search', cursor, 2)).toEqual([4.25, 'Enterprise:鞍钢集团有限公司']);
    expect(fromCursor('Search', null, 2)).toBeNull();
    expect(() => fromCursor('Mention', cursor, 2)).toThrow(/Argument "after" must be a cursor this Mention connection returned/);
    expect(() => fromCursor('Search', cursor, 3)).toThrow(/Argument "after"/);
    expect(() => fromCursor('Search', 'not a cursor', 2)).toThrow(/Argument "after"/);
  });
});

describe('search text', () => {
  it('becomes an escaped Lucene phrase', () => {
    expect(searchPhrase(' 鞍钢 ')).toBe('"鞍钢"');
    expect(searchPhrase('a"b(c)')).toBe('"a\\"b\\(c\\)"');
  });

  it('needs 2 to 100 characters (the cjk analyzer indexes pairs)', () => {
    expect(() => searchPhrase('鞍')).toThrow(/Argument "text" must have 2 to 100 characters \(got 1\)/);
    expect(() => searchPhrase('鞍'.repeat(101))).toThrow(/got 101/);
  });
});
