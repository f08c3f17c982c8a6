// Runs the import's reading and checking on a worker thread (check-worker.ts) and hands its
// batches of checked rows on as they come. Parsing and checking are most of the import's
// JavaScript: on a thread of their own they run beside the main thread's staging and the engine's
// COPY instead of before them, and their garbage is collected there.
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BulkBatch } from '../../graph/store.js';
import type { DocumentLibrary } from '../documents.js';
import type { OnRead } from './read-items.js';
import type { StoredActors, Validation } from './validate.js';

/** What the checking thread is given. */
export interface CheckJob {
  /** In the order to read them; `relationsOnly`: a CSV file of relations (no actor follows). */
  files: { file: string; relationsOnly: boolean }[];
  /** The cited documents, as [id, text]. */
  documents: [string, string][];
  /** Rows read per message (progress, and a batch of the rows that passed). */
  batchRows: number;
  /** Batches posted ahead of the main thread: bounds the memory they hold. */
  maxInFlight: number;
}

export type FromChecks =
  | { kind: 'rows'; batch: BulkBatch | null; bytes: number; rows: number }
  | { kind: 'lookup'; id: number; ids: string[] }
  | { kind: 'done'; validation: Validation; rest: BulkBatch; bytes: number; rows: number };

export type ToChecks = { kind: 'ack' } | { kind: 'found'; id: number; found: boolean[] };

export interface CheckedRows {
  validation: Validation;
  /** Rows that passed after the last batch: hand them on only when the validation is clean. */
  rest: BulkBatch;
}

const fromSources = extname(fileURLToPath(import.meta.url)) === '.ts';
const ENTRY = new URL(`./check-worker${fromSources ? '.ts' : '.js'}`, import.meta.url).href;

/**
 * Every row the thread parses dies young: a young generation larger than V8's default keeps
 * them out of the old generation, whose collections cost seconds at 10⁶ rows.
 */
const YOUNG_GENERATION_MB = 96;

/**
 * A worker thread of check-worker. From the TypeScript sources (npm run import, the tests) the
 * thread first registers tsx's loader itself: Node 20 does not pass `--import tsx` on to workers.
 */
function startWorker(job: CheckJob): Worker {
  const options = { workerData: job, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } };
  if (!fromSources) return new Worker(new URL(ENTRY), options);
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(ENTRY)}); })`;
  return new Worker(boot, { ...options, eval: true });
}

/** Batches of the rows that pass, read and checked on a worker thread; returns the validation. */
export async function* checkedOnThread(
  files: CheckJob['files'],
  documents: DocumentLibrary,
  stored: StoredActors,
  onRead: OnRead,
  onRows: (rows: number) => void,
  batchRows: number,
): AsyncGenerator<BulkBatch, CheckedRows> {
  const job: CheckJob = {
    files,
    documents: documents.ids().map((id) => [id, documents.paragraphs(id).join('\n')]),
    batchRows,
    maxInFlight: 8,
  };
  const worker = startWorker(job);
  const inbox: FromChecks[] = [];
  let wake: (() => void) | null = null;
  let failure: unknown = null;
  let exited = false;
  const notify = () => {
    wake?.();
    wake = null;
  };
  worker.on('message', (message: FromChecks) => {
    inbox.push(message);
    notify();
  });
  worker.on('error', (error) => {
    failure ??= error;
    notify();
  });
  worker.on('exit', () => {
    exited = true;
    notify();
  });
  try {
    for (;;) {
      while (inbox.length === 0) {
        if (failure) throw failure;
        if (exited) throw new Error('the import\'s checking thread ended before its last row');
        await new Promise<void>((resolve) => (wake = resolve));
      }
      const message = inbox.shift() as FromChecks;
      if (message.kind === 'lookup') {
        worker.postMessage({ kind: 'found', id: message.id, found: await stored(message.ids) } satisfies ToChecks);
        continue;
      }
      onRead(message.bytes);
      onRows(message.rows);
      if (message.kind === 'done') return { validation: message.validation, rest: message.rest };
      if (message.batch) yield message.batch;
      worker.postMessage({ kind: 'ack' } satisfies ToChecks);
    }
  } finally {
    await worker.terminate();
  }
}
