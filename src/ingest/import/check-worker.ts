// The import's reading and checking, on a thread of its own (started by checks-thread.ts): it
// parses the files and checks every row, and posts the rows that pass in batches, while the main
// thread stages them for the engine and the engine copies them. At most `maxInFlight` batches are
// posted ahead of the main thread (each is acknowledged), so memory stays bounded. The store is
// on the main thread: relation endpoints that are not among the imported actors are asked there.
import { parentPort, workerData } from 'node:worker_threads';
import type { BulkBatch } from '../../graph/store.js';
import { DocumentLibrary } from '../documents.js';
import type { CheckJob, FromChecks, ToChecks } from './checks-thread.js';
import { readItems } from './read-items.js';
import { RowChecker, type StoredActors } from './validate.js';

const port = parentPort;
if (!port) throw new Error('check-worker.ts runs as a worker thread (checks-thread.ts)');
const job = workerData as CheckJob;

const documents = new DocumentLibrary();
for (const [id, text] of job.documents) documents.add(id, text);

let credit = job.maxInFlight;
let wake: (() => void) | null = null;
const lookups = new Map<number, (found: boolean[]) => void>();
port.on('message', (message: ToChecks) => {
  if (message.kind === 'ack') {
    credit += 1;
    wake?.();
  } else {
    lookups.get(message.id)?.(message.found);
    lookups.delete(message.id);
  }
});

// Bytes and rows read since the last message: the main thread's progress.
let bytes = 0;
let rows = 0;
const post = (message: FromChecks) => {
  port.postMessage(message);
  bytes = 0;
  rows = 0;
};

async function send(batch: BulkBatch | null): Promise<void> {
  while (credit === 0) await new Promise<void>((resolve) => (wake = resolve));
  credit -= 1;
  post({ kind: 'rows', batch, bytes, rows });
}

let nextLookup = 0;
const stored: StoredActors = (ids) =>
  new Promise((resolve) => {
    const id = nextLookup++;
    lookups.set(id, resolve);
    port.postMessage({ kind: 'lookup', id, ids } satisfies FromChecks);
  });

const empty = (): BulkBatch => ({ actors: [], relations: [] });
const checker = new RowChecker(documents);
let batch = empty();
let actorsDone = false;
let unsent = 0;
for (const { file, relationsOnly } of job.files) {
  // The batch before the first file of relations only says that no actor follows.
  if (relationsOnly && !actorsDone) {
    actorsDone = true;
    await send({ ...batch, actorsDone });
    batch = empty();
    unsent = 0;
  }
  for await (const item of readItems([file], (n) => (bytes += n))) {
    rows += 1;
    unsent += 1;
    const row = checker.check(item);
    // Once a row has failed nothing more is handed on: the import ends with its errors.
    if (row && checker.clean) {
      if (row.type === 'actor') batch.actors.push(row.record);
      else batch.relations.push(row.record);
    }
    if (unsent >= job.batchRows) {
      await send(batch.actors.length + batch.relations.length > 0 ? batch : null);
      batch = empty();
      unsent = 0;
    }
  }
}
const validation = await checker.finish(stored);
post({ kind: 'done', validation, rest: batch, bytes, rows });
