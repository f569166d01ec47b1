// The servers the API is compared with (bench/api.ts, bench/api-profile.ts),
// each on a free loopback port: the hand-written Cypher of every operation
// behind a bare node:http handler (POST /raw/<index> runs OPERATIONS[index]),
// the same Cypher behind bare Yoga (the framework floor), and @neo4j/graphql 7
// over the same graph on Yoga.
import { createServer, type IncomingMessage, type RequestListener, type Server } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';
import type { AppConfig } from '../src/graph/config.js';
import { NEO4J_GRAPHQL_TYPEDEFS, OPERATIONS } from './api-operations.js';

/** The request handler of the hand-written Cypher (POST /raw/<index>): what each operation is measured against. */
export function handCypherHandler(uri: string, config: AppConfig): RequestListener {
  const run = handCypherRunner(uri, config);
  return async (req, res) => {
    const index = Number((req.url ?? '').split('/').pop());
    await body(req);
    if (!OPERATIONS[index]) return void res.writeHead(404).end();
    await run(index, (rows) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(rows))).catch((error: unknown) => res.writeHead(500).end(String(error)));
  };
}

/** Answers OPERATIONS[index]'s hand-written Cypher: `answer` gets its rows. */
export type HandRunner = (index: number, answer: (rows: unknown[]) => void) => Promise<void>;

/**
 * The framework floor: bare Yoga (no plugins, no Pothos) whose one field,
 * `raw(i: Int!): JSON`, answers OPERATIONS[i]'s hand-written Cypher through
 * `run` and returns its rows as they come. What Yoga alone adds to the
 * hand-written Cypher, and so how much of the 1.3× allowance is left for our
 * schema, resolvers and plugins.
 */
export function yogaFloor(run: HandRunner) {
  const schema = createSchema({
    typeDefs: 'scalar JSON\ntype Query { raw(i: Int!): JSON }',
    resolvers: { Query: { raw: (_: unknown, { i }: { i: number }) => new Promise((resolve, reject) => void run(i, resolve).catch(reject)) } },
  });
  return createYoga({ schema, graphiql: false, logging: false });
}

/** The floor over the real Neo4j, listening on loopback. */
export async function listenYogaFloor(uri: string, config: AppConfig): Promise<Server> {
  return listenOnLoopback(createServer(yogaFloor(handCypherRunner(uri, config))));
}

/**
 * Runs OPERATIONS[index]'s Cypher as a hand-writer would run it best: an
 * auto-commit query in a READ session (executeRead spends a second round
 * trip on COMMIT, ~0.6 ms a query here), and without neo4j-driver's
 * per-result stack capture, which the bench's tsx source maps make dear
 * (~0.3 ms) where plain node would not. `answer` gets the rows before the
 * session closes, as a server would send them. Our executor reads the same
 * way (src/graph/executor.ts).
 */
export function handCypherRunner(uri: string, config: AppConfig): HandRunner & { close(): Promise<void> } {
  const driver = neo4j.driver(uri, neo4j.auth.basic(config.neo4j.user, config.neo4j.password ?? ''), { disableLosslessIntegers: true });
  const run: HandRunner = async (index, answer) => {
    const cypher = OPERATIONS[index]!.cypher;
    const session = driver.session({ database: config.neo4j.database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await runWithoutStack(() => session.run(cypher.text, cypher.params, { timeout: 5000 }));
      answer(result.records.map((r) => r.toObject()));
    } finally {
      await session.close();
    }
  };
  return Object.assign(run, { close: () => driver.close() });
}

/** @neo4j/graphql over the same Neo4j (typeDefs in api-operations.ts). */
export async function listenNeo4jGraphql(uri: string, config: AppConfig): Promise<Server> {
  const { Neo4jGraphQL } = await import('@neo4j/graphql');
  const driver = neo4j.driver(uri, neo4j.auth.basic(config.neo4j.user, config.neo4j.password ?? ''));
  const schema = await new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPEDEFS, driver }).getSchema();
  return listenOnLoopback(createServer(createYoga({ schema, graphiql: false, logging: false })));
}

export async function listenOnLoopback(server: Server): Promise<Server> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

export const portOf = (server: { address(): unknown }): number => (server.address() as { port: number }).port;

function runWithoutStack<T>(run: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = '';
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => resolve(data));
  });
}
