// Neo4j's bulk path. While the batches come (the importer is still checking rows) they are only
// staged in a temporary file, so nothing is written when the stream fails. Then the staged rows
// are written actors first, in batches of one write transaction each, through the store's own
// upsert: 10⁶ relations do not fit one transaction in a small server's heap. Each batch replaces
// by id, so a failure in the middle leaves the batches before it, and loading the same rows
// again converges to the graph a whole load gives (test/import/bulk-load.test.ts). With the
// server's import folder at hand the staged rows are written by the server's LOAD CSV instead,
// with the same guarantee (load-csv.ts).
import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, type WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { IntegrityError } from '../errors.js';
import type { ActorRecord, GraphBatch, RelationRecord } from '../model.js';
import type { Run } from '../engine-session.js';
import type { GraphCounts, GraphStore } from '../store.js';
import { loadCsv } from './load-csv.js';

/** Rows per write transaction: large enough to amortise a round trip, small for a 1 GiB heap. */
export const NEO4J_BULK_BATCH = 10_000;

/** Records as JSON Lines in a file, written with back-pressure. */
class Spool {
  count = 0;
  private readonly out: WriteStream;

  constructor(readonly path: string) {
    this.out = createWriteStream(path, { encoding: 'utf8' });
  }

  async add(records: readonly (ActorRecord | RelationRecord)[]): Promise<void> {
    if (records.length === 0) return;
    this.count += records.length;
    const text = records.map((r) => `${JSON.stringify(r)}\n`).join('');
    if (!this.out.write(text)) await once(this.out, 'drain');
  }

  async close(): Promise<void> {
    if (this.out.closed) return;
    this.out.end();
    await once(this.out, 'close');
  }

  async *batches<T>(size: number): AsyncGenerator<T[]> {
    let batch: T[] = [];
    for await (const line of createInterface({ input: createReadStream(this.path, { encoding: 'utf8' }), crlfDelay: Infinity })) {
      batch.push(JSON.parse(line) as T);
      if (batch.length >= size) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }
}

/**
 * How the staged rows are written: batches of upserts from here (UNWIND), or — for a server
 * whose import folder this process can write — the server's own LOAD CSV (load-csv.ts).
 */
export type BulkWriter =
  | { how: 'unwind' }
  | { how: 'load-csv'; importDir: string; autoCommit: Run; bumpRevision: () => Promise<void> };

export async function bulkLoadInBatches(
  store: Pick<GraphStore, 'upsert' | 'actorsByIds'>,
  batches: AsyncIterable<GraphBatch>,
  onLoaded?: (rows: number) => void,
  batchSize = NEO4J_BULK_BATCH,
  writer: BulkWriter = { how: 'unwind' },
): Promise<GraphCounts> {
  const directory = mkdtempSync(join(tmpdir(), 'haidian-neo4j-bulk-'));
  const actors = new Spool(join(directory, 'actors.jsonl'));
  const relations = new Spool(join(directory, 'relations.jsonl'));
  try {
    const actorIds = new Set<string>();
    const relationIds = new Set<string>();
    const endpoints = new Set<string>();
    for await (const batch of batches) {
      // Upsert batches would each take an id given twice; the whole load must refuse it first.
      claimOnce('actor', actorIds, batch.actors);
      claimOnce('relation', relationIds, batch.relations);
      for (const r of batch.relations) endpoints.add(r.from).add(r.to);
      await actors.add(batch.actors);
      await relations.add(batch.relations);
    }
    await Promise.all([actors.close(), relations.close()]);
    // A relation to an actor neither loaded nor stored would fail only after the actors are written.
    await refuseUnknownEndpoints(store, [...endpoints].filter((id) => !actorIds.has(id)), batchSize);
    if (writer.how === 'load-csv') {
      // Readers keyed by the revision see a change begin and end.
      await writer.bumpRevision();
      await loadCsv(writer.autoCommit, writer.importDir, actors.batches<ActorRecord>(batchSize), relations.batches<RelationRecord>(batchSize));
      await writer.bumpRevision();
      onLoaded?.(actors.count + relations.count);
      return { actors: actors.count, relations: relations.count };
    }
    let loaded = 0;
    for await (const list of actors.batches<ActorRecord>(batchSize)) {
      loaded += (await store.upsert({ actors: list, relations: [] })).actors;
      onLoaded?.(loaded);
    }
    for await (const list of relations.batches<RelationRecord>(batchSize)) {
      loaded += (await store.upsert({ actors: [], relations: list })).relations;
      onLoaded?.(loaded);
    }
    return { actors: actors.count, relations: relations.count };
  } finally {
    await Promise.all([actors.close(), relations.close()]);
    rmSync(directory, { recursive: true, force: true });
  }
}

async function refuseUnknownEndpoints(store: Pick<GraphStore, 'actorsByIds'>, ids: readonly string[], chunk: number): Promise<void> {
  for (let start = 0; start < ids.length; start += chunk) {
    const slice = ids.slice(start, start + chunk);
    const found = await store.actorsByIds(slice);
    const missing = slice.filter((_, i) => found[i] === null);
    if (missing.length > 0) throw new IntegrityError('relations must join existing actors', missing.map((id) => `unknown actor "${id}"`));
  }
}

function claimOnce(what: string, seen: Set<string>, records: readonly { id: string }[]): void {
  for (const { id } of records) {
    if (seen.has(id)) throw new IntegrityError('the bulk load contradicts itself', [`${what} "${id}" appears twice`]);
    seen.add(id);
  }
}
