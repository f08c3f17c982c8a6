// Who may write: editors only, by JWT or API key; every refusal is coded and writes nothing.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { AUTH_ENV, bearer, EDITOR_KEY, READER_KEY } from '../helpers/tokens.js';

const UPSERT = `mutation Upsert($actors: [ActorInput!]!, $relations: [RelationInput!]!) {
  upsertGraph(actors: $actors, relations: $relations) { actors relations }
}`;
const CITE = [{ document: 'haidian-2014', paragraph: 12, quote: '一是联合社会资本' }];
const newActor = (id: string, name: string) => ({ id, kind: 'ENTERPRISE', name, inDistrict: true, citations: CITE });
const write = { actors: [newActor('auth-test-firm', '认证测试企业')], relations: [] };

describe('writing needs the editor role', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(AUTH_ENV);
  });
  afterAll(async () => server.stop());

  async function refused(headers: Record<string, string>, code: string, message: RegExp) {
    const before = await server.store.counts();
    const { body } = await server.gql(UPSERT, write, headers);
    expect(body.errors?.[0]?.extensions?.code).toBe(code);
    expect(body.errors?.[0]?.message).toMatch(message);
    expect(body.data?.upsertGraph ?? null).toBeNull();
    expect(await server.store.counts()).toEqual(before);
    expect(await server.store.actorsByIds(['auth-test-firm'])).toEqual([null]);
  }

  it('reads without credentials when reads are public', async () => {
    const { body } = await server.gql(`{ actor(name: "北航") { id } }`);
    expect(body).toEqual({ data: { actor: { id: 'buaa' } } });
  });

  it('refuses a write without credentials', () => refused({}, 'UNAUTHENTICATED', /credentials/));
  it('refuses a malformed token', () => refused({ authorization: 'Bearer not.a.jwt' }, 'UNAUTHENTICATED', /not a valid JWT/));
  it('refuses a header that is not a bearer token', () => refused({ authorization: 'Basic dXNlcjpwYXNz' }, 'UNAUTHENTICATED', /Bearer/));
  it('refuses a token signed with another secret', async () =>
    refused(await bearer({ secret: 'another-secret-that-is-long-enough-for-hs256-xx' }), 'UNAUTHENTICATED', /signature/));
  it('refuses an expired token', async () => refused(await bearer({ expiresIn: -60 }), 'UNAUTHENTICATED', /expired/));
  it('refuses a token from another issuer', async () => refused(await bearer({ issuer: 'https://evil.test/' }), 'UNAUTHENTICATED', /"iss"/));
  it('refuses a token for another audience', async () => refused(await bearer({ audience: 'other-api' }), 'UNAUTHENTICATED', /"aud"/));
  it('refuses a reader token', async () => refused(await bearer({ roles: ['reader'] }), 'FORBIDDEN', /editor role/));
  it('refuses a token with no role claim', async () => refused(await bearer({ roles: [] }), 'FORBIDDEN', /editor role/));
  it('refuses a wrong API key', () => refused({ 'x-api-key': 'guessed-key' }, 'UNAUTHENTICATED', /API key/));
  it('refuses a reader API key', () => refused({ 'x-api-key': READER_KEY }, 'FORBIDDEN', /editor role/));

  it('refuses a bad token even for a public read: credentials are never silently ignored', async () => {
    const { status, body } = await server.gql(`{ actor(id: "buaa") { id } }`, {}, await bearer({ expiresIn: -60 }));
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets an editor create, update and delete, by token or by API key', async () => {
    const editor = await bearer({ roles: 'editor' });
    const created = await server.gql(UPSERT, write, editor);
    expect(created.body).toEqual({ data: { upsertGraph: { actors: 1, relations: 0 } } });

    const link = { id: 'auth-test-link', type: 'INVESTS_IN', status: 'INTENT', from: 'auth-test-firm', to: 'buaa', citations: CITE };
    const renamed = { ...newActor('auth-test-firm', '认证测试企业（新）'), aliases: ['认证企业'] };
    const updated = await server.gql(UPSERT, { actors: [renamed], relations: [link] }, { 'x-api-key': EDITOR_KEY });
    expect(updated.body).toEqual({ data: { upsertGraph: { actors: 1, relations: 1 } } });
    const read = await server.gql(`{ actor(name: "认证企业") { name relations { id status to { id } } } }`);
    expect(read.body.data?.actor).toEqual({ name: '认证测试企业（新）', relations: [{ id: 'auth-test-link', status: 'INTENT', to: { id: 'buaa' } }] });

    const deleted = await server.gql(`mutation { deleteActors(ids: ["auth-test-firm"]) { actors relations } }`, {}, editor);
    expect(deleted.body).toEqual({ data: { deleteActors: { actors: 1, relations: 1 } } });
    expect((await server.gql(`{ actor(name: "认证企业") { id } }`)).body).toEqual({ data: { actor: null } });
  });

  it('refuses deletes by readers and deletes of unknown ids, deleting nothing', async () => {
    const before = await server.store.counts();
    const asReader = await server.gql(`mutation { deleteActors(ids: ["buaa"]) { actors } }`, {}, { 'x-api-key': READER_KEY });
    expect(asReader.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unknown = await server.gql(`mutation { deleteActors(ids: ["buaa", "no-such-actor"]) { actors } }`, {}, await bearer());
    expect(unknown.body.errors?.[0]).toMatchObject({ message: 'unknown actor id: "no-such-actor"', extensions: { code: 'NOT_FOUND' } });
    expect(await server.store.counts()).toEqual(before);
  });

  it('requires a citation that matches a source on file, the rule of the seed and the importer', async () => {
    const editor = await bearer();
    const uncited = await server.gql(UPSERT, { actors: [{ ...newActor('uncited', '无出处'), citations: [] }], relations: [] }, editor);
    expect(uncited.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(uncited.body.errors?.[0]?.message).toMatch(/actors\[0\]\.citations: every actor cites its source/);
    const misquoted = { ...newActor('misquoted', '错引'), citations: [{ document: 'haidian-2014', paragraph: 12, quote: '报告里没有这句话' }] };
    const wrong = await server.gql(UPSERT, { actors: [misquoted], relations: [] }, editor);
    expect(wrong.body.errors?.[0]?.message).toMatch(/is not in haidian-2014 §12/);

    // A document not on file cannot be checked, so it is refused by name (it was once let through).
    const external = { ...newActor('external-source', '外部来源企业'), citations: [{ document: 'interview-2015-03', paragraph: 2, quote: '已落户海淀' }] };
    const unchecked = await server.gql(UPSERT, { actors: [external], relations: [] }, editor);
    expect(unchecked.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(unchecked.body.errors?.[0]?.message).toMatch('actor external-source: document "interview-2015-03" is not on file (documents on file: haidian-2014)');
    expect(await server.store.actorsByIds(['uncited', 'misquoted', 'external-source'])).toEqual([null, null, null]);
  });
});

describe('reads gated by token', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ ...AUTH_ENV, READ_ACCESS: 'token' });
  });
  afterAll(async () => server.stop());

  it('refuses anonymous reads with 401 and reads with any valid credential', async () => {
    const anonymous = await server.gql(`{ actor(id: "buaa") { id } }`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0]).toMatchObject({
      message: 'this server needs a bearer token or an API key for every request',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect((await server.gql(`{ actor(id: "buaa") { id } }`, {}, await bearer({ roles: ['reader'] }))).body.data).toEqual({ actor: { id: 'buaa' } });
    expect((await server.gql(`{ actor(id: "buaa") { id } }`, {}, { 'x-api-key': READER_KEY })).body.data).toEqual({ actor: { id: 'buaa' } });
  });
});

