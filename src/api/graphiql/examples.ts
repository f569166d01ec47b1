// GraphiQL's tabs: the example queries of the README ("GraphQL API"), one
// tab per operation with the comment above it, so what the README shows is
// one click away (and a test checks every one against the schema).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Tab {
  query: string;
}

const README = fileURLToPath(new URL('../../../README.md', import.meta.url));

/** Every operation in the README's first ```graphql block after `## GraphQL API`, with its comment. */
export function readmeExamples(markdown: string): Tab[] {
  const section = markdown.split(/^## GraphQL API$/m)[1] ?? '';
  const block = /```graphql\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  const tabs: Tab[] = [];
  let comment = '';
  let current: string[] | null = null;
  const flush = () => {
    if (current) tabs.push({ query: `${comment ? `${comment}\n` : ''}${current.join('\n')}\n` });
    current = null;
  };
  for (const line of block.split('\n')) {
    if (line.startsWith('#')) {
      flush();
      comment = line;
    } else if (line.startsWith('{') || /^(query|subscription)\b/.test(line)) {
      flush();
      current = [line];
    } else if (line.trim() && current) {
      current.push(line);
    } else if (!line.trim()) {
      flush();
    }
  }
  flush();
  return tabs;
}

export function defaultTabs(): Tab[] {
  try {
    const tabs = readmeExamples(readFileSync(README, 'utf8'));
    if (tabs.length > 0) return tabs;
  } catch {
    // No README (a trimmed install): one plain tab.
  }
  return [{ query: '{ system { neo4jVersion edition nodeCount relationshipCount } }\n' }];
}
