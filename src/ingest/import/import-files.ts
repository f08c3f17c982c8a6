// Imports users' files into a store: validate every row first (nothing is written when any
// row is wrong), then stream the files again and write them in batches — actors first, so that
// relations always find their endpoints — through the engine's bulk path when it has one.
import { actorSchema, relationSchema, type GraphBatch } from '../../graph/model.js';
import type { GraphCounts, GraphStore } from '../../graph/store.js';
import type { DocumentLibrary } from '../documents.js';
import { readItems } from './read-items.js';
import { formatRowError, validateFiles, type RowError } from './validate.js';

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

export type ImportPhase = 'validate' | 'load';

export interface ImportOptions {
  batchSize?: number;
  /** Use the engine's bulk path when it has one (default true). */
  bulk?: boolean;
  /** Called on each phase start with the number of items to go through (null when unknown). */
  onPhase?: (phase: ImportPhase, total: number | null) => void;
  onProgress?: (done: number) => void;
}

export interface ImportReport extends GraphCounts {
  path: 'bulk' | 'batches';
  validateMs: number;
  loadMs: number;
}

async function* batchesOf(files: readonly string[], batchSize: number, onItem: () => void): AsyncGenerator<GraphBatch> {
  // Two readings of the files: actors, then relations.
  for (const wanted of ['actor', 'relation'] as const) {
    let batch: GraphBatch = { actors: [], relations: [] };
    for await (const item of readItems(files)) {
      if (item.type !== wanted) continue;
      if (wanted === 'actor') batch.actors.push(actorSchema.parse(item.value));
      else batch.relations.push(relationSchema.parse(item.value));
      onItem();
      if (batch.actors.length + batch.relations.length >= batchSize) {
        yield batch;
        batch = { actors: [], relations: [] };
      }
    }
    if (batch.actors.length + batch.relations.length > 0) yield batch;
  }
}

/** Imports `files` into `store`; their citations must quote `documents` (src/ingest/citations.ts). */
export async function importFiles(
  files: readonly string[],
  store: GraphStore,
  documents: DocumentLibrary,
  options: ImportOptions = {},
): Promise<ImportReport> {
  let done = 0;
  const tick = () => options.onProgress?.(++done);

  const started = performance.now();
  options.onPhase?.('validate', null);
  const validation = await validateFiles(files, store, documents, tick);
  if (validation.errorCount > 0) throw new ImportRejected(validation.errors, validation.errorCount);
  const validated = performance.now();

  done = 0;
  options.onPhase?.('load', validation.actors + validation.relations);
  const batches = batchesOf(files, options.batchSize ?? 5_000, tick);
  let counts: GraphCounts;
  let path: ImportReport['path'];
  if (store.bulkLoad && options.bulk !== false) {
    path = 'bulk';
    counts = await store.bulkLoad(batches);
  } else {
    path = 'batches';
    counts = { actors: 0, relations: 0 };
    for await (const batch of batches) {
      const written = await store.upsert(batch);
      counts.actors += written.actors;
      counts.relations += written.relations;
    }
  }
  return { ...counts, path, validateMs: validated - started, loadMs: performance.now() - validated };
}