describe('tokens from an identity provider (JWKS)', () => {
  let server: TestServer;
  let jwks: Server;
  let privateKey: CryptoKey;

  beforeAll(async () => {
    const pair = await generateKeyPair('ES256');
    privateKey = pair.privateKey;
    const publicJwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
    jwks = createServer((_req, res) => res.setHeader('content-type', 'application/json').end(JSON.stringify({ keys: [publicJwk] })));
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const { port } = jwks.address() as AddressInfo;
    server = await startTestServer({ AUTH_JWKS_URL: `http://127.0.0.1:${port}/jwks.json`, AUTH_AUDIENCE: 'haidian-graph' });
  });
  afterAll(async () => {
    await server.stop();
    jwks.close();
  });

  it('accepts a token signed with a published key and refuses the same claims signed with another', async () => {
    const sign = (key: CryptoKey, kid: string) =>
      new SignJWT({ roles: ['editor'] }).setProtectedHeader({ alg: 'ES256', kid }).setAudience('haidian-graph').setSubject('idp-user').setExpirationTime('5m').sign(key);
    const mutation = `mutation { deleteRelations(ids: ["no-such-relation"]) { relations } }`;
    const good = await server.gql(mutation, {}, { authorization: `Bearer ${await sign(privateKey, 'k1')}` });
    expect(good.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND'); // authenticated and authorised; the id is unknown
    const stranger = (await generateKeyPair('ES256')).privateKey;
    const bad = await server.gql(mutation, {}, { authorization: `Bearer ${await sign(stranger, 'k1')}` });
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
