// The five seed plans in a Neo4j of this file's own (started here, so the
// graph starts empty and whole-graph checks such as "no orphans" are exact).
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/extract/gazetteer.js';
import { extractPlan, mergeGraphs } from '../../src/extract/index.js';
import { loadPlans } from '../../src/extract/load-plans.js';
import type { PlanExtraction } from '../../src/extract/types.js';
import { PROJECT_ROOT, readConfig } from '../../src/graph/config.js';
import { createDriver } from '../../src/graph/driver.js';
import { createExecutor, type Executor } from '../../src/graph/executor.js';
import { graphContentHash, readGraph } from '../../src/graph/export/read-graph.js';
import { loadPlan, removePlan } from '../../src/graph/ingest/load-plan.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/graph/local-neo4j.js';
import { migrate } from '../../src/graph/migrate.js';
import { seedIfEmpty } from '../../src/graph/seed-if-empty.js';
import { loadManifest } from '../../src/text/manifest.js';
import { parsePlan } from '../../src/text/index.js';
import { freePort } from '../setup/neo4j-global-setup.js';
import type { Driver } from 'neo4j-driver';

let local: LocalNeo4j;
let driver: Driver;
let executor: Executor;
let dataDir: string;
let extractions: PlanExtraction[];
let cleanHash: string;
const gazetteer = loadGazetteer();

beforeAll(async () => {
  await mkdir(path.join(PROJECT_ROOT, '.data'), { recursive: true });
  dataDir = await mkdtemp(path.join(PROJECT_ROOT, '.data', 'test-seed-'));
  local = await startLocalNeo4j({ ...readConfig({}).launcher, dataDir, boltPort: await freePort() });
  driver = createDriver({ uri: local.uri, user: 'neo4j', password: undefined, database: 'neo4j' });
  executor = createExecutor(driver, 'neo4j');
  await migrate(executor);
  extractions = loadPlans([], true).map((doc) => extractPlan(doc, gazetteer));
});

