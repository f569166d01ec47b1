import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, readConfig } from '../../src/graph/config.js';
import { ConfigError } from '../../src/graph/errors.js';

describe('readConfig', () => {
  it('has working defaults: local Neo4j on 7687, store under .data, GraphQL on 4000', () => {
    expect(readConfig({})).toEqual({
      neo4j: { uri: undefined, user: 'neo4j', password: undefined, database: 'neo4j' },
      launcher: {
        dataDir: path.join(PROJECT_ROOT, '.data'),
        boltPort: 7687,
        heap: '512m',
        pageCache: '256m',
        txMemory: '256m',
        password: undefined,
        startTimeoutMs: 120_000,
      },
      port: 4000,
      host: '127.0.0.1',
    });
  });

  it.each([
    ['NEO4J_URI', 'bolt://db:7687', (c: ReturnType<typeof readConfig>) => c.neo4j.uri, 'bolt://db:7687'],
    ['NEO4J_URI', 'neo4j+s://x.databases.neo4j.io', (c: ReturnType<typeof readConfig>) => c.neo4j.uri, 'neo4j+s://x.databases.neo4j.io'],
    ['NEO4J_DATABASE', 'plans', (c: ReturnType<typeof readConfig>) => c.neo4j.database, 'plans'],
    ['NEO4J_BOLT_PORT', '7799', (c: ReturnType<typeof readConfig>) => c.launcher.boltPort, 7799],
    ['NEO4J_HEAP', '1G', (c: ReturnType<typeof readConfig>) => c.launcher.heap, '1g'],
    ['NEO4J_PAGECACHE', '64m', (c: ReturnType<typeof readConfig>) => c.launcher.pageCache, '64m'],
    ['NEO4J_TX_MEMORY', '128m', (c: ReturnType<typeof readConfig>) => c.launcher.txMemory, '128m'],
    ['NEO4J_START_TIMEOUT', '30', (c: ReturnType<typeof readConfig>) => c.launcher.startTimeoutMs, 30_000],
    ['PLANGRAPH_DATA_DIR', '/tmp/pg', (c: ReturnType<typeof readConfig>) => c.launcher.dataDir, '/tmp/pg'],
    ['PORT', '8080', (c: ReturnType<typeof readConfig>) => c.port, 8080],
    ['HOST', '0.0.0.0', (c: ReturnType<typeof readConfig>) => c.host, '0.0.0.0'],
    ['NEO4J_URI', '   ', (c: ReturnType<typeof readConfig>) => c.neo4j.uri, undefined], // blank = unset
  ])('%s=%s is read', (name, value, pick, expected) => {
    expect(pick(readConfig({ [name]: value }))).toEqual(expected);
  });

  it('resolves a relative data dir against the working directory', () => {
    expect(readConfig({ PLANGRAPH_DATA_DIR: 'mine' }).launcher.dataDir).toBe(path.resolve('mine'));
  });

  it('turns the local auth on when NEO4J_PASSWORD is set', () => {
    expect(readConfig({ NEO4J_PASSWORD: 'secret-pass' }).launcher.password).toBe('secret-pass');
  });

  it.each([
    [{ NEO4J_URI: 'localhost:7687' }, /NEO4J_URI="localhost:7687" is not a Neo4j URI/],
    [{ NEO4J_URI: 'http://localhost:7474' }, /NEO4J_URI/],
    [{ NEO4J_BOLT_PORT: '70000' }, /NEO4J_BOLT_PORT="70000" is not a port/],
    [{ PORT: 'abc' }, /PORT="abc" is not a port/],
    [{ NEO4J_HEAP: '1.5g' }, /NEO4J_HEAP="1.5g" is not a size.*512m/],
    [{ NEO4J_PAGECACHE: '256 MB' }, /NEO4J_PAGECACHE/],
    [{ NEO4J_START_TIMEOUT: '-1' }, /NEO4J_START_TIMEOUT/],
    [{ NEO4J_PASSWORD: 'short' }, /at least 8 characters/],
    [{ NEO4J_PASSWORD: 'long-enough', NEO4J_USER: 'admin' }, /only has the user "neo4j"/],
  ])('rejects %o with a message naming the variable', (env, message) => {
    expect(() => readConfig(env)).toThrow(ConfigError);
    expect(() => readConfig(env)).toThrow(message);
  });

  it('accepts any user and short passwords for a server of your own', () => {
    expect(readConfig({ NEO4J_URI: 'bolt://db:7687', NEO4J_USER: 'admin', NEO4J_PASSWORD: 'pw' }).neo4j).toMatchObject({ user: 'admin', password: 'pw' });
  });
});
