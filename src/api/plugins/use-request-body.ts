// Request bodies, read with a bound: a declared Content-Length over the limit
// gets 413 before a byte is read, and a chunked body is counted while it
// streams in and cut off at the limit, so no body is ever held whole beyond
// it (a 400 MB upload used to block the event loop and 16 of them took node
// to 4.5 GB). JSON bodies are parsed here too, so that invalid JSON or UTF-8
// gets a plain message instead of the parser's own error text.
import { createGraphQLError, type Plugin } from 'graphql-yoga';

export interface RequestBodyOptions {
  /**
   * Largest body accepted, in bytes.
   * @default 1_000_000
   */
  maxBytes?: number;
}

export function useRequestBody({ maxBytes = 1_000_000 }: RequestBodyOptions = {}): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      if (request.method !== 'POST') return;
      const declared = Number(request.headers.get('content-length') ?? Number.NaN);
      if (declared > maxBytes) throw tooLarge(maxBytes);
      // No parser: Yoga answers 415 for this content type without reading the body.
      if (!requestParser) return;
      const parse = requestParser;
      setRequestParser(async (original) => {
        const text = decode(declared <= maxBytes ? await readDeclared(original, maxBytes) : await readAtMost(original, maxBytes));
        if (isJson(original)) return parseJsonBody(text);
        // Form and graphql-string bodies: Yoga's own parser, over the bounded copy.
        return parse(new fetchAPI.Request(original.url, { method: 'POST', headers: original.headers, body: text }));
      });
    },
  };
}

function tooLarge(maxBytes: number) {
  return createGraphQLError(`The request body is larger than ${maxBytes} bytes; send a smaller query or fewer variables.`, {
    // Closing the connection stops the rest of the upload instead of reading it to discard it.
    extensions: { code: 'PAYLOAD_TOO_LARGE', http: { status: 413, headers: { connection: 'close' } } },
  });
}

function badRequest(message: string) {
  return createGraphQLError(message, { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
}

/**
 * A body whose Content-Length is within the limit, read whole: Node's HTTP
 * parser ends a body at its declared length, so this cannot read more. It
 * skips the stream reader below, which cost ~25 µs of a lookup's ~300 µs
 * of CPU (bench/api-stack.ts). Checked after the read all the same, for
 * callers of yoga.fetch that declare one length and send another.
 */
async function readDeclared(request: Request, maxBytes: number): Promise<Uint8Array> {
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > maxBytes) throw tooLarge(maxBytes);
  return bytes;
}

/** A body of unknown length (chunked), counted while it streams in and cut off at the limit. */
async function readAtMost(request: Request, maxBytes: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw badRequest('The request body is not valid UTF-8; send the query as UTF-8 JSON.');
  }
}

function isJson(request: Request): boolean {
  const type = request.headers.get('content-type')?.split(',')[0]?.split(';')[0]?.trim().toLowerCase();
  return type === 'application/json' || type === 'application/graphql+json';
}

const EXPECTED = 'send an object such as {"query": "{ plans { planId } }", "variables": {}}';

function parseJsonBody(text: string): Record<string, unknown> {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    // The parser's message would echo parts of the body back; say what is expected instead.
    throw badRequest(`The request body is not valid JSON; ${EXPECTED}.`);
  }
  if (body === null || typeof body !== 'object') throw badRequest(`The request body is JSON but not an object; ${EXPECTED}.`);
  return body as Record<string, unknown>;
}