afterAll(async () => {
  await driver?.close();
  await local?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const planFacts = async (plan: string) =>
  new Set((await readGraph(executor, [plan])).relationships.map((r) => r.properties.id));

async function orphanCount(): Promise<number> {
  const graph = await readGraph(executor, null);
  const linked = new Set(graph.relationships.flatMap((r) => [r.start, r.end]));
  return graph.nodes.filter((n) => !['Plan', 'Section', 'Paragraph'].includes(n.type) && !linked.has(n.id)).length;
}

/** The extraction of a seed plan whose original text lost the lines `drop` picks. */
function editedPlan(planId: string, drop: (line: string, index: number) => boolean): PlanExtraction {
  const original = loadPlans([planId], false)[0]!;
  const raw = original.raw.split('\n').filter((line, i) => !drop(line, i)).join('\n');
  return extractPlan(parsePlan(raw, loadManifest().find((p) => p.id === planId)!), gazetteer);
}

describe('the five seed plans', () => {
  it('seed an empty graph once; a warm start writes nothing', async () => {
    // The test's own extractions: the gazetteer may change on disk while this file runs.
    const first = await seedIfEmpty(executor, { extract: () => extractions });
    expect(first.seeded).toBe(true);
    expect(first.plans.map((p) => [p.planId, p.status])).toEqual(extractions.map((x) => [x.planId, 'new']));
    cleanHash = await graphContentHash(executor);
    const warm = await seedIfEmpty(executor, { extract: () => { throw new Error('a warm start must not extract'); } });
    expect(warm).toMatchObject({ seeded: false, plans: [] });
    expect(await graphContentHash(executor)).toBe(cleanHash);
  });

  it('hold exactly what extraction produced: every node and relationship, no orphans', async () => {
    const expected = mergeGraphs(extractions);
    const graph = await readGraph(executor, null);
    const count = <T>(list: T[], key: (x: T) => string) => list.reduce<Record<string, number>>((acc, x) => ((acc[key(x)] = (acc[key(x)] ?? 0) + 1), acc), {});
    expect(count(graph.nodes, (n) => n.type)).toEqual(count(expected.nodes, (n) => n.type));
    expect(count(graph.relationships, (r) => r.type)).toEqual(count(expected.relationships, (r) => r.type));
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(expected.nodes.map((n) => n.id).sort());
    expect(await orphanCount()).toBe(0);
  });

  it('give one plan back in the extract format: what went in, up to nulls and the merging of shared entities', async () => {
    // The last plan written, so shared entities carry its properties (the last writer wins).
    const last = extractions[extractions.length - 1]!;
    const back = await readGraph(executor, [last.planId]);
    const clean = (p: Record<string, unknown>) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== null).sort(([a], [b]) => (a < b ? -1 : 1)));
    const byId = <T>(list: T[], id: (x: T) => string) => new Map(list.map((x) => [id(x), x]));
    const rels = byId(back.relationships, (r) => r.properties.id);
    expect(rels.size).toBe(last.relationships.length);
    for (const r of last.relationships) {
      expect(rels.get(r.properties.id), r.properties.id).toEqual({ type: r.type, start: r.start, end: r.end, properties: clean(r.properties) });
    }
    const nodes = byId(back.nodes, (n) => n.id);
    expect(nodes.size).toBe(last.nodes.length);
    for (const n of last.nodes) {
      const got = nodes.get(n.id)!;
      expect({ ...got, aliases: [] }, n.id).toEqual({ ...n, aliases: [], properties: clean(n.properties) });
      expect(got.aliases).toEqual(expect.arrayContaining(n.aliases)); // aliases: the union over the plans
    }
  });

  it('are idempotent: a second ingest skips, a forced one rewrites the same content', async () => {
    for (const x of extractions) expect((await loadPlan(executor, x)).status).toBe('unchanged');
    for (const x of extractions) expect((await loadPlan(executor, x, { force: true })).status).toBe('replaced');
    expect(await graphContentHash(executor)).toBe(cleanHash);
  });

  it('replace a changed plan: its removed facts are gone, nothing is orphaned, the original converges back', async () => {
    const plan = 'huludao-14fyp';
    const before = extractions.find((x) => x.planId === plan)!;
    // A fact between entities (the extraction decides which exist); drop its line from the text.
    const hosts = before.relationships.find((r) => !['PART_OF', 'MENTIONED_IN', 'HAS_TARGET'].includes(r.type))!;
    expect(hosts).toBeDefined();
    const edited = editedPlan(plan, (_line, i) => i + 1 === hosts.properties.line);
    expect(edited.relationships.length).toBeLessThan(before.relationships.length);
    expect((await loadPlan(executor, edited)).status).toBe('replaced');
    const facts = await planFacts(plan);
    expect(facts.has(hosts.properties.id)).toBe(false);
    const kept = new Set(edited.relationships.map((r) => r.properties.id));
    const gone = before.relationships.map((r) => r.properties.id).filter((id) => !kept.has(id));
    expect(gone.length).toBeGreaterThan(0);
    expect(gone.filter((id) => facts.has(id))).toEqual([]);
    expect([...facts].sort()).toEqual(edited.relationships.map((r) => r.properties.id).sort());
    expect(await orphanCount()).toBe(0);
    const expected = mergeGraphs(extractions.map((x) => (x.planId === plan ? edited : x)));
    expect((await readGraph(executor, null)).nodes.length).toBe(expected.nodes.length);
    await loadPlan(executor, before);
    expect(await graphContentHash(executor)).toBe(cleanHash);
  });

  it('removing a plan keeps entities shared with other plans and their facts', async () => {
    const plan = 'anshan-ycydlq-2022';
    const others = extractions.filter((x) => x.planId !== plan);
    const otherFacts = new Set(others.flatMap((x) => x.relationships.map((r) => r.properties.id)));
    const shared = extractions
      .find((x) => x.planId === plan)!
      .nodes.filter((n) => n.type === 'Enterprise' && others.some((o) => o.relationships.some((r) => r.start === n.id || r.end === n.id)));
    expect(shared.length).toBeGreaterThan(0);
    await removePlan(executor, plan);
    const graph = await readGraph(executor, null);
    const ids = new Set(graph.nodes.map((n) => n.id));
    for (const n of shared) expect(ids.has(n.id), n.id).toBe(true);
    expect(new Set(graph.relationships.map((r) => r.properties.id))).toEqual(otherFacts);
    expect(graph.nodes.some((n) => n.type === 'Task')).toBe(false); // only 001 has tasks
    expect(await orphanCount()).toBe(0);
    // Re-adding it last differs from the clean ingest only where plans disagree on a shared
    // entity's property (last writer wins); the facts and nodes are the same.
    await loadPlan(executor, extractions.find((x) => x.planId === plan)!);
    const back = await readGraph(executor, null);
    expect(back.relationships.length).toBe(mergeGraphs(extractions).relationships.length);
    expect(back.nodes.length).toBe(mergeGraphs(extractions).nodes.length);
  });

  it('full-text search finds 鞍钢 and 高新区 by substring', async () => {
    const search = async (index: string, query: string) => (await executor.read<{ id: string }>('stats/fulltext-search', { index, query })).map((r) => r.id);
    const ansteel = await search('entity_search', '"鞍钢"');
    expect(ansteel.some((id) => id.startsWith('Enterprise:') && id.includes('鞍钢'))).toBe(true);
    const parks = await search('entity_search', '"高新区"');
    expect(parks.some((id) => id.startsWith('IndustrialPark:'))).toBe(true);
    const paragraphs = await search('paragraph_search', '"高新区"');
    expect(paragraphs.length).toBeGreaterThan(3);
    expect((await search('paragraph_search', '"鞍钢"')).every((id) => !id.startsWith('huludao'))).toBe(true);
  });
});

