// A one-shot CLI command's use of the graph: open (NEO4J_URI, else the local
// Neo4j already running for the data directory, else a new one; schema
// applied), run, close, with every GraphError turned into ExitError (exit 1):
// their messages already say what to do next.
import { ExitError } from '../cli/errors.js';
import { readConfig } from './config.js';
import { openGraph, type Graph } from './connect.js';
import { GraphError } from './errors.js';

const log = (line: string) => console.error(`plangraph: ${line}`);

export async function withGraph<R>(work: (graph: Graph) => Promise<R>): Promise<R> {
  let graph: Graph;
  try {
    graph = await openGraph(readConfig(), { log, attach: true });
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
