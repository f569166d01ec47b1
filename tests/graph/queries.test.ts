import { describe, expect, it } from 'vitest';
import { UnknownQueryError } from '../../src/graph/errors.js';
import { defineQuery, listQueries, query, queryFile, statements } from '../../src/graph/queries.js';

describe('query', () => {
  it('loads cypher/<name>.cypher by name', () => {
    expect(query('system/ping')).toMatch(/RETURN 1 AS ok$/);
    expect(query('system/counts')).toContain('relationshipCount');
  });

  it('sends a query without its comments and indentation, keeping what quotes hold', () => {
    const text = query('read/paths-shortest');
    expect(queryFile('read/paths-shortest')).toContain('// `paths` in one round trip');
    expect(text).not.toMatch(/\/\/|\/\*/);
    expect(text).toBe(statements(queryFile('read/paths-shortest'))[0]);
    defineQuery('compiled/test-comments', "// why\nRETURN 'http://x // y' AS url,\n  /* no */ 1 AS one // tail\n;");
    expect(query('compiled/test-comments')).toBe("RETURN 'http://x // y' AS url, 1 AS one");
  });

  it('returns the cached text on the second call', () => {
    expect(query('system/components')).toBe(query('system/components'));
  });

  it('names the missing file and the queries nearby', () => {
    expect(() => query('system/cuonts')).toThrow(UnknownQueryError);
    expect(() => query('system/cuonts')).toThrow(/no cypher\/system\/cuonts\.cypher.*system\/counts/);
  });

  it.each(['../package', 'system/counts.cypher', '/etc/passwd', 'System/Counts', ''])('refuses the name %j', (name) => {
    expect(() => query(name)).toThrow(/not valid/);
  });

  it('lists every query, including the schema script', () => {
    const names = listQueries();
    expect(names).toEqual(expect.arrayContaining(['schema', 'system/ping', 'system/counts', 'system/components', 'system/await-indexes']));
    expect(names).toEqual([...names].sort());
    for (const name of names) expect(() => queryFile(name)).not.toThrow();
  });
});

describe('statements', () => {
  it('splits at semicolons and drops comments and empty statements', () => {
    const script = `
      // a comment; with a semicolon
      CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE;
      /* block; comment */
      CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.name);
      ;
    `;
    expect(statements(script)).toEqual([
      'CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE',
      'CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.name)',
    ]);
  });

  it('keeps semicolons and // inside strings and backticks', () => {
    expect(statements("RETURN 'a;b' AS `x;y`, \"http://c;d\" AS url; RETURN 'it\\'s;' AS s")).toEqual([
      "RETURN 'a;b' AS `x;y`, \"http://c;d\" AS url",
      "RETURN 'it\\'s;' AS s",
    ]);
  });

  it('reads the real schema file as separate statements, the entity_id constraint first', () => {
    const list = statements(queryFile('schema'));
    expect(list[0]).toBe('CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE');
    for (const s of list) expect(s).toMatch(/IF NOT EXISTS/);
  });
});
