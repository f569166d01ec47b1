// Bounds checked before the query is parsed, in one linear pass: its length,
// how deeply its brackets nest, and the size of the variables. graphql's
// parser recurses once per nesting level, so `nodes(ids: [[[…]]])` 100,000
// levels deep overflowed the stack (HTTP 500) before the token limit could
// apply; and variables are counted by neither the token nor the cost limit,
// so 40,000 ids in a variable meant 40,000 errors built on the event loop.
import { createGraphQLError, type Plugin } from 'graphql-yoga';

export interface InputBoundsOptions {
  /**
   * Longest query text, in characters (the token limit allows ~2,000 tokens; strings may be long).
   * @default 100_000
   */
  maxQueryLength?: number;
  /**
   * Deepest nesting of `{`, `[` and `(` in the query text. Selections may be 10 deep (depth limit), lists a few.
   * @default 40
   */
  maxNesting?: number;
  /**
   * Values in the variables, counting every list item and object field (nodes(ids:) takes ≤ 100 ids).
   * @default 1_000
   */
  maxVariableValues?: number;
  /**
   * Deepest nesting of lists and objects in the variables.
   * @default 10
   */
  maxVariableDepth?: number;
}

function refused(code: string, message: string) {
  return createGraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

export function useInputBounds(options: InputBoundsOptions = {}): Plugin {
  const maxLength = options.maxQueryLength ?? 100_000;
  const maxNesting = options.maxNesting ?? 40;
  const maxValues = options.maxVariableValues ?? 1_000;
  const maxVariableDepth = options.maxVariableDepth ?? 10;
  return {
    onParams({ params }) {
      const { query, variables } = params as { query?: unknown; variables?: unknown };
      if (typeof query === 'string') {
        if (query.length > maxLength) {
          throw refused('QUERY_TOO_LARGE', `The query has ${query.length} characters, more than the limit of ${maxLength}; ask for less in one request.`);
        }
        const nesting = nestingDepth(query, maxNesting);
        if (nesting > maxNesting) {
          throw refused('QUERY_TOO_DEEP', `The query nests brackets more than ${maxNesting} levels deep; flatten lists and selections.`);
        }
      }
      const size = variableSize(variables, maxValues, maxVariableDepth);
      if (size.values > maxValues) {
        throw refused('VARIABLES_TOO_LARGE', `The variables hold more than ${maxValues} values; lists such as nodes(ids:) take at most 100 items.`);
      }
      if (size.depth > maxVariableDepth) {
        throw refused('VARIABLES_TOO_LARGE', `The variables nest lists or objects more than ${maxVariableDepth} levels deep.`);
      }
    },
  };
}

/**
 * The deepest nesting of {, [ and ( outside strings and comments; stops
 * counting once past `stopAbove`. Unbalanced text is left to the parser.
 */
export function nestingDepth(query: string, stopAbove: number): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < query.length; i++) {
    const c = query.charCodeAt(i);
    if (c === 0x23 /* # */) {
      while (i < query.length && query.charCodeAt(i) !== 0x0a && query.charCodeAt(i) !== 0x0d) i++;
    } else if (c === 0x22 /* " */) {
      if (query.startsWith('"""', i)) {
        const end = findBlockStringEnd(query, i + 3);
        i = end < 0 ? query.length : end + 2;
      } else {
        i++;
        while (i < query.length && query.charCodeAt(i) !== 0x22 && query.charCodeAt(i) !== 0x0a) {
          if (query.charCodeAt(i) === 0x5c /* \ */) i++;
          i++;
        }
      }
    } else if (c === 0x7b || c === 0x5b || c === 0x28) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > stopAbove) return deepest;
      }
    } else if (c === 0x7d || c === 0x5d || c === 0x29) {
      depth = Math.max(0, depth - 1);
    }
  }
  return deepest;
}

/** Index of the closing """ (an escaped \""" does not close). */
function findBlockStringEnd(query: string, from: number): number {
  let at = query.indexOf('"""', from);
  while (at > 0 && query.charCodeAt(at - 1) === 0x5c) at = query.indexOf('"""', at + 3);
  return at;
}

/** Counts values (iteratively: a deep structure cannot overflow the stack), stopping early past the limits. */
export function variableSize(variables: unknown, maxValues: number, maxDepth: number): { values: number; depth: number } {
  let values = 0;
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[variables, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth + 1 > deepest) deepest = depth + 1;
    const children = Array.isArray(value) ? value : Object.values(value);
    values += children.length;
    if (values > maxValues || deepest - 1 > maxDepth) break;
    for (const child of children) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  // Counted from the variables object (1); a list given as a variable is depth 1 of the result.
  return { values, depth: Math.max(0, deepest - 1) };
}
