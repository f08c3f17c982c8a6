// Walking the relations of many actors costs a fixed number of store calls, not one per actor.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counting } from '../helpers/counting-store.js';
import { actor, relation } from '../helpers/fixtures.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

describe('per-request DataLoaders', () => {
  const calls = new Map<string, number>();
  let api: TestServer;

  beforeAll(async () => {
    api = await startTestServer({}, { seed: false, wrap: (store) => counting(store, calls) });
    const funds = Array.from({ length: 5 }, (_, i) => actor(`fund-${i}`, 'FUND', `测试基金${i}`));
    const firms = Array.from({ length: 50 }, (_, i) => actor(`firm-${i}`, 'ENTERPRISE', `测试企业${i}`));
    const investments = firms.map((f, i) => relation(`inv-${i}`, 'INVESTS_IN', `fund-${i % 5}`, f.id));
    await api.store.upsert({ actors: [...funds, ...firms], relations: investments });
  });
  afterAll(async () => api.stop());

  async function walk(first: number): Promise<number> {
    calls.clear();
    const { body } = await api.gql<{ search: { relations: { from: { name: string; relations: { id: string }[] } }[] }[] }>(
      `query($first: Int) { search(text: "测试企业", first: $first) {
         relations { from { name relations { id to { name } } } } } }`,
      { first },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.search).toHaveLength(first);
    for (const firm of body.data?.search ?? []) expect(firm.relations[0]?.from.relations.length).toBe(10);
    return [...calls.values()].reduce((a, b) => a + b, 0);
  }

  it('walks the relations of 50 actors, their funds and the funds’ relations in a bounded number of store calls', async () => {
    // One call per level of the query: search, the firms' relations, their funds, the funds'
    // relations, and the targets of those not already loaded by the search.
    for (const first of [10, 50]) {
      expect(await walk(first)).toBeLessThanOrEqual(5);
      expect(calls.get('relationsOf')).toBe(2);
      expect(calls.get('actorsByIds') ?? 0).toBeLessThanOrEqual(2);
    }
  });
});
