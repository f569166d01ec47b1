// The one fatal outcome of the text stage: a file that cannot be read as a
// plan at all. Everything else is a Message on the document.

export type TextErrorReason =
  | 'not-found'
  | 'directory'
  | 'not-text'
  | 'empty'
  | 'binary'
  | 'gb18030'
  | 'utf16'
  | 'too-large'
  | 'invalid-utf8'
  | 'truncated';

export class TextError extends Error {
  constructor(
    readonly path: string,
    readonly reason: TextErrorReason,
    /** What is wrong and what to do, without the path (the message adds it). */
    readonly detail: string,
  ) {
    super(`${path}: ${detail}`);
    this.name = 'TextError';
  }
}
