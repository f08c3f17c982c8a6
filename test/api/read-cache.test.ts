// The request path's read cache: a repeated lookup costs no engine call, a write through the API
// is seen by the very next read, a read that overlapped a write is not kept, and the cache is off
// where another process could write (Neo4j) or when configured off.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphqlApi } from '../../src/api/graphql-api.js';
import { ReadCache } from '../../src/api/read-cache.js';
import { loadConfig } from '../../src/config.js';
import type { GraphStore } from '../../src/graph/store.js';
import { DocumentLibrary } from '../../src/ingest/documents.js';
import { createLogger } from '../../src/logger.js';
import { testEngine } from '../conformance/engines.js';
import { counting } from '../helpers/counting-store.js';
import { actor, smallGraph } from '../helpers/fixtures.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { AUTH_ENV, bearer } from '../helpers/tokens.js';

const LOOKUP = '{ actor(name: "北航") { id name aliases } }';
const RENAME = `mutation { upsertGraph(actors: [{ id: "buaa", kind: UNIVERSITY, name: "北京航空航天大学", nameEn: "Beihang University",
  aliases: ["北航", "BUAA", "北京航大"], inDistrict: true, district: "海淀区",
  citations: [{ document: "haidian-2014", paragraph: 12, quote: "北航" }] }], relations: []) { actors } }`;

describe(`with the ${testEngine.name} engine`, () => {
  // Off on Neo4j: each lookup asks the database, where another replica may have written.
  const cached = testEngine.name === 'embedded';
  const calls = new Map<string, number>();
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(AUTH_ENV, { wrap: (store) => counting(store, calls) });
  });
  afterAll(async () => server.stop());

  it(`answers a repeated lookup ${cached ? 'from memory' : 'from the database again'}, and a write through the API is seen by the next read`, async () => {
    calls.clear();
    const first = await server.gql<{ actor: { aliases: string[] } }>(LOOKUP);
    const again = await server.gql(LOOKUP);
    expect(again.body).toEqual(first.body);
    expect(calls.get('actorByName')).toBe(cached ? 1 : 2);

    const renamed = await server.gql(RENAME, {}, await bearer());
    expect(renamed.body).toEqual({ data: { upsertGraph: { actors: 1 } } });
    const after = await server.gql<{ actor: { aliases: string[] } }>(LOOKUP);
    expect(after.body.data?.actor.aliases).toContain('北京航大');
    expect(calls.get('actorByName')).toBe(cached ? 2 : 3);
    expect((await server.gql<{ actor: { id: string } }>('{ actor(name: "北京航大") { id } }')).body.data?.actor.id).toBe('buaa');
  });
});

describe('the cache itself', () => {
  let engine: GraphStore;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    const created = await testEngine.create();
    engine = created.store;
    dispose = created.dispose;
    await engine.upsert(smallGraph());
  });
  afterAll(async () => dispose());

  it('does not keep a read that a write overtook', async () => {
    let release = () => undefined as void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let reads = 0;
    // The first read of 北航 waits at the gate, so that a write lands while it is under way.
    const slow: GraphStore = Object.assign(Object.create(engine) as GraphStore, {
      actorByName: async (text: string) => {
        reads += 1;
        const found = await engine.actorByName(text);
        if (reads === 1) await gate;
        return found;
      },
    });
    const cache = new ReadCache(slow, 100);
    const overlapping = cache.actorByName('北航');
    await cache.upsert({ actors: [actor('buaa', 'UNIVERSITY', '北京航空航天大学（新）', { aliases: ['北航'] })], relations: [] });
    release();
    expect((await overlapping)?.name).toBe('北京航空航天大学');
    expect((await cache.actorByName('北航'))?.name).toBe('北京航空航天大学（新）');
    expect(reads).toBe(2);
    await cache.actorByName('北航');
    expect(reads).toBe(2);
  });

  it('hands out frozen records, so that no request can change what the next one reads', async () => {
    const cache = new ReadCache(engine, 100);
    await cache.actorsByIds(['fund-a']);
    const [fund] = await cache.actorsByIds(['fund-a']);
    expect(Object.isFrozen(fund)).toBe(true);
    expect(() => fund?.aliases.push('x')).toThrow(TypeError);
    expect(await cache.actorsByIds(['fund-a', 'nobody', 'firm-1'])).toEqual(await engine.actorsByIds(['fund-a', 'nobody', 'firm-1']));
  });

  it('is off with Neo4j, where another replica may write, and when READ_CACHE_ENTRIES is 0', async () => {
    // The store says which engine it is; the test's store plays either.
    const as = (name: string) => new Proxy(engine, { get: (target, p, r) => (p === 'engine' ? name : Reflect.get(target, p, r)) as unknown });
    const logger = createLogger('silent');
    const documents = new DocumentLibrary();
    const cases = [
      { store: as('embedded'), env: {}, cached: true },
      { store: as('neo4j'), env: {}, cached: false },
      { store: as('embedded'), env: { READ_CACHE_ENTRIES: '0' }, cached: false },
    ];
    for (const { store, env, cached } of cases) {
      const api = await createGraphqlApi({ config: loadConfig({ LOG_LEVEL: 'silent', ...env }), store, documents, logger });
      expect(api.store instanceof ReadCache).toBe(cached);
      await api.apollo.stop();
    }
  });
});
