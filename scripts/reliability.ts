// `npm run reliability`: the long load test, the fuzz run and the kill -9 runs, then
// RELIABILITY.md regenerated with the figures. Exits 1 when any check fails.
// RELIABILITY_LOAD_SECONDS (default 60) shortens the load test for a trial run.
// `-- --engine neo4j` runs the faults and the load test on a real Neo4j instead (reliability-neo4j.ts).
import { parseArgs } from 'node:util';
import { killDuringWrites } from '../test/reliability/fault.js';
import { fuzz } from '../test/reliability/fuzz.js';
import { load } from '../test/reliability/load.js';
import { startTestServer } from '../test/helpers/server.js';
import { AUTH_ENV, EDITOR_KEY } from '../test/helpers/tokens.js';
import { renderReport } from './reliability-report.js';
import { machine, runDate, runReliability, writeReliability } from './reliability-run.js';

const { values: args } = parseArgs({ options: { engine: { type: 'string', default: 'embedded' } } });
if (args.engine === 'neo4j') {
  await import('./reliability-neo4j.js');
  process.exit(process.exitCode ?? 0);
}
if (args.engine !== 'embedded') throw new Error(`--engine: embedded or neo4j, not ${args.engine}`);

const seconds = Number(process.env.RELIABILITY_LOAD_SECONDS ?? 60);
const FAULT_BATCH = { actors: 3_000, relations: 6_000 };
const server = await startTestServer({ ...AUTH_ENV, NODE_ENV: 'production' });

await runReliability(async (problems) => {
  console.log(`load: ${seconds} s, 50 connections …`);
  const loadReport = await load({ url: server.url, seconds, connections: 50 });
  if (loadReport.errors + loadReport.non2xx + loadReport.graphqlErrors > 0) problems.push('load: errors under load');

  console.log('fuzz …');
  const before = await server.store.readAll();
  const fuzzReport = await fuzz(
    { url: server.url, editorHeaders: { 'x-api-key': EDITOR_KEY } },
    { documents: 1_500, variables: 1_000, writes: 1_000, bodies: 500 },
  );
  const graphUnchanged = JSON.stringify(await server.store.readAll()) === JSON.stringify(before);
  const healthyAfter = (await fetch(`${server.url}/health`)).status === 200;
  if (!graphUnchanged || !healthyAfter) problems.push('fuzz: the graph changed or the server is unhealthy');

  console.log('kill -9 during writes …');
  const faults = await killDuringWrites({ runs: 10, ...FAULT_BATCH });

  // The Neo4j section comes from its own run (--engine neo4j): kept as it is.
  writeReliability({
    embedded: renderReport({ date: runDate(), machine: machine(), load: loadReport, fuzz: { ...fuzzReport, graphUnchanged, healthyAfter }, faults: { ...faults, ...FAULT_BATCH } }),
  });
  console.log(`RELIABILITY.md written: p50 ${loadReport.latencyMs.p50} ms, p99 ${loadReport.latencyMs.p99} ms, ${fuzzReport.requests} fuzz requests, ${faults.runs.length} kills`);
}, () => server.stop());
