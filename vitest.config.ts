import { defineConfig } from 'vitest/config';

// Two tiers: unit tests of pure functions (no database) and integration
// tests (*.int.test.ts) that talk to a real Neo4j started once per run.
export default defineConfig({
  // Vite resolves `graphql` to its ESM build (index.mjs) while graphql-yoga
  // loads the CommonJS one: two GraphQLError classes, so Yoga masked our own
  // errors under test. Node itself always loads index.js; make vitest agree.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    projects: [
      {
        // Projects do not inherit the root config (the graphql alias) unless told to.
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.int.test.ts'],
          // No test here is timed: some spawn the CLI or extract all plans,
          // which a loaded 2-core machine makes slow, not wrong.
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['tests/**/*.int.test.ts'],
          globalSetup: ['tests/setup/neo4j-global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // One Neo4j for the whole run: files share it, so run them one at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
