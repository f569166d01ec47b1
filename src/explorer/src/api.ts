// Talks to the GraphQL API: POST with content-type application/json (a
// non-simple request, so CSRF prevention on the server lets it through).
// Errors become ApiError with a message that says what to do.
import type { TypedDocumentString } from './gql/graphql.js';

export const ENDPOINT = '/graphql';

interface GraphQLErrorShape {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; argument?: string };
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    /** What the user can do about it. */
    readonly advice: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Advice per error code (src/api/errors.ts and graphql-armor). */
function adviceFor(code: string): string {
  switch (code) {
    case 'OVERLOADED':
      return `The server is busy and turned the request away ${OVERLOAD_RETRIES + 1} times. Wait a few seconds and try again.`;
    case 'DATABASE_UNAVAILABLE':
      return 'The graph database is not answering. Wait a few seconds and try again; if it persists, check that Neo4j is running (npm start starts it).';
    case 'QUERY_TIMEOUT':
      return 'The query took too long. Expand with a smaller depth or per-hop limit, or filter by relation type or plan.';
    case 'QUERY_TOO_COMPLEX':
    case 'GRAPHQL_VALIDATION_FAILED':
      return 'The request is over a server limit. Lower the depth or the per-hop limit and try again.';
    case 'BAD_USER_INPUT':
      return 'Change the value named in the message (e.g. search needs 2 to 100 characters).';
    case 'NOT_FOUND':
      return 'It is no longer in the graph (its plan may have been removed or re-ingested). Remove it from the view and search again.';
    case 'INVALID_ID':
      return 'The link holds an id the server cannot read. Remove it from the URL or start a new view.';
    case 'HTTP':
      return 'The server refused the request. Reload the page; if it persists, see the server log.';
    case 'NETWORK':
      return 'The server cannot be reached. Check that `npm start` is running and reload the page.';
    default:
      return 'Try again; if it persists, see the server log.';
  }
}

export function apiError(message: string, code: string): ApiError {
  return new ApiError(message, code, adviceFor(code));
}

export interface Result<T> {
  data: T;
  /** Errors of parts of the answer (e.g. one unknown id in `nodes`); the rest is usable. */
  partialErrors: ApiError[];
}

/**
 * Shed requests (503 OVERLOADED: the server's admission queue is full) are
 * sent again this many times, after the server's Retry-After. A page load
 * sends several requests at once, and on a busy server some are shed.
 */
export const OVERLOAD_RETRIES = 3;

/** Runs one typed operation; throws ApiError when there is no data at all. */
export async function request<T, V>(document: TypedDocumentString<T, V>, variables: V): Promise<Result<T>> {
  for (let attempt = 0; ; attempt++) {
    const answer = await requestOnce(document, variables);
    if (!('retryAfterMs' in answer)) return answer;
    if (attempt === OVERLOAD_RETRIES) throw answer.error;
    // Up to twice the server's wait, so requests shed together do not all come back together.
    await new Promise((resolve) => setTimeout(resolve, answer.retryAfterMs * (1 + Math.random())));
  }
}

/** One attempt; a shed request comes back as its error and the wait the server asked for. */
async function requestOnce<T, V>(document: TypedDocumentString<T, V>, variables: V): Promise<Result<T> | { error: ApiError; retryAfterMs: number }> {
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch (error) {
    throw apiError(`Network error: ${(error as Error).message}`, 'NETWORK');
  }
  let body: { data?: T | null; errors?: GraphQLErrorShape[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw apiError(`The server answered ${response.status} ${response.statusText} without GraphQL.`, response.status === 503 ? 'DATABASE_UNAVAILABLE' : 'HTTP');
  }
  const raw = body.errors ?? [];
  const errors = raw.map((e) => apiError(e.message, e.extensions?.code ?? 'UNKNOWN'));
  const shed = errors.find((e) => e.code === 'OVERLOADED');
  if (response.status === 503 && shed) return { error: shed, retryAfterMs: retryAfterMs(response) };
  if (!body.data) throw errors[0] ?? apiError(`The server answered ${response.status} without data.`, 'HTTP');
  // A null root field with an error (neighborhood or node of an unknown id: NOT_FOUND) fails the
  // whole operation for the page; errors deeper down (one null in `nodes`) leave the rest usable.
  const data = body.data as Record<string, unknown>;
  const rootFailure = raw.findIndex((e) => e.path?.length === 1 && data[String(e.path[0])] === null);
  if (rootFailure >= 0) throw errors[rootFailure]!;
  return { data: body.data, partialErrors: errors };
}

/** The server's Retry-After (seconds) in ms: 1 s if absent or unreadable, at most 10 s. */
function retryAfterMs(response: Response): number {
  const seconds = Number(response.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 10) * 1000 : 1000;
}
