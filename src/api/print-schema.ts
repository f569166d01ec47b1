// Prints the schema to schema.graphql (npm run schema). Checked in, so every
// API change shows up as a diff; tests/api/schema.test.ts fails when stale.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../graph/config.js';
import { schema } from './schema/index.js';
import { lexicographicSortSchema, printSchema } from 'graphql';

export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'schema.graphql');

export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(SCHEMA_FILE, printedSchema());
  console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE) || SCHEMA_FILE}`);
}
