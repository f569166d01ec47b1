// A one-shot CLI command's use of the graph: open (local Neo4j unless
// NEO4J_URI is set, schema applied), run, close, with every GraphError turned
// into ExitError (exit 1): their messages already say what to do next.
import { ExitError } from '../cli/errors.js';
import { readConfig } from './config.js';
import { openGraph, type Graph } from './connect.js';
import { GraphError } from './errors.js';

const log = (line: string) => console.error(`plangraph: ${line}`);

export async function withGraph<R>(work: (graph: Graph) => Promise<R>): Promise<R> {
  let graph: Graph;
  try {
    graph = await openGraph(readConfig(), { log });
  } catch (error) {
    throw error instanceof GraphError ? new ExitError(error.message) : error;
  }
  try {
    return await work(graph);
  } catch (error) {
    throw error instanceof GraphError ? new ExitError(error.message) : error;
  } finally {
    await graph.close();
  }
}
