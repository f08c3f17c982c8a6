// The short load test (the 60-second one runs in `npm run reliability`): no errors under
// concurrent public queries.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { load } from './load.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.stop());

it('answers 5 s of concurrent public queries without a single error', async () => {
  const report = await load({ url: server.url, seconds: 5, connections: 10 });
  // Every connection kept asking (not a count of requests per second: this machine is shared).
  expect(report.requests).toBeGreaterThan(report.connections * 3);
  expect({ errors: report.errors, non2xx: report.non2xx, graphqlErrors: report.graphqlErrors }).toEqual({ errors: 0, non2xx: 0, graphqlErrors: 0 });
}, 30_000);
