// Imports users' files into a store. On the bulk path the files are read once: each row is
// checked as it streams past and handed to the engine's bulk load, which stages it and makes
// nothing visible until the stream has ended; when any row is wrong the stream ends with
// ImportRejected instead, and the bulk load writes nothing. Without a bulk path (`--no-bulk`)
// every row is checked first and the files are read a second time to write them in batches.
import { statSync } from 'node:fs';
import { actorSchema, relationSchema, type GraphBatch } from '../../graph/model.js';
import type { BulkBatch, GraphCounts, GraphStore } from '../../graph/store.js';
import type { DocumentLibrary } from '../documents.js';
import { csvTypeOf, formatOf, readItems } from './read-items.js';
import { checkedOnThread } from './checks-thread.js';
import { formatRowError, storedActorsOf, validateFiles, type RowError, type Validation } from './validate.js';

export class ImportRejected extends Error {
  constructor(
    readonly errors: RowError[],
    readonly errorCount: number,
  ) {
    const more = errorCount > errors.length ? `\n  … and ${errorCount - errors.length} more` : '';
    super(`import rejected, nothing was written: ${errorCount} invalid row(s)\n${errors.map((e) => `  ${formatRowError(e)}`).join('\n')}${more}`);
    this.name = 'ImportRejected';
  }
}

/** read: the files are read and checked (progress in bytes); load: the engine writes (progress in rows). */
export type ImportPhase = 'read' | 'load';

export interface ImportOptions {
  batchSize?: number;
  /** Use the engine's bulk path when it has one (default true). */
  bulk?: boolean;
  /** Called on each phase start with the amount of work ahead (bytes to read, rows to load). */
  onPhase?: (phase: ImportPhase, total: number) => void;
  /** Work done in the current phase so far, and the rows read so far. */
  onProgress?: (done: number, rows: number) => void;
}

export interface ImportReport extends GraphCounts {
  path: 'bulk' | 'batches';
  /** Reading and checking every row (on the bulk path, staging them for the engine too). */
  readMs: number;
  /** Writing into the engine after the last row was read. */
  loadMs: number;
}

/**
 * Rows handed to the bulk load at a time: it only stages them, so small hand-offs cost nothing,
 * and rows that die young stay out of V8's old generation (whose collection cost the M import
 * seconds at 5,000).
 */
const HAND_OFF_ROWS = 1_000;

function totalBytes(files: readonly string[]): number {
  return files.reduce((sum, file) => sum + statSync(file).size, 0);
}

function throwIfRejected(validation: Validation): void {
  if (validation.errorCount > 0) throw new ImportRejected(validation.errors, validation.errorCount);
}

/** Imports `files` into `store`; their citations must quote `documents` (src/ingest/citations.ts). */
export async function importFiles(
  files: readonly string[],
  store: GraphStore,
  documents: DocumentLibrary,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const batchSize = options.batchSize ?? 5_000;
  let bytes = 0;
  let rows = 0;
  const onRead = (n: number) => {
    bytes += n;
    options.onProgress?.(bytes, rows);
  };
  const started = performance.now();
  let readEnded = started;
  const startLoad = (total: number) => {
    readEnded = performance.now();
    options.onPhase?.('load', total);
  };
  options.onPhase?.('read', totalBytes(files));

  let counts: GraphCounts;
  let path: ImportReport['path'];
  if (store.bulkLoad && options.bulk !== false) {
    path = 'bulk';
    const checked = checkedBatches(await actorsFirst(files), store, documents, HAND_OFF_ROWS, onRead, (n) => (rows += n), startLoad);
    // Relations loaded while reading count in the load phase's progress, once it begins.
    counts = await store.bulkLoad(checked, (done) => {
      if (readEnded !== started) options.onProgress?.(done, rows);
    });
  } else {
    path = 'batches';
    const validation = await validateFiles(files, store, documents, () => (rows += 1), onRead);
    throwIfRejected(validation);
    startLoad(validation.actors + validation.relations);
    counts = { actors: 0, relations: 0 };
    for await (const batch of batchesInOrder(files, batchSize)) {
      const written = await store.upsert(batch);
      counts.actors += written.actors;
      counts.relations += written.relations;
      options.onProgress?.(counts.actors + counts.relations, rows);
    }
  }
  return { ...counts, path, readMs: readEnded - started, loadMs: performance.now() - readEnded };
}

/**
 * The files in the order the bulk load works best: files that may hold actors (actor CSV files,
 * JSON Lines) before relation CSV files, so that relations can be loaded while they are read.
 */
async function actorsFirst(files: readonly string[]): Promise<{ file: string; relationsOnly: boolean }[]> {
  const tagged = await Promise.all(files.map(async (file) => ({ file, relationsOnly: formatOf(file) === 'csv' && (await csvTypeOf(file)) === 'relation' })));
  return [...tagged.filter((f) => !f.relationsOnly), ...tagged.filter((f) => f.relationsOnly)];
}

/**
 * The rows that pass, in batches, read and checked on a worker thread while the engine stages
 * and copies the batches before; once a row has failed nothing more is handed on, and the stream
 * ends with ImportRejected.
 */
async function* checkedBatches(
  files: readonly { file: string; relationsOnly: boolean }[],
  store: GraphStore,
  documents: DocumentLibrary,
  batchSize: number,
  onRead: (bytes: number) => void,
  onRows: (rows: number) => void,
  startLoad: (total: number) => void,
): AsyncGenerator<BulkBatch> {
  const { validation, rest } = yield* checkedOnThread([...files], documents, storedActorsOf(store), onRead, onRows, batchSize);
  throwIfRejected(validation);
  if (rest.actors.length + rest.relations.length > 0) yield rest;
  startLoad(validation.actors + validation.relations);
}

/** Checked rows again, actors before relations so that every batch finds its endpoints. */
async function* batchesInOrder(files: readonly string[], batchSize: number): AsyncGenerator<GraphBatch> {
  for (const wanted of ['actor', 'relation'] as const) {
    let batch: GraphBatch = { actors: [], relations: [] };
    for await (const item of readItems(files)) {
      if (item.type !== wanted) continue;
      if (wanted === 'actor') batch.actors.push(actorSchema.parse(item.value));
      else batch.relations.push(relationSchema.parse(item.value));
      if (batch.actors.length + batch.relations.length >= batchSize) {
        yield batch;
        batch = { actors: [], relations: [] };
      }
    }
    if (batch.actors.length + batch.relations.length > 0) yield batch;
  }
}
