// Limits checked before execution, while the query is parsed and validated:
// depth, aliases, tokens and directives (graphql-armor). Cost is the Pothos
// complexity plugin's job (builder.ts), because only it knows that `first`
// multiplies what is selected below a list. Violations are validation
// errors that name the limit and the value found.
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
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

export function useLimits(options: LimitOptions = {}): Plugin {
  return EnvelopArmorPlugin({
    maxDepth: { n: options.maxDepth ?? 10, ignoreIntrospection: true },
    maxAliases: { n: options.maxAliases ?? 15 },
    maxTokens: { n: options.maxTokens ?? 2000 },
    maxDirectives: { n: options.maxDirectives ?? 20 },
    blockFieldSuggestion: { enabled: options.blockFieldSuggestions ?? false },
    costLimit: { enabled: false },
  }) as Plugin;
}
