// The engines' own loads of the bare columns (ids, kind, type, status: no names, JSON or checks)
// of the same import files: the limit the import is compared to in bench/import-bench.ts.
import { spawnSync } from 'node:child_process';
import { copyFileSync, createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import lbug from '@ladybugdb/core';
import neo4j, { type Driver } from 'neo4j-driver';
import Papa from 'papaparse';
import { engineFile } from '../src/graph/embedded/cypher.js';

export interface NativeFigures {
  seconds: number;
  /** CPU of this process when the engine runs in it (embedded); a server's own CPU is not counted. */
  cpuSeconds?: number;
  how: string;
}

const cpuSince = (start: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1e6;
};

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
    const cpu = process.cpuUsage();
    await connection.query(`COPY Actor FROM (LOAD FROM '${actors}' (header=true) RETURN id, kind)`);
    await connection.query(`COPY Rel FROM (LOAD FROM '${relations}' (header=true) RETURN \`from\`, \`to\`, id, type, status)`);
    return { seconds: (performance.now() - started) / 1000, cpuSeconds: cpuSince(cpu), how: 'LadybugDB COPY FROM (LOAD FROM …)' };
  } finally {
    await connection.close();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const DELETE_RELATIONSHIPS = {
  BENCH_RELATED: 'MATCH ()-[r:BENCH_RELATED]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 10000 ROWS',
  RELATED_TO: 'MATCH ()-[r:RELATED_TO]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 10000 ROWS',
} as const;
const DELETE_NODES = {
  BenchActor: 'MATCH (n:BenchActor) CALL { WITH n DELETE n } IN TRANSACTIONS OF 10000 ROWS',
  'Actor|ActorName|GraphMeta': 'MATCH (n:Actor|ActorName|GraphMeta) CALL { WITH n DELETE n } IN TRANSACTIONS OF 10000 ROWS',
} as const;

/**
 * Relationships first, then nodes, 10⁴ per transaction: DETACH DELETE of a fund hub with its
 * thousands of relations in one transaction exceeds a small server's transaction memory.
 * CALL … IN TRANSACTIONS runs only in an auto-commit transaction: session.run.
 */
async function deleteInBatches(driver: Driver, database: string | undefined, type: keyof typeof DELETE_RELATIONSHIPS, labels: keyof typeof DELETE_NODES) {
  const session = driver.session({ database });
  try {
    await session.run(DELETE_RELATIONSHIPS[type]);
    await session.run(DELETE_NODES[labels]);
  } finally {
    await session.close();
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

const LOAD_ACTORS = `LOAD CSV WITH HEADERS FROM $url AS r
  CALL { WITH r CREATE (:BenchActor {id: r.id, kind: r.kind}) } IN TRANSACTIONS OF 10000 ROWS`;
const LOAD_RELATIONS = `LOAD CSV WITH HEADERS FROM $url AS r
  CALL { WITH r MATCH (s:BenchActor {id: r.from}) MATCH (t:BenchActor {id: r.to})
    CREATE (s)-[:BENCH_RELATED {id: r.id, type: r.type, status: r.status}]->(t) } IN TRANSACTIONS OF 10000 ROWS`;

/**
 * Neo4j's own loads of the bare columns, under labels of their own, removed after: `UNWIND` of
 * 10⁴-row parameter lists from the driver, and — when the server's import folder is given
 * (NEO4J_IMPORT_DIR, a server on this machine) — `LOAD CSV` of the same files copied there, which
 * the server parses itself. (Its offline `neo4j-admin database import` needs a stopped database.)
 */
export async function nativeNeo4j(files: readonly string[], how: 'unwind' | 'load-csv'): Promise<NativeFigures> {
  const driver = neo4j.driver(process.env.NEO4J_URI ?? '', neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''));
  const database = process.env.NEO4J_DATABASE || undefined;
  const [actors = '', relations = ''] = files;
  const importDir = process.env.NEO4J_IMPORT_DIR;
  const copied: string[] = [];
  try {
    await driver.executeQuery('CREATE CONSTRAINT bench_actor_id IF NOT EXISTS FOR (a:BenchActor) REQUIRE a.id IS UNIQUE', {}, { database });
    if (how === 'load-csv') {
      if (!importDir) throw new Error('LOAD CSV needs NEO4J_IMPORT_DIR, the import folder of a Neo4j server on this machine');
      for (const file of files) {
        copied.push(join(importDir, `bench-${basename(file)}`));
        copyFileSync(file, copied.at(-1) ?? '');
      }
      // CALL … IN TRANSACTIONS runs only in an auto-commit transaction: session.run.
      const session = driver.session({ database });
      const started = performance.now();
      try {
        await session.run(LOAD_ACTORS, { url: `file:///${basename(copied[0] ?? '')}` });
        await session.run(LOAD_RELATIONS, { url: `file:///${basename(copied[1] ?? '')}` });
      } finally {
        await session.close();
      }
      return { seconds: (performance.now() - started) / 1000, how: 'Neo4j LOAD CSV, 10⁴ rows per transaction' };
    }
    const started = performance.now();
    for await (const rows of csvRows(actors, 10_000)) await driver.executeQuery(BARE_ACTORS, { rows }, { database });
    for await (const rows of csvRows(relations, 10_000)) await driver.executeQuery(BARE_RELATIONS, { rows }, { database });
    return { seconds: (performance.now() - started) / 1000, how: 'Neo4j UNWIND CREATE, 10⁴ rows per transaction' };
  } finally {
    for (const file of copied) rmSync(file, { force: true });
    await deleteInBatches(driver, database, 'BENCH_RELATED', 'BenchActor');
    await driver.executeQuery('DROP CONSTRAINT bench_actor_id IF EXISTS', {}, { database });
    await driver.close();
  }
}

/** The importer's header for a file of ours: ids and endpoints mapped, the bare columns kept, the rest ignored. */
function adminHeader(file: string, kept: Record<string, string>): string {
  const header = (readFileSync(file, 'utf8').split('\n', 1)[0] ?? '').replace(/^\uFEFF/, '').trim();
  return header
    .split(',')
    .map((column) => kept[column] ?? ':IGNORE')
    .join(',');
}

/**
 * Neo4j's fastest loader, the offline `neo4j-admin database import full`, run from the jars of the
 * local server (`npm run neo4j` resolves them from Maven Central into NEO4J_HOME_DIR/lib) into a
 * scratch home and database of its own, so the running server is not touched. The same files,
 * their header lines replaced by a header file that maps the bare columns (staged before the clock
 * starts). Its time includes the JVM's start, as ours includes Node's.
 */
export function nativeNeo4jAdmin(files: readonly string[]): NativeFigures {
  const lib = join(resolve(process.env.NEO4J_HOME_DIR ?? 'data/neo4j'), 'lib');
  if (!existsSync(lib)) throw new Error(`neo4j-admin needs the server's jars in ${lib}: run npm run neo4j first (NEO4J_HOME_DIR)`);
  const [actors = '', relations = ''] = files;
  const home = mkdtempSync(join(tmpdir(), 'haidian-neo4j-admin-'));
  try {
    mkdirSync(join(home, 'conf'));
    writeFileSync(join(home, 'conf', 'neo4j.conf'), `server.directories.data=${home}/data\nserver.directories.logs=${home}/logs\n`);
    const staged = (name: string, file: string, kept: Record<string, string>) => {
      writeFileSync(join(home, `${name}-header.csv`), `${adminHeader(file, kept)}\n`);
      const body = join(home, `${name}.csv`);
      const cut = spawnSync('sh', ['-c', 'tail -n +2 "$0" > "$1"', file, body]);
      if (cut.status !== 0) throw new Error(`cannot stage ${file} for neo4j-admin: ${cut.stderr.toString()}`);
      return `${join(home, `${name}-header.csv`)},${body}`;
    };
    const nodes = staged('actors', actors, { id: 'id:ID', kind: 'kind' });
    const edges = staged('relations', relations, { id: 'id', type: 'type', status: 'status', from: ':START_ID', to: ':END_ID' });
    const started = performance.now();
    const run = spawnSync(
      'java',
      ['-Xmx1g', '-cp', `${lib}/*`, 'org.neo4j.cli.AdminTool', 'database', 'import', 'full', 'scratch', `--nodes=BenchActor=${nodes}`, `--relationships=BENCH_RELATED=${edges}`],
      { env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') }, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 },
    );
    const seconds = (performance.now() - started) / 1000;
    if (run.status !== 0 || !/IMPORT DONE/.test(run.stdout)) throw new Error(`neo4j-admin import failed: ${run.stdout.slice(-1500)}${run.stderr.slice(-1500)}`);
    return { seconds, how: 'neo4j-admin database import full (offline), JVM start included' };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/**
 * Our Neo4j import writes into the configured database: the bench runs it only on an empty one
 * (it refuses otherwise, so it never touches a graph it did not write) and removes it after.
 */
export async function withEmptyNeo4j<T>(work: () => T): Promise<T> {
  const driver = neo4j.driver(process.env.NEO4J_URI ?? '', neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''));
  const database = process.env.NEO4J_DATABASE || undefined;
  try {
    const { records } = await driver.executeQuery('MATCH (n) RETURN count(n) AS n', {}, { database });
    const held = neo4j.integer.toNumber(records[0]?.get('n') ?? 0);
    if (held > 0) throw new Error(`bench:import runs our Neo4j import only on an empty database; it holds ${held} nodes`);
    return work();
  } finally {
    await deleteInBatches(driver, database, 'RELATED_TO', 'Actor|ActorName|GraphMeta');
    await driver.close();
  }
}
