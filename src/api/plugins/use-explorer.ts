// Serves the explorer page (src/explorer, built into dist/explorer) at
// /explorer: index.html revalidated on every load, hashed assets cached for a
// year. Without a build, /explorer says how to build it.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'graphql-yoga';
import { fileResponse, StaticDir } from '../static/files.js';

export interface ExplorerOptions {
  /**
   * Folder holding the built page.
   * @default dist/explorer in the repository
   */
  dir?: string;
  /**
   * URL path of the page.
   * @default '/explorer'
   */
  path?: string;
}

export const EXPLORER_DIR = fileURLToPath(new URL('../../../dist/explorer', import.meta.url));

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>Explorer not built</title>
<p>The explorer page is not built. Run <code>npm run build:explorer</code> (or restart with <code>npm start</code>, which builds it when its sources changed), then reload.</p>`;

export function useExplorer({ dir = EXPLORER_DIR, path = '/explorer' }: ExplorerOptions = {}): Plugin {
  const files = new StaticDir(dir);
  return {
    onRequest({ request, url, fetchAPI, endResponse }) {
      if (url.pathname !== path && !url.pathname.startsWith(`${path}/`)) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(new fetchAPI.Response('Only GET and HEAD here.', { status: 405, headers: { allow: 'GET, HEAD' } }));
        return;
      }
      if (url.pathname === path) {
        endResponse(new fetchAPI.Response(null, { status: 308, headers: { location: `${path}/${url.search}` } }));
        return;
      }
      const name = url.pathname.slice(path.length + 1) || 'index.html';
      const file = files.get(name);
      if (!file) {
        const built = files.get('index.html') !== null;
        endResponse(
          built
            ? new fetchAPI.Response('Not found.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
            : new fetchAPI.Response(NOT_BUILT, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } }),
        );
        return;
      }
      // index.html names the hashed assets: always revalidate it; the assets never change under their name.
      const cacheControl = name.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
      endResponse(fileResponse(fetchAPI, request, file, cacheControl));
    },
  };
}
