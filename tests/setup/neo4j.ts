// For integration tests: a driver and executor for the run's shared Neo4j
// (started by neo4j-global-setup.ts), and unique ids so tests never collide.
import type { Driver } from 'neo4j-driver';
import { afterAll, inject } from 'vitest';
import { createDriver } from '../../src/graph/driver.js';
import { createExecutor, type Executor } from '../../src/graph/executor.js';
import type { TestNeo4j } from './neo4j-global-setup.js';

export interface TestGraph {
  neo4j: TestNeo4j;
  driver: Driver;
  executor: Executor;
}

let shared: TestGraph | undefined;

/**
 * The shared database's connection for this test file. Call it at the top
 * level of the file (it registers an afterAll that closes the driver).
 */
export function useTestGraph(): TestGraph {
  if (shared) return shared;
  const neo4j = inject('neo4j');
  const driver = createDriver(neo4j);
  const graph: TestGraph = { neo4j, driver, executor: createExecutor(driver, neo4j.database) };
  shared = graph;
  afterAll(async () => {
    shared = undefined;
    await graph.driver.close();
  });
  return graph;
}

let counter = 0;

/** `prefix-<time>-<n>-<random>`: unique across tests, files and runs on the same database. */
export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}
