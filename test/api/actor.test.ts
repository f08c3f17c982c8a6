// The public API over HTTP against a real server and the real seed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../conformance/engines.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

describe('actor and search over HTTP', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer();
  });
  afterAll(async () => api.stop());

  it('finds 北航 under its Chinese short name, acronym and English name', async () => {
    const { status, body } = await api.gql<Record<string, { id: string; name: string; nameEn: string; aliases: string[] }>>(
      `{ a: actor(name: "北航") { id name nameEn aliases }
         b: actor(name: "BUAA") { id name nameEn aliases }
         c: actor(name: "Beihang University") { id name nameEn aliases } }`,
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.a).toMatchObject({ id: 'buaa', name: '北京航空航天大学', nameEn: 'Beihang University' });
    expect(body.data?.a?.aliases).toEqual(expect.arrayContaining(['北航', 'BUAA']));
    expect(body.data?.b).toEqual(body.data?.a);
    expect(body.data?.c).toEqual(body.data?.a);
  });

  it('answers null for an unknown id or name, not an error', async () => {
    const { body } = await api.gql(`{ byId: actor(id: "no-such-actor") { id } byName: actor(name: "北杭大学") { id } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ byId: null, byName: null });
  });

  it('returns relations with endpoints, statuses and citations whose paragraph holds the quote', async () => {
    const { body } = await api.gql<{
      actor: { relations: { type: string; status: string; from: { id: string }; to: { id: string }; citations: { paragraph: number; quote: string; paragraphText: string }[] }[] };
    }>(`{ actor(name: "清华大学") { relations(direction: OUT) { type status from { id } to { id } citations { paragraph quote paragraphText } } } }`);
    const relations = body.data?.actor.relations ?? [];
    expect(relations.length).toBeGreaterThan(0);
    for (const r of relations) {
      expect(r.from.id).toBe('tsinghua');
      expect(r.citations.length).toBeGreaterThan(0);
      for (const c of r.citations) expect(c.paragraphText).toContain(c.quote);
    }
  });

  it('filters relations by type and status', async () => {
    const { body } = await api.gql<{ actor: { all: { type: string; status: string }[]; cofounded: { type: string }[]; none: unknown[] } }>(
      `{ actor(name: "清华") {
           all: relations { type status }
           cofounded: relations(types: [CO_FOUNDED], direction: OUT) { type }
           none: relations(types: [CO_FOUNDED], direction: IN) { type } } }`,
    );
    const actor = body.data?.actor;
    expect(actor?.cofounded.length).toBeGreaterThan(0);
    expect(actor?.cofounded.every((r) => r.type === 'CO_FOUNDED')).toBe(true);
    expect(actor?.all.length).toBeGreaterThanOrEqual(actor?.cofounded.length ?? 0);
    expect(actor?.none).toEqual([]);
  });

  it('searches by partial name and kind, exact matches first', async () => {
    const { body } = await api.gql<{ s: { id: string; kind: string }[]; funds: { kind: string }[] }>(
      `{ s: search(text: "清华") { id kind } funds: search(text: "基金", kinds: [FUND], first: 5) { kind } }`,
    );
    expect(body.data?.s[0]?.id).toBe('tsinghua');
    expect(body.data?.funds.length).toBeGreaterThan(0);
    expect(body.data?.funds.length).toBeLessThanOrEqual(5);
    expect(body.data?.funds.every((a) => a.kind === 'FUND')).toBe(true);
  });

  it('carries metrics in base units with their citations', async () => {
    const { body } = await api.gql<{ actor: { metrics: { name: string; value: number; unit: string; citations: { quote: string }[] }[] } }>(
      `{ actor(name: "水木启程") { metrics { name value unit citations { quote } } } }`,
    );
    const size = body.data?.actor.metrics.find((m) => m.name === 'fundSize');
    expect(size).toMatchObject({ value: 41_500_000, unit: 'CNY' });
    expect(size?.citations[0]?.quote).toContain('4150万元');
  });
});

describe('bad requests get coded errors and the server stays up', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer();
  });
  afterAll(async () => api.stop());

  it('rejects a malformed document as a parse failure', async () => {
    const { status, body } = await api.gql(`{ actor(name: "北航") { id `);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('rejects an unknown field as a validation failure naming it', async () => {
    const { status, body } = await api.gql(`{ actor(name: "北航") { id salary } }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.message).toContain('salary');
  });

  it('rejects variables of the wrong type', async () => {
    const { status, body } = await api.gql(`query($n: Int) { search(text: "北航", first: $n) { id } }`, { n: 'many' });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects an enum value that does not exist', async () => {
    const { status, body } = await api.gql(`{ search(text: "北航", kinds: [UNIVERSTY]) { id } }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toContain('UNIVERSTY');
  });

  it('asks for exactly one of id and name', async () => {
    for (const args of ['', 'id: "buaa", name: "北航"']) {
      const query = args ? `{ actor(${args}) { id } }` : `{ actor { id } }`;
      const { body } = await api.gql(query);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toMatch(/exactly one/);
    }
  });

  it('bounds search results and refuses empty text', async () => {
    const tooMany = await api.gql(`{ search(text: "北", first: 201) { id } }`);
    expect(tooMany.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    const empty = await api.gql(`{ search(text: "  ") { id } }`);
    expect(empty.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'text' });
  });

  it('refuses blank text by one rule everywhere: BAD_USER_INPUT naming the argument, never a silent null', async () => {
    // actor(name: "") once answered null while search(text: "") was an error.
    const blank = [
      ['name', `{ actor(name: "") { id } }`],
      ['name', `{ actor(name: " \u3000") { id } }`],
      ['id', `{ actor(id: "") { id } }`],
      ['text', `{ search(text: "") { id } }`],
      ['from', `{ connections(from: " ", to: { kinds: [FUND] }) { length } }`],
      ['id', `{ neighborhood(id: "") { truncated } }`],
    ] as const;
    for (const [argument, query] of blank) {
      const { status, body } = await api.gql(query);
      expect(body.errors?.[0], query).toMatchObject({ message: `\`${argument}\` must not be empty`, extensions: { code: 'BAD_USER_INPUT', argument } });
      expect(status, query).toBe(200);
    }
  });

  it('still answers /health after all of that, counting actors and relations', async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.status).toBe(200);
    const health = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(health).sort()).toEqual(['actors', 'engine', 'relations', 'status']);
    expect(health).toMatchObject({ status: 'ok', engine: testEngine.name, actors: expect.any(Number), relations: expect.any(Number) });
    expect(health.actors).toBeGreaterThan(0);
    expect(health.relations).toBeGreaterThan(0);
  });
});
