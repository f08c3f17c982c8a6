// The engines' own loads of the bare columns (ids, kind, type, status: no names, JSON or checks)
// of the same import files: the limit the import is compared to in bench/import-bench.ts.
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import lbug from '@ladybugdb/core';
import neo4j from 'neo4j-driver';
import Papa from 'papaparse';
import { engineFile } from '../src/graph/embedded/cypher.js';

export interface NativeFigures {
  seconds: number;
  how: string;
}

/** LadybugDB reads the user's CSV itself: COPY from a LOAD FROM subquery that picks the bare columns. */
export async function nativeEmbedded(files: readonly string[]): Promise<NativeFigures> {
  const [actors, relations] = files.map((f) => engineFile(resolve(f)));
  const dir = mkdtempSync(join(tmpdir(), 'haidian-native-'));
  const database = new lbug.Database(join(dir, 'graph.lbug'), 2 ** 31, true, false, 2 ** 36);
  await database.init();
  const connection = new lbug.Connection(database);
  try {
    await connection.query('CREATE NODE TABLE Actor(id STRING PRIMARY KEY, kind STRING)');
    await connection.query('CREATE REL TABLE Rel(FROM Actor TO Actor, id STRING, type STRING, status STRING)');
    const started = performance.now();
    await connection.query(`COPY Actor FROM (LOAD FROM '${actors}' (header=true) RETURN id, kind)`);
    await connection.query(`COPY Rel FROM (LOAD FROM '${relations}' (header=true) RETURN \`from\`, \`to\`, id, type, status)`);
    return { seconds: (performance.now() - started) / 1000, how: 'COPY FROM (LOAD FROM …)' };
  } finally {
    await connection.close();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function* csvRows(file: string, size: number): AsyncGenerator<Record<string, string>[]> {
  const parser = createReadStream(file, { encoding: 'utf8' }).pipe(Papa.parse(Papa.NODE_STREAM_INPUT, { header: true }));
  let batch: Record<string, string>[] = [];
  for await (const row of parser as AsyncIterable<Record<string, string>>) {
    batch.push(row);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

const BARE_ACTORS = 'UNWIND $rows AS r CREATE (:BenchActor {id: r.id, kind: r.kind})';
const BARE_RELATIONS = `UNWIND $rows AS r MATCH (s:BenchActor {id: r.from}) MATCH (t:BenchActor {id: r.to})
  CREATE (s)-[:BENCH_RELATED {id: r.id, type: r.type, status: r.status}]->(t)`;

/** Neo4j: bare columns in 10⁴-row UNWIND write transactions, under labels of its own, removed after. */
export async function nativeNeo4j(files: readonly string[]): Promise<NativeFigures> {
  const driver = neo4j.driver(process.env.NEO4J_URI ?? '', neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''));
  const database = process.env.NEO4J_DATABASE || undefined;
  const [actors = '', relations = ''] = files;
  try {
    await driver.executeQuery('CREATE CONSTRAINT bench_actor_id IF NOT EXISTS FOR (a:BenchActor) REQUIRE a.id IS UNIQUE', {}, { database });
    const started = performance.now();
    for await (const rows of csvRows(actors, 10_000)) await driver.executeQuery(BARE_ACTORS, { rows }, { database });
    for await (const rows of csvRows(relations, 10_000)) await driver.executeQuery(BARE_RELATIONS, { rows }, { database });
    return { seconds: (performance.now() - started) / 1000, how: 'UNWIND CREATE, 10⁴ rows per transaction' };
  } finally {
    // CALL … IN TRANSACTIONS runs only in an auto-commit transaction: session.run, not executeQuery.
    const session = driver.session({ database });
    await session.run('MATCH (a:BenchActor) CALL { WITH a DETACH DELETE a } IN TRANSACTIONS OF 1000 ROWS');
    await session.close();
    await driver.executeQuery('DROP CONSTRAINT bench_actor_id IF EXISTS', {}, { database });
    await driver.close();
  }
}
