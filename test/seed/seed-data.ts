// The repository's seed and its source documents, read once per test file.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ActorRecord } from '../../src/graph/model.js';
import { DocumentLibrary } from '../../src/ingest/documents.js';
import { readSeed } from '../../src/ingest/seed-files.js';

export const SEED_DIR = fileURLToPath(new URL('../../seed/', import.meta.url));
export const seed = readSeed(SEED_DIR);
export const documents = DocumentLibrary.fromDirectory(join(SEED_DIR, 'sources'));

const byId = new Map(seed.actors.map((a) => [a.id, a]));

export function actorById(id: string): ActorRecord {
  const found = byId.get(id);
  if (!found) throw new Error(`the seed has no actor "${id}"`);
  return found;
}

/** The value of a metric, failing loudly when it is missing. */
export function metric(item: { id: string; metrics: { name: string; value: number }[] }, name: string): number {
  const found = item.metrics.find((m) => m.name === name);
  if (!found) throw new Error(`${item.id} has no metric "${name}"`);
  return found.value;
}
