// The writes both the upsert and the bulk path share, each run inside the caller's transaction.
import { endpointIds, missingEndpoints } from '../batch-checks.js';
import { actorToRow, relationToRow } from '../codec.js';
import { IntegrityError } from '../errors.js';
import type { ActorRecord, GraphBatch } from '../model.js';
import type { Run } from './connections.js';
import * as q from './cypher.js';

export async function writeActors(run: Run, actors: readonly ActorRecord[]): Promise<void> {
  const rows = actors.map(actorToRow);
  await run(q.DELETE_NAMES_OF, { ids: rows.map((r) => r.id) });
  await run(q.UPSERT_ACTORS, { rows });
  const names = rows.flatMap((r) => r.nameKeys.map((key) => ({ key, actorId: r.id })));
  const claims = await run(q.CLAIM_NAMES, { names });
  const conflicts = claims
    .filter((c) => c.owner !== c.claimant)
    .map((c) => `name "${String(c.key)}" of "${String(c.claimant)}" already names "${String(c.owner)}"`);
  if (conflicts.length > 0) throw new IntegrityError('names must be unique across actors', conflicts);
}

export async function writeRelations(run: Run, batch: GraphBatch): Promise<void> {
  const stored = await run(q.EXISTING_IDS, { ids: endpointIds(batch) });
  const missing = missingEndpoints(batch, new Set(stored.map((r) => String(r.id))));
  if (missing.length > 0) throw new IntegrityError('relations must join existing actors', missing);
  const rows = batch.relations.map(relationToRow);
  await run(q.DELETE_RELATIONS, { ids: rows.map((r) => r.id) });
  await run(q.CREATE_RELATIONS, { rows });
}
