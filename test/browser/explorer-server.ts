// The real server for browser tests: the explorer page freshly built, then the same seeded
// test server as the API tests.
import { buildExplorer } from '../../scripts/build-explorer.js';
import { startTestServer } from '../helpers/server.js';

export async function startExplorerServer(): Promise<{ url: string; close(): Promise<void> }> {
  await buildExplorer();
  const server = await startTestServer();
  return { url: server.url, close: () => server.stop() };
}