describe('kill -9 in the middle of a plan’s transaction', () => {
  async function killMidway(extraction: PlanExtraction): Promise<number> {
    const file = path.join(dataDir, `${extraction.planId}.json`);
    await writeFile(file, JSON.stringify(extraction));
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'tests/graph/kill-child.ts'), local.uri, file], { stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
    let killedAt = 0;
    for await (const line of createInterface({ input: child.stdout! })) {
      const m = /^STEP (\d+)\/(\d+)$/.exec(line);
      if (m && Number(m[1]) >= Number(m[2]) / 2) {
        killedAt = Number(m[1]);
        child.kill('SIGKILL');
        break;
      }
    }
    await exited;
    return killedAt;
  }

  /** The server rolls back once it notices the dead connection; wait until the plan's locks are gone. */
  async function settled(check: () => Promise<boolean>) {
    for (let i = 0; i < 50 && !(await check()); i++) await new Promise((r) => setTimeout(r, 200));
  }

  it('leaves the previous version of a replaced plan whole, and a re-run converges', async () => {
    const plan = 'shenyang-tiexi-14fyp';
    const original = extractions.find((x) => x.planId === plan)!;
    await loadPlan(executor, original, { force: true }); // 004 last again, as in the clean ingest
    const reference = await graphContentHash(executor);
    const edited = editedPlan(plan, (line) => line.includes('中关村'));
    expect(await killMidway(edited)).toBeGreaterThan(1);
    await settled(async () => (await graphContentHash(executor)) === reference);
    expect(await graphContentHash(executor)).toBe(reference);
    await loadPlan(executor, edited);
    await loadPlan(executor, original);
    expect(await graphContentHash(executor)).toBe(reference);
  });

  it('leaves nothing of a new plan', async () => {
    const plan = 'shenyang-tiexi-14fyp';
    const original = extractions.find((x) => x.planId === plan)!;
    const full = await graphContentHash(executor);
    await removePlan(executor, plan);
    const without = await graphContentHash(executor);
    expect(await killMidway(original)).toBeGreaterThan(1);
    await settled(async () => (await graphContentHash(executor)) === without);
    expect(await readGraph(executor, [plan])).toEqual({ nodes: [], relationships: [] });
    expect(await graphContentHash(executor)).toBe(without);
    expect((await loadPlan(executor, original)).status).toBe('new');
    expect(await graphContentHash(executor)).toBe(full);
  });
});

