// The start-up sequence every entry point shares (`npm start`, `npm run seed`, `npm run import`):
// open the configured graph → load the seed when the graph is empty and seeding is asked for →
// ready. A failure a user can act on (bad configuration, the database held by another process,
// an invalid seed) ends the process with its message and exit code 1, not a stack trace.
import { join, resolve } from 'node:path';
import { ConfigError, type Config } from './config.js';
import { createStore } from './graph/open-store.js';
import type { FindingRecord } from './graph/model.js';
import type { GraphStore } from './graph/store.js';
import { GraphInUseError, isLockConflict, noteHolder, readHolder } from './graph-holder.js';
import { DocumentLibrary } from './ingest/documents.js';
import { seedIfEmpty, type SeedOutcome } from './ingest/load-seed.js';
import { readSeed, SeedError } from './ingest/seed-files.js';

export interface ReadyGraph {
  store: GraphStore;
  /** The documents citations quote: SEED_DIR/sources. */
  documents: DocumentLibrary;
  /** The report's findings (seed/, `findings:`), kept beside the graph. */
  findings: FindingRecord[];
  /** What seeding did; null when it was not asked for. */
  seeded: SeedOutcome | null;
  close(): Promise<void>;
}

export interface StartOptions {
  /** Names this process to a second one that finds the database held ("npm start"). */
  command: string;
  /** Load the seed into an empty graph. */
  seed: boolean;
}

export async function openGraph(config: Config, { command, seed }: StartOptions): Promise<ReadyGraph> {
  const seedDir = resolve(config.SEED_DIR);
  const graphDir = resolve(config.GRAPH_DIR);
  const store = createStore(config);
  try {
    await store.open();
  } catch (error) {
    if (store.engine === 'embedded' && isLockConflict(error)) throw new GraphInUseError(config.GRAPH_DIR, readHolder(graphDir));
    throw error;
  }
  const releaseNote = store.engine === 'embedded' ? noteHolder(graphDir, command) : () => undefined;
  const close = async () => {
    await store.close();
    releaseNote();
  };
  try {
    const documents = DocumentLibrary.fromDirectory(join(seedDir, 'sources'));
    const seeded = seed ? await seedIfEmpty(store, seedDir, documents) : null;
    return { store, documents, findings: readSeed(seedDir).findings, seeded, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** A port in use, a host this machine does not have: Node's message says it all. */
function isListenError(error: unknown): error is Error {
  return error instanceof Error && (error as NodeJS.ErrnoException).syscall === 'listen';
}

/** Ends the process after a failure at start: one a user can act on by its message alone. */
export function failStart(error: unknown): never {
  const known = error instanceof GraphInUseError || error instanceof ConfigError || error instanceof SeedError || isListenError(error);
  console.error(known ? `cannot start: ${error.message}` : error);
  process.exit(1);
}
