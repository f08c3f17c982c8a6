// One truth across replicas: two API processes on one Neo4j database; a write through one is seen
// by the other's `connections` within 1 s, because each reads the revision kept in the database.
// Runs when NEO4J_URI is set (npm run neo4j); the database must start empty and is emptied after.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTH_ENV, EDITOR_KEY } from '../helpers/tokens.js';
import { COUNT_ALL_NODES, DELETE_GRAPH } from '../conformance/neo4j-engine.js';

const uri = process.env.NEO4J_URI;

interface Api {
  url: string;
  child: ChildProcess;
}

function startApi(seed: boolean): Promise<Api> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      ...process.env,
      ...AUTH_ENV,
      GRAPH_ENGINE: 'neo4j',
      NEO4J_USER: process.env.NEO4J_USER ?? 'neo4j',
      NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? 'auth-disabled',
      SEED_ON_START: String(seed),
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the API exited with code ${code} before serving`)));
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      const match = /"url":"([^"]+)\/graphql"/.exec(line);
      if (match?.[1]) resolve({ url: match[1], child });
    });
  });
}

async function gql<T>(api: Api, query: string, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

const QUESTION = '{ connections(from: "清华大学", via: [FUND], to: { inDistrict: true }) { revision nodes { id } } }';
type Answer = { connections: { revision: number; nodes: { id: string }[] }[] };
const routes = (a: Answer) => a.connections.map((p) => p.nodes.map((n) => n.id).join(' > '));

describe.skipIf(!uri)('two API processes on one Neo4j', () => {
  const driver = uri ? neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? '')) : null;
  let writer: Api | undefined;
  let reader: Api | undefined;

  beforeAll(async () => {
    const { records } = await (driver as neo4j.Driver).executeQuery(COUNT_ALL_NODES);
    if (neo4j.integer.toNumber(records[0]?.get('n') ?? 0) > 0) throw new Error('this test needs an empty Neo4j database');
    writer = await startApi(true);
    reader = await startApi(false);
  }, 120_000);

  afterAll(async () => {
    for (const api of [writer, reader]) api?.child.kill('SIGTERM');
    await driver?.executeQuery(DELETE_GRAPH);
    await driver?.close();
  });

  it('a write through one is in the other’s connections within 1 s', async () => {
    const before = await gql<Answer>(reader as Api, QUESTION);
    expect(routes(before)).toEqual(['tsinghua > shuimu-qicheng-fund > shuimu-qicheng-portfolio-haidian']);

    const written = performance.now();
    await gql(
      writer as Api,
      `mutation { upsertGraph(relations: [{ id: "shuimu-qicheng-invests-casic-portfolio", type: INVESTS_IN, status: ESTABLISHED,
        from: "shuimu-qicheng-fund", to: "casic-fund-portfolio-haidian",
        citations: [{ document: "haidian-2014", paragraph: 12, quote: "水木启程" }] }]) { relations } }`,
      { 'x-api-key': EDITOR_KEY },
    );
    // Visibility counts from the write's commit (the mutation's answer), as a client would see it.
    const committed = performance.now();
    const writeMs = committed - written;
    let after = before;
    const polls: number[] = [];
    while (!routes(after).includes('tsinghua > shuimu-qicheng-fund > casic-fund-portfolio-haidian') && performance.now() - committed < 5_000) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      after = await gql<Answer>(reader as Api, QUESTION);
      polls.push(after.connections[0]?.revision ?? -1);
    }
    const seenAfterMs = performance.now() - committed;
    console.log(`write through one API (${writeMs.toFixed(0)} ms) seen by the other after ${seenAfterMs.toFixed(0)} ms; revisions polled: ${polls.join(' ')}`);
    expect(routes(after)).toContain('tsinghua > shuimu-qicheng-fund > casic-fund-portfolio-haidian');
    expect(after.connections[0]?.revision).toBeGreaterThan(before.connections[0]?.revision as number);
    expect(seenAfterMs).toBeLessThanOrEqual(1_000);
  }, 60_000);
});
