// neo4j-driver errors → our named errors (errors.ts). The only file that knows
// Neo4j's error codes; executor.ts calls it for every failure.
import { Neo4jError } from 'neo4j-driver';
import {
  AuthenticationError,
  ConfigError,
  ConstraintViolationError,
  CypherError,
  DatabaseUnavailableError,
  GraphError,
  QueryTimeoutError,
} from './errors.js';

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable', // refused, closed, or no server answering
  'SessionExpired', // the connection broke during a transaction
  'Neo.TransientError.General.DatabaseUnavailable', // the server runs, the database is stopped or starting
]);

const CONNECTION_TROUBLE = /ECONNREFUSED|ECONNRESET|EPIPE|acquisition timed out|Connection was closed|connection timed out/i;

/**
 * Driver errors → GraphError. `query` names what ran (a query name or a
 * transaction label); `timeoutMs` is the timeout it had. Errors that did not
 * come from the driver (e.g. thrown by an inWriteTransaction callback) pass
 * through unchanged.
 */
export function toGraphError(error: unknown, query: string, timeoutMs?: number): unknown {
  if (error instanceof GraphError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (!(error instanceof Neo4jError) && !CONNECTION_TROUBLE.test(message)) return error;
  const code = error instanceof Neo4jError ? error.code : '';
  if (UNAVAILABLE_CODES.has(code) || CONNECTION_TROUBLE.test(message)) {
    return new DatabaseUnavailableError(`Neo4j is unavailable (${code || 'connection'}: ${firstLine(message)}). Is it running? Check NEO4J_URI, or unset it to start the local Neo4j.`, {
      cause: error,
    });
  }
  if (/TransactionTimedOut/.test(code)) return new QueryTimeoutError(query, timeoutMs, { cause: error });
  if (code.startsWith('Neo.ClientError.Security.')) {
    return new AuthenticationError(`Neo4j refused the credentials (${code}): check NEO4J_USER and NEO4J_PASSWORD.`, { cause: error });
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new ConfigError(`NEO4J_DATABASE names a database that does not exist: ${firstLine(message)}. Community edition has only "neo4j".`);
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ConstraintViolationError(query, firstLine(message), { cause: error });
  }
  return new CypherError(query, code || 'unknown', message, { cause: error });
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}
