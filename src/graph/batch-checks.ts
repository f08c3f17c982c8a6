// Checks a batch can pass before any engine touches the database: duplicates inside the batch
// and names claimed twice. Engines then check the batch against what is already stored.
import { IntegrityError, NotFoundError } from './errors.js';
import type { GraphBatch } from './model.js';
import { nameKeys } from './names.js';

export function checkBatch(batch: GraphBatch): void {
  const problems: string[] = [];
  const actorIds = new Set<string>();
  const owners = new Map<string, string>();
  for (const actor of batch.actors) {
    if (actorIds.has(actor.id)) problems.push(`actor "${actor.id}" appears twice`);
    actorIds.add(actor.id);
    for (const key of nameKeys(actor)) {
      const owner = owners.get(key);
      if (owner !== undefined && owner !== actor.id) {
        problems.push(`name "${key}" is claimed by both "${owner}" and "${actor.id}"`);
      }
      owners.set(key, actor.id);
    }
  }
  const relationIds = new Set<string>();
  for (const relation of batch.relations) {
    if (relationIds.has(relation.id)) problems.push(`relation "${relation.id}" appears twice`);
    relationIds.add(relation.id);
  }
  if (problems.length > 0) throw new IntegrityError('the batch contradicts itself', problems);
}

/** Relation endpoints that are neither in the batch nor among `storedIds`. */
export function missingEndpoints(batch: GraphBatch, storedIds: ReadonlySet<string>): string[] {
  const known = new Set([...storedIds, ...batch.actors.map((a) => a.id)]);
  const problems: string[] = [];
  for (const r of batch.relations) {
    for (const end of [r.from, r.to]) {
      if (!known.has(end)) problems.push(`relation "${r.id}" points at unknown actor "${end}"`);
    }
  }
  return problems;
}

/** Every id a batch's relations point at. */
export function endpointIds(batch: GraphBatch): string[] {
  return [...new Set(batch.relations.flatMap((r) => [r.from, r.to]))];
}

/** Throws NotFoundError naming every requested id the database did not return. */
export function refuseUnknown(what: 'actor' | 'relation', ids: readonly string[], found: readonly { id?: unknown }[]): void {
  const known = new Set(found.map((row) => String(row.id)));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new NotFoundError(what, unknown);
}
