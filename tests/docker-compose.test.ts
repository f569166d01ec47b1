// Docker cannot run in CI here, so check what can be checked without it: the
// compose file wires the app to a healthy Neo4j with matching credentials,
// and the Dockerfile starts the same command as `npm start`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readApiConfig } from '../src/api/config.js';
import { readConfig } from '../src/graph/config.js';

const root = new URL('../', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, root), 'utf8');

interface Service {
  image?: string;
  build?: string;
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test: string[]; interval: string; retries: number };
  depends_on?: Record<string, { condition: string }>;
}
const compose = parse(read('docker-compose.yml')) as { services: Record<string, Service>; volumes: Record<string, unknown> };
const { neo4j, app } = compose.services as { neo4j: Service; app: Service };

describe('docker-compose.yml', () => {
  it('runs the official Neo4j 5.26 Community image with a named volume', () => {
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.volumes).toContain('neo4j-data:/data');
    expect(Object.keys(compose.volumes)).toContain('neo4j-data');
  });

  it('has a healthcheck that the app waits for', () => {
    expect(neo4j.healthcheck?.test.join(' ')).toMatch(/wget .*http:\/\/localhost:7474|cypher-shell/);
    expect(app.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
  });

  it('publishes Bolt, the browser and the API on loopback only', () => {
    expect(neo4j.ports).toEqual(['127.0.0.1:7474:7474', '127.0.0.1:7687:7687']);
    expect(app.ports).toEqual(['127.0.0.1:4000:4000']);
    // Inside the container the app listens everywhere, or the published port could not reach it.
    expect(readConfig({ ...app.environment, NEO4J_PASSWORD: 'plangraph-dev' }).host).toBe('0.0.0.0');
  });

  it('serves GraphiQL although the image sets NODE_ENV=production (the README sends Docker users to it)', () => {
    expect(read('Dockerfile')).toMatch(/^ENV NODE_ENV=production$/m);
    const api = readApiConfig({ NODE_ENV: 'production', ...app.environment });
    expect(api).toMatchObject({ graphiql: true, introspection: true });
  });

  it('gives both services the same credentials through NEO4J_AUTH and NEO4J_PASSWORD', () => {
    const password = app.environment?.NEO4J_PASSWORD;
    expect(password).toBeDefined();
    expect(neo4j.environment?.NEO4J_AUTH).toBe(`neo4j/${password}`);
    expect(app.environment?.NEO4J_USER).toBe('neo4j');
    // The default password must pass Neo4j's 8-character minimum.
    const fallback = /:-([^}]+)}/.exec(password!)?.[1] ?? '';
    expect(fallback.length).toBeGreaterThanOrEqual(8);
  });

  it('points the app at the neo4j service, in a form our config accepts', () => {
    expect(app.build).toBe('.');
    expect(app.environment?.NEO4J_URI).toBe('bolt://neo4j:7687');
    const config = readConfig({ ...app.environment, NEO4J_PASSWORD: 'plangraph-dev' });
    expect(config.neo4j.uri).toBe('bolt://neo4j:7687');
    expect(config.port).toBe(4000);
  });

  it('bounds Neo4j memory', () => {
    expect(neo4j.environment).toMatchObject({
      NEO4J_server_memory_heap_max__size: expect.any(String),
      NEO4J_server_memory_pagecache_size: expect.any(String),
    });
  });
});

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile');
  const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string> };

  it('builds on Node 20 with npm ci', () => {
    expect(dockerfile).toMatch(/^FROM node:20/m);
    expect(dockerfile).toMatch(/^RUN npm ci/m);
  });

  it('starts what `npm start` starts, with node itself as the process signals reach', () => {
    const start = /^exec (node .+)$/.exec(pkg.scripts.start ?? '');
    expect(start, 'npm start must exec node, so SIGTERM reaches the server').not.toBeNull();
    const cmd = /^CMD (\[.+\])$/m.exec(dockerfile);
    expect(cmd).not.toBeNull();
    expect(JSON.parse(cmd![1]!)).toEqual(start![1]!.split(' '));
  });

  it('keeps local state and build output out of the image', () => {
    const ignored = read('.dockerignore').split('\n');
    for (const entry of ['node_modules', '.data', 'neo4j', '.git']) expect(ignored).toContain(entry);
  });
});