describe('the CLI verbs against this database (NEO4J_URI)', () => {
  let saved: string | undefined;
  beforeAll(() => {
    saved = process.env.NEO4J_URI;
    process.env.NEO4J_URI = local.uri;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.NEO4J_URI;
    else process.env.NEO4J_URI = saved;
  });

  const quietly = async <T>(work: () => Promise<T>): Promise<T> => {
    const out = process.stdout.write.bind(process.stdout);
    const err = process.stderr.write.bind(process.stderr);
    process.stdout.write = (() => true) as typeof process.stdout.write;
    process.stderr.write = (() => true) as typeof process.stderr.write;
    const log = console.log;
    const error = console.error;
    console.log = () => {};
    console.error = () => {};
    try {
      return await work();
    } finally {
      process.stdout.write = out;
      process.stderr.write = err;
      console.log = log;
      console.error = error;
    }
  };

  it('ingest --json reports each plan; export writes JSON, GraphML and CSV of a plan; stats counts it', async () => {
    const { main } = await import('../../src/cli/index.js');
    const out = path.join(dataDir, 'cli');
    const plan = 'anshan-hitech-14fyp';
    // The CLI extracts anew; compare with an extraction made now (the gazetteer may move on disk meanwhile).
    const expected = extractPlan(loadPlans([plan], false)[0]!, loadGazetteer());
    expect(await quietly(() => main(['ingest', plan, '--json', path.join(out + '-ingest.json')]))).toBe(0);
    const { readFile } = await import('node:fs/promises');
    const report = JSON.parse(await readFile(out + '-ingest.json', 'utf8')) as { planId: string; status: string }[];
    expect(report).toHaveLength(1);
    expect(report[0]?.planId).toBe(plan);
    expect(['unchanged', 'replaced']).toContain(report[0]?.status);

    expect(await quietly(() => main(['export', '--format', 'json', '--plan', plan, '--output', out + '.json']))).toBe(0);
    const json = JSON.parse(await readFile(out + '.json', 'utf8')) as PlanExtraction;
    expect(json.planId).toBe(plan);
    expect(json.relationships.length).toBe(expected.relationships.length);
    expect(json.nodes.length).toBe(expected.nodes.length);

    expect(await quietly(() => main(['export', '--format', 'graphml', '--plan', plan, '--output', out + '.graphml']))).toBe(0);
    const graphml = await readFile(out + '.graphml', 'utf8');
    expect(graphml.match(/<node id=/g)?.length).toBe(expected.nodes.length);
    expect(graphml.match(/<edge id=/g)?.length).toBe(expected.relationships.length);

    expect(await quietly(() => main(['export', '--format', 'csv', '--plan', plan, '--output', out]))).toBe(0);
    const nodesCsv = await readFile(path.join(out, 'nodes.csv'), 'utf8');
    expect(nodesCsv.startsWith('id,labels,type,name,aliases,')).toBe(true);
    expect(nodesCsv).toContain(`Plan:${plan},Plan,Plan,`);

    expect(await quietly(() => main(['stats', '--json', out + '-stats.json']))).toBe(0);
    const stats = JSON.parse(await readFile(out + '-stats.json', 'utf8')) as { plans: { plan: string; paragraphs: number }[] };
    expect(stats.plans.find((p) => p.plan === plan)?.paragraphs).toBe(expected.nodes.filter((n) => n.type === 'Paragraph').length);
  });

  it('an unknown plan is an error with exit code 1, bad arguments exit 2', async () => {
    const { main } = await import('../../src/cli/index.js');
    await expect(quietly(() => main(['export', '--plan', 'no-such-plan']))).rejects.toMatchObject({ code: 1, message: expect.stringContaining('no plan "no-such-plan"') });
    await expect(quietly(() => main(['ingest', '--remove', 'no-such-plan']))).rejects.toMatchObject({ code: 1 });
    await expect(quietly(() => main(['export', '--format', 'pdf']))).rejects.toMatchObject({ code: 2 });
  });
});
