// How relationsOf answers, whatever the engine: one list per asking actor (empty when it has
// none), each relation once, ordered by type then id.
import type { RelationRecord } from './model.js';

export function groupRelations(
  actorIds: readonly string[],
  rows: Iterable<{ self: string; relation: RelationRecord }>,
): Map<string, RelationRecord[]> {
  const result = new Map<string, RelationRecord[]>(actorIds.map((id) => [id, []]));
  for (const { self, relation } of rows) {
    const list = result.get(self);
    // A self-loop is seen from both sides; keep it once.
    if (list && !list.some((r) => r.id === relation.id)) list.push(relation);
  }
  for (const list of result.values()) list.sort(byTypeThenId);
  return result;
}

function byTypeThenId(a: RelationRecord, b: RelationRecord): number {
  return a.type.localeCompare(b.type) || a.id.localeCompare(b.id);
}
