import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  ConfigError,
  ConstraintViolationError,
  CypherError,
  DatabaseUnavailableError,
  QueryTimeoutError,
} from '../../src/graph/errors.js';
import { toGraphError } from '../../src/graph/map-error.js';

const neo4jError = (code: string, message = 'm') => new Neo4jError(message, code, 'gql', 'desc');

describe('toGraphError', () => {
  it.each([
    ['ServiceUnavailable', DatabaseUnavailableError],
    ['SessionExpired', DatabaseUnavailableError],
    ['Neo.TransientError.General.DatabaseUnavailable', DatabaseUnavailableError],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', QueryTimeoutError],
    ['Neo.ClientError.Transaction.TransactionTimedOut', QueryTimeoutError],
    ['Neo.ClientError.Security.Unauthorized', AuthenticationError],
    ['Neo.ClientError.Database.DatabaseNotFound', ConfigError],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', ConstraintViolationError],
    ['Neo.ClientError.Statement.SyntaxError', CypherError],
  ])('maps %s', (code, type) => {
    expect(toGraphError(neo4jError(code), 'read/x', 5000)).toBeInstanceOf(type);
  });

  it('names the query and the timeout', () => {
    const error = toGraphError(neo4jError('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'), 'read/slow', 5000) as QueryTimeoutError;
    expect(error.message).toBe('Query "read/slow" ran longer than 5000 ms and was stopped');
    expect(error.code).toBe('QUERY_TIMEOUT');
  });

  it('keeps the Neo4j code of other errors', () => {
    const error = toGraphError(neo4jError('Neo.ClientError.Statement.SyntaxError', 'Invalid input'), 'read/x') as CypherError;
    expect(error.neo4jCode).toBe('Neo.ClientError.Statement.SyntaxError');
    expect(error.message).toContain('read/x');
  });

  it('treats raw connection errors as unavailable', () => {
    expect(toGraphError(new Error('connect ECONNREFUSED 127.0.0.1:7687'), 'q')).toBeInstanceOf(DatabaseUnavailableError);
  });

  it('passes other errors through unchanged', () => {
    const mine = new TypeError('bad row');
    expect(toGraphError(mine, 'q')).toBe(mine);
  });
});
