// Loads seed/ into an empty store at start: validated, citations checked against the source
// documents, written in one transaction. A store that already holds actors is left alone.
import type { GraphCounts, GraphStore } from '../graph/store.js';
import type { DocumentLibrary } from './documents.js';
import { batchCitationProblems } from './citations.js';
import { readSeed, SeedError } from './seed-files.js';

export interface SeedOutcome {
  loaded: boolean;
  counts: GraphCounts;
}

export async function seedIfEmpty(store: GraphStore, seedDir: string, documents: DocumentLibrary): Promise<SeedOutcome> {
  const before = await store.counts();
  if (before.actors > 0) return { loaded: false, counts: before };
  const batch = readSeed(seedDir);
  const problems = batchCitationProblems(batch, documents);
  if (problems.length > 0) throw new SeedError(problems);
  await store.upsert({ actors: batch.actors, relations: batch.relations });
  return { loaded: true, counts: await store.counts() };
}
