// Faults on a real Neo4j, short versions: `npm run reliability -- --engine neo4j` runs ten kills
// and the load test and records the figures in RELIABILITY.md. The tests start, kill and stop a
// throw-away server of their own (its own home, data/neo4j-faults, and a free port, or
// NEO4J_FAULT_PORT), never the shared one. They run wherever the Neo4j tests run (NEO4J_URI set:
// the jars are in Maven's cache), so in CI too. Each start costs 15–30 s on an idle machine,
// a minute or more on a loaded one: four kills here, not ten.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neo4jOptionsFromEnv } from '../conformance/neo4j-engine.js';
import { startNeo4jApi, type Neo4jApi } from './neo4j-api.js';
import { killNeo4jDuringWrites } from './neo4j-fault.js';
import { stopAndRestart } from './neo4j-outage.js';
import { faultServerOptions, Neo4jProcess } from './neo4j-process.js';

const START_MS = 300_000;
// Two kills aimed before the commit, two after its acknowledgement.
const KILL_AT = [0.2, 0.5, 1, 1.5];

describe.skipIf(!neo4jOptionsFromEnv(process.env))('Neo4j faults (a throw-away server)', () => {
  let server: Neo4jProcess;
  beforeAll(async () => {
    server = new Neo4jProcess(await faultServerOptions());
  });
  afterAll(async () => server?.stop(), START_MS);

  it('kill -9 during a large write transaction: the restarted graph holds the whole batch or none of it', async () => {
    const { runs } = await killNeo4jDuringWrites(server, { killAt: KILL_AT, actors: 500, relations: 1_000 });
    expect(runs).toHaveLength(KILL_AT.length);
    // Each run was checked whole or none (after-kill.ts); the kills fell on both sides of the commit.
    expect(runs.map((r) => r.committedBeforeKill)).toEqual([false, false, true, true]);
    for (const r of runs.filter((r) => r.committedBeforeKill)) expect(r.outcome).toBe('whole batch');
  }, (KILL_AT.length + 2) * START_MS);

  describe('Neo4j stopped under a running API', () => {
    let api: Neo4jApi;
    beforeAll(async () => {
      await server.start();
      api = await startNeo4jApi(server.uri);
    }, START_MS);
    afterAll(async () => api?.stop());

    it('answers 503 and SERVICE_UNAVAILABLE within 2 s, then recovers without a restart', async () => {
      const report = await stopAndRestart(server, api);
      expect(report.down).toMatchObject({ healthStatus: 503, queryCode: 'SERVICE_UNAVAILABLE' });
      expect(report.down.healthMs).toBeLessThan(2_000);
      expect(report.down.queryMs).toBeLessThan(2_000);
      expect(report.up).toEqual({ healthStatus: 200, queryAnswered: true });
    }, 2 * START_MS);
  });
});
