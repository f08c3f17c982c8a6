// The HTTP surface: CSRF prevention, CORS and introspection by configuration, no stack traces
// or engine messages in production, and a database that goes away and comes back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statement } from '../../src/graph/cypher.js';
import { EmbeddedStore } from '../../src/graph/embedded/embedded-store.js';
import type { ActorRecord } from '../../src/graph/model.js';
import { Neo4jStore } from '../../src/graph/neo4j/neo4j-store.js';
import { testEngine } from '../conformance/engines.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const INTROSPECT = `{ __schema { queryType { name } } }`;

/** A statement both engines reject, with words that must not reach a client. */
const BROKEN = statement('broken', 'MATCH (a:NoSuchTable) RETURN secret');

/** The real engines, where looking up the name "broken" runs the rejected statement. */
class EmbeddedBrokenLookup extends EmbeddedStore {
  override async actorByName(text: string): Promise<ActorRecord | null> {
    if (text === 'broken') await this.session.read(BROKEN, {});
    return super.actorByName(text);
  }
}
class Neo4jBrokenLookup extends Neo4jStore {
  override async actorByName(text: string): Promise<ActorRecord | null> {
    if (text === 'broken') await this.session.read(BROKEN, {});
    return super.actorByName(text);
  }
}

describe('in development (defaults)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ NODE_ENV: 'development' });
  });
  afterAll(async () => server.stop());

  it('blocks simple cross-site requests (CSRF prevention) and serves the same query with a preflight header', async () => {
    const url = `${server.url}/graphql?query=${encodeURIComponent('{ actor(id: "buaa") { id } }')}`;
    const simple = await fetch(url);
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/Cross-Site Request Forgery/);
    const textPlain = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ actor(id: "buaa") { id } }' }),
    });
    expect(textPlain.status).toBe(400);
    const preflighted = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(await preflighted.json()).toEqual({ data: { actor: { id: 'buaa' } } });
  });

  it('tells every cache not to keep an answer, which depends on the graph revision it was read at', async () => {
    const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ actor(id: "buaa") { id } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    const post = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ nosuchfield }' }) });
    expect([get.status, post.status]).toEqual([200, 400]);
    expect([get.headers.get('cache-control'), post.headers.get('cache-control')]).toEqual(['no-store', 'no-store']);
  });

  it('sends no CORS headers unless origins are configured', async () => {
    const answer = await fetch(`${server.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } });
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows introspection', async () => {
    expect((await server.gql(INTROSPECT)).body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('answers 503 on /health while the database is away, fails queries fast with SERVICE_UNAVAILABLE, and recovers', async () => {
    await server.store.close();
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: 'unavailable', engine: testEngine.name });
    const started = performance.now();
    const query = await server.gql(`{ actor(name: "北航") { id } }`);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(query.body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/is not open|is closed/), extensions: { code: 'SERVICE_UNAVAILABLE' } });

    await server.store.open();
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    expect((await server.gql(`{ actor(name: "北航") { id } }`)).body).toEqual({ data: { actor: { id: 'buaa' } } });
  });
});

describe('in production', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ NODE_ENV: 'production', CORS_ORIGINS: 'https://planner.example' }, { makeStore: { embedded: (o) => new EmbeddedBrokenLookup(o), neo4j: (o) => new Neo4jBrokenLookup(o) } });
  });
  afterAll(async () => server.stop());

  it('refuses introspection unless INTROSPECTION=true, and hides field suggestions', async () => {
    const answer = await server.gql(INTROSPECT);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await server.gql(`{ actor(id: "buaa") { nam } }`);
    expect(typo.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
    const opened = await startTestServer({ NODE_ENV: 'production', INTROSPECTION: 'true' }, { share: server });
    try {
      expect((await opened.gql(INTROSPECT)).body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    } finally {
      await opened.stop();
    }
  });

  it('allows configured CORS origins only', async () => {
    const preflight = (origin: string) =>
      fetch(`${server.url}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
    expect((await preflight('https://planner.example')).headers.get('access-control-allow-origin')).toBe('https://planner.example');
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers errors without stack traces, file paths or engine messages', async () => {
    const answers = [
      await server.gql(`{ actor(name: "broken") { id } }`),
      await server.gql(`{ actor(id: "buaa", name: "北航") { id } }`),
      await server.gql(`{ actor(id: `),
      await server.gql(`mutation { deleteActors(ids: ["buaa"]) { actors } }`),
    ];
    const internal = answers[0]?.body.errors?.[0];
    expect(internal).toEqual({
      message: 'internal error: the server could not answer this request',
      locations: [{ line: 1, column: 3 }],
      path: ['actor'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    for (const { body } of answers) {
      const text = JSON.stringify(body);
      expect(body.errors?.[0]?.extensions?.code).toBeTypeOf('string');
      expect(text).not.toMatch(/stacktrace|\bat \w+ \(|node_modules|\.ts:\d|NoSuchTable|secret/);
    }
  });
});
