// GraphiQL without a CDN: Yoga's own page (@graphql-yoga/graphiql), its
// script, styles and editor workers served from the installed package under
// /graphiql-assets/, so it loads offline (intranets, networks without the CDN).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { GraphiQLOptions } from 'graphql-yoga';

export const ASSETS_PATH = '/graphiql-assets';

/** dist/ of the installed @graphql-yoga/graphiql. */
export function graphiqlDist(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@graphql-yoga/graphiql/package.json')), 'dist');
}

const escapeScript = (json: string) => json.replace(/</g, '\\u003c');

/** The page Yoga renders for GET /graphql from a browser, with every asset local. */
export function renderGraphiQLPage(options: GraphiQLOptions = {}): string {
  const title = (options.title ?? 'GraphiQL').replace(/[<&]/g, '');
  const a = ASSETS_PATH;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="${a}/graphiql.css"></head>
<body id="body" class="no-focus-outline"><noscript>You need to enable JavaScript to run GraphiQL.</noscript><div id="root">Loading ${title}…</div>
<script>
const workerUrls = {
  editorWorkerService: '${a}/monacoeditorwork/editor.worker.bundle.js',
  json: '${a}/monacoeditorwork/json.worker.bundle.js',
  graphql: '${a}/monacoeditorwork/graphql.worker..bundle.js',
};
const workers = {};
function prepareWorkers() {
  return Promise.all(Object.entries(workerUrls).map(async ([name, url]) => {
    const text = await (await fetch(url)).text();
    workers[name] = URL.createObjectURL(new Blob([text], { type: 'application/javascript' }));
  }));
}
self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (_id, label) => workers[label] };
</script>
<script src="${a}/yoga-graphiql.umd.js"></script>
<script>prepareWorkers().finally(() => YogaGraphiQL.renderYogaGraphiQL(root, ${escapeScript(JSON.stringify(options))}));</script>
</body></html>`;
}
