/**
 * The one way a command fails on purpose. `code` is the process exit code:
 * 1 bad input or environment (a file, Neo4j, Java), 2 bad usage (arguments).
 * Anything else thrown is a bug and is printed with its stack.
 */
export class ExitError extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2 = 1,
  ) {
    super(message);
    this.name = 'ExitError';
  }
}

export class UsageError extends ExitError {
  constructor(message: string) {
    super(message, 2);
    this.name = 'UsageError';
  }
}
