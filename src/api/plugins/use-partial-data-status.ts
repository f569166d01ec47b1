// A response that carries data is a 200, whatever its field errors: the
// client got an answer and must read `errors` beside it. Without this, one
// bad argument in one field (BAD_USER_INPUT, status 400) turned a response
// with the other fields' data into an HTTP 400 that clients and proxies
// treat as a failure. Responses without data keep their error's status
// (400 bad input, 503 overloaded or database down).
//
// One exception: Pothos checks a query's cost as its first root field
// resolves, so a query over the limit comes back as `{ node: null }` plus
// QUERY_TOO_COMPLEX. Nothing ran; that is a refusal of the whole request,
// answered as one: no data, status 400.
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export function usePartialDataStatus(): Plugin {
  return {
    onExecutionResult({ result, setResult }) {
      if (Array.isArray(result) || !result || typeof result !== 'object' || !('data' in result)) return;
      const { data, errors } = result as { data?: unknown; errors?: readonly GraphQLError[] };
      if (data === null || data === undefined || !errors?.some((e) => e.extensions?.http)) return;
      const refusal = errors.find((e) => e.extensions?.code === 'QUERY_TOO_COMPLEX');
      if (refusal) return setResult({ errors: [refusal] });
      setResult({ ...result, errors: errors.map(withoutHttpStatus) });
    },
  };
}

function withoutHttpStatus(error: GraphQLError): GraphQLError {
  if (!error.extensions?.http) return error;
  const { http: _http, ...extensions } = error.extensions;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions,
  });
}
