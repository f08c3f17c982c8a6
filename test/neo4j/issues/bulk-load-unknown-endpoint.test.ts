// Found when the import tests first ran on Neo4j: a bulk load whose relation names an actor that
// is neither in the load nor in the graph wrote the load's actors (one batch) and only then failed
// on the relations, while the embedded engine wrote nothing. The endpoints are known before
// anything is written, so Neo4j now refuses the load up front, as the embedded engine does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../../src/graph/store.js';
import { neo4jFromEnv } from '../../conformance/neo4j-engine.js';
import { actor, relation } from '../../helpers/fixtures.js';

const engine = neo4jFromEnv(process.env);

describe.skipIf(!engine)('a Neo4j bulk load with a relation to an unknown actor', () => {
  let store: GraphStore;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ store, dispose } = await engine!.create());
    await store.upsert({ actors: [actor('kept', 'FUND', '已有基金')], relations: [] });
  });
  afterAll(async () => dispose?.());

  it('writes nothing and names the unknown actor', async () => {
    async function* load() {
      yield { actors: [actor('firm-3', 'ENTERPRISE', '丙公司')], relations: [] };
      yield { actors: [], relations: [relation('r-1', 'PARTNERS_WITH', 'firm-3', 'ghost'), relation('r-2', 'INVESTS_IN', 'kept', 'firm-3')] };
    }
    await expect(store.bulkLoad?.(load())).rejects.toThrow(/relations must join existing actors/);
    await expect(store.bulkLoad?.(load())).rejects.toMatchObject({ details: ['unknown actor "ghost"'] });
    expect(await store.counts()).toEqual({ actors: 1, relations: 0 });
  });
});
