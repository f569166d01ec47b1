// Named errors of the graph layer. Every driver error leaves executor.ts as one
// of these, so callers (CLI, GraphQL) can act on the kind without knowing
// neo4j-driver's codes, and every message says what to do next.

/** Base class: `code` is stable and safe to show to clients. */
export class GraphError extends Error {
  constructor(
    message: string,
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** An environment variable has a value we cannot use. */
export class ConfigError extends GraphError {
  constructor(message: string) {
    super(message, 'CONFIG');
  }
}

export type LauncherFailure =
  | 'java-missing'
  | 'maven-missing'
  | 'build-failed'
  | 'port-in-use'
  | 'store-locked'
  | 'not-ready'
  | 'crashed';

/** The local Neo4j launcher could not start; `failure` says why. */
export class LauncherError extends GraphError {
  constructor(
    readonly failure: LauncherFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, 'LAUNCHER', options);
  }
}

/** Neo4j cannot be reached (refused, closed, timed out connecting, not started). */
export class DatabaseUnavailableError extends GraphError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, 'DATABASE_UNAVAILABLE', options);
  }
}

/** A query ran longer than its timeout and was stopped. */
export class QueryTimeoutError extends GraphError {
  constructor(
    readonly query: string,
    readonly timeoutMs: number | undefined,
    options?: { cause?: unknown },
  ) {
    super(`Query "${query}" ran longer than ${timeoutMs ?? 'its'} ms and was stopped`, 'QUERY_TIMEOUT', options);
  }
}

/** Neo4j refused the credentials in NEO4J_USER / NEO4J_PASSWORD. */
export class AuthenticationError extends GraphError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, 'NEO4J_AUTH', options);
  }
}

/** A write broke a uniqueness or existence constraint from cypher/schema.cypher. */
export class ConstraintViolationError extends GraphError {
  constructor(
    readonly query: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`Query "${query}" broke a constraint: ${message}`, 'CONSTRAINT_VIOLATION', options);
  }
}

/** `query(name)` was asked for a file that does not exist under cypher/. */
export class UnknownQueryError extends GraphError {
  constructor(message: string) {
    super(message, 'UNKNOWN_QUERY');
  }
}

/** Any other error Neo4j reported for a query (syntax, semantics, memory…); `neo4jCode` is Neo4j's. */
export class CypherError extends GraphError {
  constructor(
    readonly query: string,
    readonly neo4jCode: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`Query "${query}" failed (${neo4jCode}): ${message}`, 'CYPHER', options);
  }
}
