import { defineConfig } from 'vitest/config';

// With NEO4J_URI set, the tests that touch a graph store run twice: on the embedded engine (in
// parallel, like every other file) and then on Neo4j (one file at a time, since the files share
// one database). TEST_ENGINE tells the helpers (test/conformance/engines.ts) which one to open.
const STORE_TESTS = [
  'test/api/**/*.test.ts',
  'test/analytics/**/*.test.ts',
  'test/import/**/*.test.ts',
  'test/acceptance/**/*.test.ts',
  'test/conformance/**/*.test.ts',
  'test/seed/store.test.ts',
  'test/reliability/load.test.ts',
  'test/reliability/fuzz.test.ts',
];
// Tests of the embedded engine's own process model (one process owns GRAPH_DIR): no Neo4j version.
const EMBEDDED_ONLY = ['test/api/startup.test.ts'];
// Tests that need a Neo4j server whatever TEST_ENGINE says; without NEO4J_URI they skip (fail in CI).
const NEO4J_ONLY = ['test/neo4j/**/*.test.ts', 'test/analytics/replicas.test.ts', 'test/reliability/neo4j-fault.test.ts'];

const common = {
  testTimeout: 30_000,
  hookTimeout: 60_000,
};

export default defineConfig({
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    ...(process.env.NEO4J_URI
      ? {
          projects: [
            {
              test: {
                ...common,
                name: 'embedded',
                include: ['test/**/*.test.ts'],
                exclude: NEO4J_ONLY,
                env: { TEST_ENGINE: 'embedded' },
                // Each test file opens its own LadybugDB; two cores run two files at once comfortably.
                maxWorkers: 2,
                sequence: { groupOrder: 0 },
              },
            },
            {
              test: {
                ...common,
                name: 'neo4j',
                include: [...STORE_TESTS, ...NEO4J_ONLY],
                exclude: EMBEDDED_ONLY,
                env: { TEST_ENGINE: 'neo4j' },
                // One Neo4j database for all: one file at a time, after the embedded files.
                fileParallelism: false,
                sequence: { groupOrder: 1 },
              },
            },
          ],
        }
      : { ...common, include: ['test/**/*.test.ts'], maxWorkers: 2 }),
  },
});
