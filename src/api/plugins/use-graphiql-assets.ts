// Serves GraphiQL's script, styles and editor workers from the installed
// @graphql-yoga/graphiql package (see graphiql/page.ts), cached for a day.
import type { Plugin } from 'graphql-yoga';
import { ASSETS_PATH, graphiqlDist } from '../graphiql/page.js';
import { fileResponse, StaticDir } from '../static/files.js';

export interface GraphiQLAssetsOptions {
  /**
   * Folder of the assets.
   * @default dist/ of the installed @graphql-yoga/graphiql
   */
  dir?: string;
}

export function useGraphiQLAssets({ dir = graphiqlDist() }: GraphiQLAssetsOptions = {}): Plugin {
  const files = new StaticDir(dir);
  return {
    onRequest({ request, url, fetchAPI, endResponse }) {
      if (!url.pathname.startsWith(`${ASSETS_PATH}/`) || (request.method !== 'GET' && request.method !== 'HEAD')) return;
      const file = files.get(url.pathname.slice(ASSETS_PATH.length + 1));
      endResponse(
        file
          ? fileResponse(fetchAPI, request, file, 'public, max-age=86400')
          : new fetchAPI.Response('Not found.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } }),
      );
    },
  };
}
