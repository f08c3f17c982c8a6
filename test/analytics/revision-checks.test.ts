// How analytics requests learn the graph revision: at most one database read per check interval,
// shared by the requests within it (even while the read is under way), and read again at once
// after a write through this process, so that a client sees its own write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProjectionCache } from '../../src/analytics/projection/projection-cache.js';
import { testEngine, type CreatedStore } from '../conformance/engines.js';
import { counting } from '../helpers/counting-store.js';
import { actor, relation } from '../helpers/fixtures.js';

describe('revision checks of the analytics projection', () => {
  let created: CreatedStore;
  beforeAll(async () => {
    created = await testEngine.create();
    await created.store.upsert({ actors: [actor('uni', 'UNIVERSITY', '甲大学'), actor('fund', 'FUND', '甲基金')], relations: [relation('uni-fund', 'CO_FOUNDED', 'uni', 'fund')] });
  });
  afterAll(async () => created.dispose());

  // Regression: requests that came while the first revision read was under way took an undefined
  // revision and failed with an internal error.
  it('answers requests that arrive together, before any revision was read, from one read', async () => {
    const calls = new Map<string, number>();
    const projections = new ProjectionCache(counting(created.store, calls), { checkEveryMs: 60_000, measureInBackground: false });
    const answered = await Promise.all(Array.from({ length: 8 }, () => projections.get()));
    const revision = await created.store.revision();
    expect(answered.map((p) => p.revision)).toEqual(Array(8).fill(revision));
    expect(calls.get('revision')).toBe(1);
  });

  it('reads the revision again at once after a write through the store, however short ago it read it', async () => {
    const calls = new Map<string, number>();
    const store = counting(created.store, calls);
    const projections = new ProjectionCache(store, { checkEveryMs: 60_000, measureInBackground: false });
    const before = await projections.get();
    await store.upsert({ actors: [actor('firm', 'ENTERPRISE', '甲企业')], relations: [relation('fund-firm', 'INVESTS_IN', 'fund', 'firm')] });
    const after = await projections.get();
    expect(after.revision).toBeGreaterThan(before.revision);
    expect(after.indexOf('firm')).toBeGreaterThanOrEqual(0);
    // Without a write, the interval holds: no further read.
    await projections.get();
    expect(calls.get('revision')).toBe(2);
  });
});
