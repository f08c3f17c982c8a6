// ≥ 1,000 malformed requests over HTTP: each gets a coded GraphQL error, the server stays up,
// and the graph is exactly what it was before.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { AUTH_ENV, EDITOR_KEY } from '../helpers/tokens.js';
import { fuzz } from './fuzz.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(AUTH_ENV);
});
afterAll(async () => server.stop());

it('answers 1,000+ malformed documents, variables, writes and bodies with coded errors and writes nothing', async () => {
  const before = await server.store.readAll();
  const report = await fuzz({ url: server.url, editorHeaders: { 'x-api-key': EDITOR_KEY } }, { documents: 350, variables: 250, writes: 300, bodies: 150 });
  expect(report.requests).toBeGreaterThanOrEqual(1_000);
  expect(Object.keys(report.statuses).every((status) => Number(status) < 500)).toBe(true);
  expect((await fetch(`${server.url}/health`)).status).toBe(200);
  expect(await server.store.readAll()).toEqual(before);
}, 120_000);
