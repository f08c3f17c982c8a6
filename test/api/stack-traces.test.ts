// Stack traces name this machine's files: they go to a developer on this machine only. The server
// once sent them to every client, and listened on every interface, out of the box.
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, startTestServer, type TestServer } from '../helpers/server.js';

const FAILING = { query: '{ search(text: "") { id } }' };

/** An address of this machine that is not loopback, when it has one. */
const outside = Object.values(networkInterfaces())
  .flat()
  .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;

describe('stack traces in development', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ NODE_ENV: 'development', HOST: '0.0.0.0' }, { seed: false });
  });
  afterAll(async () => server.stop());

  it('go to a loopback client', async () => {
    const { body } = await postJson(`${server.url}/graphql`, FAILING);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const trace = body.errors?.[0]?.extensions?.stacktrace as string[] | undefined;
    expect(trace?.[0]).toContain('`text` must not be empty');
    expect(trace?.some((line) => line.includes('src/api/'))).toBe(true);
  });

  it.skipIf(!outside)('stay away from a client on another address', async () => {
    const port = new URL(server.url).port;
    const { body } = await postJson(`http://${outside}:${port}/graphql`, FAILING);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'text' });
  });
});

describe('stack traces in production', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ NODE_ENV: 'production' }, { seed: false });
  });
  afterAll(async () => server.stop());

  it('go to no one, not even a loopback client', async () => {
    const { body } = await postJson(`${server.url}/graphql`, FAILING);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'text' });
  });
});
