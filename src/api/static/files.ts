// Static files for the browser pages (explorer, GraphiQL): read once, kept
// in memory with a gzip copy, answered with the right type and caching.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** File names we serve: one path segment or two (monacoeditorwork/x.js), no `..`, no hidden files. */
const SAFE = /^[\w-][\w.-]*(\/[\w-][\w.-]*)?$/;

export interface StaticFile {
  mtimeMs: number;
  body: Uint8Array;
  gzip: Uint8Array | null;
  type: string;
}

export class StaticDir {
  private readonly cache = new Map<string, StaticFile>();
  constructor(readonly dir: string) {}

  exists(): boolean {
    return existsSync(this.dir);
  }

  /** The file at `name` inside the folder, or null (unknown, unsafe or missing). */
  get(name: string): StaticFile | null {
    if (!SAFE.test(name) || name.includes('..')) return null;
    const path = join(this.dir, name);
    // A stat per request: a rebuilt page is served without a restart.
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat?.isFile()) return null;
    const mtimeMs = stat.mtimeMs;
    const cached = this.cache.get(name);
    if (cached?.mtimeMs === mtimeMs) return cached;
    const body = readFileSync(path);
    const type = TYPES[extname(name)] ?? 'application/octet-stream';
    const compressible = /^(text\/|application\/json|image\/svg)/.test(type) && body.length > 1024;
    const file = { mtimeMs, body, gzip: compressible ? gzipSync(body) : null, type };
    this.cache.set(name, file);
    return file;
  }
}

/** A Response for `file`, gzipped when the client accepts it. */
export function fileResponse(fetchAPI: { Response: typeof Response }, request: Request, file: StaticFile, cacheControl: string): Response {
  const gzip = file.gzip && /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
  const body = gzip ? file.gzip! : file.body;
  const headers: Record<string, string> = { 'content-type': file.type, 'cache-control': cacheControl, vary: 'accept-encoding', 'x-content-type-options': 'nosniff' };
  if (gzip) headers['content-encoding'] = 'gzip';
  return new fetchAPI.Response(request.method === 'HEAD' ? null : (body as unknown as BodyInit), { status: 200, headers });
}
