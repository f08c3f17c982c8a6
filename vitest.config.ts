import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Each test file opens its own LadybugDB; two cores run two files at once comfortably.
    maxWorkers: 2,
  },
});
