// Runs repeated queries through graphql-jit, which compiles a document into a
// JavaScript function once and then skips graphql-js's per-field
// interpretation (type checks, argument coercion, completion dispatch). On
// the benchmark operations it cut our stack's CPU per request by 9–45%,
// the most where answers have many fields (bench/results/api-stack.md).
//
// Compiling costs more than one interpreted run, so a document is compiled
// only when it comes back: the first runs of every document use graphql-js.
// Clients repeat their queries (the explorer, dashboards, GraphiQL tabs); a
// stream of unique hostile queries never makes us pay the compile cost. A
// document graphql-jit cannot compile keeps running on graphql-js. Yoga's
// parser cache hands out the same document object for the same text, which
// is what the entries are keyed on (a WeakMap: a document evicted from that
// cache is forgotten here too).
//
// The interpreted runs use graphql-js's own execute, not Yoga's default
// (@graphql-tools/executor): that one builds each object in the order its
// fields resolve, so an async field came out after the sync ones and the
// first answers of a document broke the selection order the spec asks for
// (hayes/pothos#1511). graphql-js and graphql-jit both keep it.
import { execute, GraphQLError, type DocumentNode, type ExecutionResult, type Source, type SourceLocation } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';

export interface CompiledExecutionOptions {
  /** Runs of a document on graphql-js before it is compiled (default 2; Infinity never compiles). */
  runsBeforeCompile?: number;
}

/** Interpreted runs so far, the compiled query, or 'interpret' for a document graphql-jit refused. */
type Entry = number | CompiledQuery | 'interpret';

export function useCompiledExecution(options: CompiledExecutionOptions = {}): Plugin {
  const runsBeforeCompile = options.runsBeforeCompile ?? 2;
  const entries = new WeakMap<DocumentNode, Entry>();
  return {
    onExecute({ args, setExecuteFn }) {
      let entry = entries.get(args.document) ?? 0;
      if (typeof entry === 'number' && entry >= runsBeforeCompile) {
        const compiled = compileQuery(args.schema, args.document, args.operationName ?? undefined);
        entry = isCompiledQuery(compiled) ? compiled : 'interpret';
      } else if (typeof entry === 'number') {
        entry += 1;
      }
      entries.set(args.document, entry);
      if (typeof entry === 'object') {
        const query = entry;
        const source = args.document.loc?.source;
        setExecuteFn(async (run) => located(await query.query(run.rootValue, run.contextValue, run.variableValues), source));
      } else {
        setExecuteFn(execute);
      }
    },
  };
}

/**
 * graphql-jit's errors carry `locations` but not the source positions
 * graphql-js errors are built from, and Yoga rebuilds errors from those (when
 * it strips internal extensions), so the locations were lost: give them back.
 */
function located(result: ExecutionResult, source: Source | undefined): ExecutionResult {
  if (!result.errors?.length) return result;
  if (!source) return errorsFirst(result, result.errors);
  const errors = result.errors.map(
    (error) =>
      new GraphQLError(error.message, {
        source,
        positions: error.locations?.map((location) => positionOf(source, location)),
        path: error.path,
        originalError: error.originalError ?? error,
        extensions: error.extensions,
      }),
  );
  return errorsFirst(result, errors);
}

/** graphql-js writes `errors` before `data`; graphql-jit after. Answer alike on every run. */
function errorsFirst({ errors: _, ...rest }: ExecutionResult, errors: readonly GraphQLError[]): ExecutionResult {
  return { errors, ...rest };
}

/** The character offset of a 1-based line and column in the query text (line breaks as graphql-js counts them). */
function positionOf(source: Source, { line, column }: SourceLocation): number {
  let lineStart = 0;
  const breaks = /\r\n|[\n\r]/g;
  for (let at = 1; at < line && breaks.exec(source.body); at++) lineStart = breaks.lastIndex;
  return lineStart + column - 1;
}
