// Mutation inputs become store records only through the model's zod schemas, so a write from
// the API is held to the same rules as the seed: slugs, enums, at least one citation per fact,
// and the one citation rule (src/ingest/citations.ts).
import { z } from 'zod';
import type { ActorInput, RelationInput } from '../__generated__/resolvers-types.js';
import { actorSchema, relationSchema, type GraphBatch } from '../../graph/model.js';
import type { DocumentLibrary } from '../../ingest/documents.js';
import { batchCitationProblems } from '../../ingest/citations.js';
import { badInput } from '../errors.js';

const batchSchema = z.object({ actors: z.array(actorSchema), relations: z.array(relationSchema) });

/** GraphQL passes explicit nulls for optional fields; the model wants them absent (lists default to []). */
function withoutNulls<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null)) as Partial<T>;
}

export function parseWrite(
  actors: readonly ActorInput[],
  relations: readonly RelationInput[],
  documents: DocumentLibrary,
): GraphBatch {
  const parsed = batchSchema.safeParse({ actors: actors.map(withoutNulls), relations: relations.map(withoutNulls) });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
    throw badInput(`the write is not valid: ${problems.join('; ')}`);
  }
  const citationProblems = batchCitationProblems(parsed.data, documents);
  if (citationProblems.length > 0) throw badInput(`citations do not match their sources: ${citationProblems.join('; ')}`);
  return parsed.data;
}

/** ["actors", 0, "id"] → "actors[0].id" */
function formatPath(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i > 0 ? '.' : ''}${String(part)}`)).join('');
}
