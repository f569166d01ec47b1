// Limits checked before execution, while the query is parsed and validated:
// depth, aliases, tokens and directives (graphql-armor). Cost is the Pothos
// complexity plugin's job (builder.ts), because only it knows that `first`
// multiplies what is selected below a list. Violations are errors that name
// the limit and the value found, with a code per limit (TOO_MANY_TOKENS…)
// and HTTP 400; graphql-armor's own "Syntax Error: " prefix is dropped, as the
// query is well-formed, only too big.
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export interface LimitOptions {
  /**
   * Deepest selection allowed (introspection is exempt). Q3-style traversals
   * (area → parks → enterprises → plans → fields) need 5.
   * @default 10
   */
  maxDepth?: number;
  /**
   * Aliases per operation: each alias is another run of its field.
   * @default 15
   */
  maxAliases?: number;
  /**
   * Tokens per document, bounding parse time of huge queries.
   * @default 2000
   */
  maxTokens?: number;
  /**
   * Directives per operation.
   * @default 20
   */
  maxDirectives?: number;
  /**
   * Hide "Did you mean …?" in validation errors (they reveal the schema when introspection is off).
   * @default false
   */
  blockFieldSuggestions?: boolean;
}

/** extensions.code of each limit's error. */
export const LIMIT_CODES = {
  depth: 'QUERY_TOO_DEEP',
  aliases: 'TOO_MANY_ALIASES',
  tokens: 'TOO_MANY_TOKENS',
  directives: 'TOO_MANY_DIRECTIVES',
} as const;

/** graphql-armor calls this with the error it is about to throw: give it a code and a status. */
function coded(code: string) {
  return [
    (_context: unknown, error: GraphQLError) => {
      error.message = error.message.replace(/^Syntax Error: /, '');
      // 400 whatever the accepted type, like the cost limit's QUERY_TOO_COMPLEX; except the token limit, which
      // fails parsing, where Yoga applies GraphQL over HTTP (200 under application/json, 400 under graphql-response+json).
      Object.assign(error.extensions, { code, http: { status: 400, spec: false } });
    },
  ];
}

export function useLimits(options: LimitOptions = {}): Plugin {
  return EnvelopArmorPlugin({
    maxDepth: { n: options.maxDepth ?? 10, ignoreIntrospection: true, onReject: coded(LIMIT_CODES.depth) },
    maxAliases: { n: options.maxAliases ?? 15, onReject: coded(LIMIT_CODES.aliases) },
    maxTokens: { n: options.maxTokens ?? 2000, onReject: coded(LIMIT_CODES.tokens) },
    maxDirectives: { n: options.maxDirectives ?? 20, onReject: coded(LIMIT_CODES.directives) },
    blockFieldSuggestion: { enabled: options.blockFieldSuggestions ?? false },
    costLimit: { enabled: false },
  }) as Plugin;
}
