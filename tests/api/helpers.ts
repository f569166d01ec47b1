// For the API's integration tests: the five seed plans in the shared test
// Neo4j (loaded through the graph loader, as `plangraph ingest --all` does),
// a Yoga over an executor that records every query it runs, and a fetch helper.
import { loadGazetteer } from '../../src/extract/gazetteer.js';
import { extractPlan } from '../../src/extract/index.js';
import { loadPlans } from '../../src/extract/load-plans.js';
import { createPlanGraphYoga, type PlanGraphYoga, type YogaOptions } from '../../src/api/yoga.js';
import type { Executor, Params } from '../../src/graph/executor.js';
import { loadPlan } from '../../src/graph/ingest/load-plan.js';

/** Loads the seed plans (unchanged ones are skipped by content hash); returns each plan's original text by plan id. */
export async function loadSeedPlans(executor: Executor): Promise<Map<string, string>> {
  const gazetteer = loadGazetteer();
  const texts = new Map<string, string>();
  for (const doc of loadPlans([], true)) {
    const extraction = extractPlan(doc, gazetteer);
    await loadPlan(executor, extraction);
    texts.set(extraction.planId, doc.raw);
  }
  return texts;
}

export interface Recorder {
  executor: Executor;
  /** Every read since the last reset: query name and params. */
  calls: Array<{ name: string; params: Params }>;
  reset(): void;
}

/** Wraps `executor` so tests can count round trips and see the Cypher each operation runs. */
export function recording(executor: Executor): Recorder {
  const calls: Recorder['calls'] = [];
  return {
    executor: { ...executor, read: (name, params = {}, options) => (calls.push({ name, params }), executor.read(name, params, options)) },
    calls,
    reset: () => void calls.splice(0),
  };
}

export interface GraphQLBody<T = any> {
  data?: T;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, any> }>;
}

export async function gql<T = any>(yoga: PlanGraphYoga, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLBody<T> & { status: number }> {
  const { status, text } = await gqlText(yoga, query, variables);
  return { status, ...(JSON.parse(text) as GraphQLBody<T>) };
}

/** The answer as the text it was sent as (field order included), for tests that compare answers exactly. */
export async function gqlText(yoga: PlanGraphYoga, query: string, variables: Record<string, unknown> = {}): Promise<{ status: number; text: string }> {
  const response = await yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, text: await response.text() };
}

export function recordedYoga(executor: Executor, options: Omit<YogaOptions, 'executor'> = {}): { yoga: PlanGraphYoga; recorder: Recorder } {
  const recorder = recording(executor);
  // The response cache is off unless asked for: these tests count the queries each request runs.
  return { yoga: createPlanGraphYoga({ responseCache: false, ...options, executor: recorder.executor }), recorder };
}

/** `raw.slice(start, end) === quote`: the provenance promise every fact makes. */
export function quoteAt(texts: Map<string, string>, plan: string, start: number, end: number): string | undefined {
  return texts.get(plan)?.slice(start, end);
}
