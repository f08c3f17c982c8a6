// `npm run reliability -- --engine neo4j`: the faults and the 60 s load test on a real Neo4j,
// then the Neo4j section of RELIABILITY.md rewritten with the figures. It starts, kills and
// stops a throw-away server (data/neo4j-faults, NEO4J_FAULT_PORT or a free port), never the shared one.
// RELIABILITY_LOAD_SECONDS (default 60) shortens the load test for a trial run.
import { load } from '../test/reliability/load.js';
import { startNeo4jApi } from '../test/reliability/neo4j-api.js';
import { killNeo4jDuringWrites } from '../test/reliability/neo4j-fault.js';
import { stopAndRestart } from '../test/reliability/neo4j-outage.js';
import { faultServerOptions, Neo4jProcess } from '../test/reliability/neo4j-process.js';
import { renderNeo4jSection } from './reliability-neo4j-report.js';
import { machine, runDate, runReliability, writeReliability } from './reliability-run.js';

const seconds = Number(process.env.RELIABILITY_LOAD_SECONDS ?? 60);
const FAULT_BATCH = { actors: 500, relations: 1_000 };
// Kill moments as fractions of the first write's duration: five aimed before the commit, five
// after its acknowledgement. RELIABILITY_KILL_AT="0.3,1.5" runs fewer (each restart takes 15 s
// on an idle machine, a minute or more on a loaded one).
const KILL_AT = (process.env.RELIABILITY_KILL_AT ?? '0.1,0.25,0.4,0.55,0.7,1,1.2,1.5,2,3').split(',').map(Number);
const server = new Neo4jProcess(await faultServerOptions());

await runReliability(async (problems) => {
  console.log(`kill -9 of Neo4j during writes, ${KILL_AT.length} runs …`);
  const faults = await killNeo4jDuringWrites(server, { killAt: KILL_AT, ...FAULT_BATCH });
  console.log(JSON.stringify(faults));
  const committed = faults.runs.filter((r) => r.committedBeforeKill).length;
  if (committed === 0 || committed === faults.runs.length) problems.push('faults: the kills did not fall on both sides of the commit');

  const api = await startNeo4jApi(server.uri, { NODE_ENV: 'production' });
  let loadReport;
  let outage;
  try {
    console.log(`load: ${seconds} s, 50 connections …`);
    loadReport = await load({ url: api.url, seconds, connections: 50 });
    console.log(JSON.stringify(loadReport));
    if (loadReport.errors + loadReport.non2xx + loadReport.graphqlErrors > 0) problems.push('load: errors under load');
    console.log('Neo4j stopped under the API, then started …');
    outage = await stopAndRestart(server, api);
    if (outage.down.healthStatus !== 503 || outage.down.queryCode !== 'SERVICE_UNAVAILABLE') problems.push('outage: not reported as unavailable');
    if (Math.max(outage.down.healthMs, outage.down.queryMs) >= 2_000) problems.push('outage: answers took 2 s or more');
  } finally {
    await api.stop();
  }
  writeReliability({ neo4j: renderNeo4jSection({ date: runDate(), machine: machine(), load: loadReport, faults: { ...faults, ...FAULT_BATCH, killAt: KILL_AT }, outage }) });
  console.log(`RELIABILITY.md: Neo4j section written (${faults.runs.length} kills, ${committed} after the commit was acknowledged)`);
}, () => server.stop());
