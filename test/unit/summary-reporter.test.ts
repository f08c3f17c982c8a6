// The closing line of a test run counts a file that fails to load and a suite whose hook fails
// as failures (issue 17: it once said "0 failed" under a run that had failed).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

it('counts files that fail to load and suites that fail to run as failures, and names them', async () => {
  const run = await promisify(execFile)(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--config', 'test/fixtures/reporter/vitest.config.ts']).then(
    () => ({ code: 0, stdout: '' }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );
  expect(run.code).toBe(1);
  const lines = run.stdout.trim().split('\n');
  expect(lines.at(-1)).toBe('tests: 1 passed, 2 failed, 2 skipped');
  expect(lines).toContain('could not load or run: unloadable.fixture.ts: Chromium is not installed');
  expect(lines).toContain('could not load or run: failing-hook.fixture.ts > needs a service: the service does not answer');
});
