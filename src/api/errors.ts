// Errors clients may see. Expected failures become GraphQLError subclasses
// with a stable `extensions.code`; anything else is masked by Yoga as
// "Unexpected error." so internals (hosts, Cypher, stacks) never leak.
import createDebug from 'debug';
import { GraphQLError, type GraphQLErrorOptions } from 'graphql';
import { maskError as yogaMaskError, type MaskError } from 'graphql-yoga';
import { DatabaseUnavailableError, QueryTimeoutError } from '../graph/errors.js';

// Extend graphql's GraphQLError for API errors (vitest.config.ts makes tests
// load the same copy of graphql as Yoga, so none is masked by mistake).
export { GraphQLError };

const debug = createDebug('plangraph:api');

/** The `path`, `locations` and cause of the resolver error being replaced, so clients see which field failed. */
function located(from: unknown, cause: Error): GraphQLErrorOptions {
  if (!(from instanceof GraphQLError)) return { originalError: cause };
  return { nodes: from.nodes, source: from.source, positions: from.positions, path: from.path, originalError: cause };
}

/** Neo4j cannot be reached right now; retrying later may work. HTTP 503. */
export class DatabaseUnavailableGraphQLError extends GraphQLError {
  constructor(from?: unknown, cause?: Error) {
    super('The graph database is unavailable right now; try again in a few seconds.', {
      ...(cause ? located(from, cause) : {}),
      extensions: { code: 'DATABASE_UNAVAILABLE', http: { status: 503 } },
    });
    this.name = 'DatabaseUnavailableGraphQLError';
  }
}

/** A query hit its time limit in Neo4j; asking for less (smaller `first`, fewer levels) helps. */
export class QueryTimeoutGraphQLError extends GraphQLError {
  constructor(timeoutMs: number | undefined, from?: unknown, cause?: Error) {
    super(`The query took longer than ${timeoutMs ?? 'its'} ms and was stopped; ask for fewer items or levels.`, {
      ...(cause ? located(from, cause) : {}),
      extensions: { code: 'QUERY_TIMEOUT' },
    });
    this.name = 'QueryTimeoutGraphQLError';
  }
}

/** Yoga's maskError, except that graph errors clients can act on keep a clear message and code. */
export const maskError: MaskError = (error, message, isDev) => {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof DatabaseUnavailableError) {
    debug('database unavailable: %s', original.message);
    return new DatabaseUnavailableGraphQLError(error, original);
  }
  if (original instanceof QueryTimeoutError) return new QueryTimeoutGraphQLError(original.timeoutMs, error, original);
  return yogaMaskError(error, message, isDev);
};

/**
 * Yoga's logger, except that expected graph errors (database down, timeout)
 * log one line instead of a stack per failed field.
 */
export const logger = {
  debug: (...args: unknown[]) => debug('%o', args),
  info: (...args: unknown[]) => console.info(...args),
  warn: (...args: unknown[]) => console.warn(...args),
  error: (...args: unknown[]) => {
    const [first] = args;
    const original = first instanceof GraphQLError ? first.originalError : first;
    if (original instanceof DatabaseUnavailableError || original instanceof QueryTimeoutError) {
      const where = first instanceof GraphQLError && first.path ? ` at ${first.path.join('.')}` : '';
      console.warn(`plangraph: ${original.code}${where}: ${original.message.split('\n')[0]}`);
      return;
    }
    console.error(...args);
  },
};

/** An argument outside its allowed range or form; the message names the argument and what is allowed. HTTP 400. */
export class BadArgumentError extends GraphQLError {
  constructor(
    readonly argument: string,
    message: string,
  ) {
    super(`Argument "${argument}" ${message}`, { extensions: { code: 'BAD_USER_INPUT', argument, http: { status: 400 } } });
    this.name = 'BadArgumentError';
  }
}

/**
 * An id that cannot be read (not base64, unknown type…). The field it was
 * given to resolves to null, and the rest of the query still runs.
 */
export class InvalidIdError extends GraphQLError {
  constructor(id: string, why: string) {
    super(`Id "${id}" is not valid: ${why}.`, { extensions: { code: 'INVALID_ID' } });
    this.name = 'InvalidIdError';
  }
}

/** A well-formed id that names nothing in the graph (never existed, or its plan was removed). */
export class NotFoundError extends GraphQLError {
  constructor(id: string, typename: string) {
    super(`No ${typename} has the id "${id}"; ids come from search, entities, plans or another node's id field.`, {
      extensions: { code: 'NOT_FOUND' },
    });
    this.name = 'NotFoundError';
  }
}

/** A query over the cost, depth or breadth limit (Pothos complexity), refused before anything runs. HTTP 400. */
export class QueryTooComplexError extends GraphQLError {
  constructor(kind: string, found: number, max: number) {
    super(
      `Query ${kind} ${found} exceeds the limit of ${max}; ask for fewer items per list (first) or fewer nested levels.`,
      { extensions: { code: 'QUERY_TOO_COMPLEX', limit: kind, found, max, http: { status: 400 } } },
    );
    this.name = 'QueryTooComplexError';
  }
}
