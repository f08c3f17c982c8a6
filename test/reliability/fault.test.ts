// kill -9 in the middle of a large write, several times: every reopen finds all or nothing.
import { expect, it } from 'vitest';
import { killDuringWrites } from './fault.js';

it('survives kill -9 during large writes: the database opens with the whole batch or none of it', async () => {
  const { runs } = await killDuringWrites({ runs: 3, actors: 1_500, relations: 3_000 });
  expect(runs).toHaveLength(3);
  for (const run of runs) expect(['whole batch', 'none of it']).toContain(run.outcome);
}, 120_000);
