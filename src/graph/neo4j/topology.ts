// The Neo4j engine's topology read: actors as rows, relations grouped by source actor with their
// columns joined into strings by the server (cypher.ts, TOPOLOGY_RELATIONS_BY_SOURCE), then split here.
import type { Row } from '../engine-session.js';
import { BASES, RELATION_STATUSES, RELATION_TYPES } from '../model.js';
import type { TopologyChunk } from '../store.js';
import { actorChunks, RelationChunkBuilder } from '../topology.js';

/** Between ids in one joined string: a control character no id holds (ids are slugs). */
export const ID_SEPARATOR = '\u001f';
const FIRST_CODE = 65;

/** The parameters of TOPOLOGY_RELATIONS_BY_SOURCE: each value's code as one character. */
export function topologyCodeParams() {
  const chars = (values: readonly string[]) => Object.fromEntries(values.map((v, i) => [v, String.fromCharCode(FIRST_CODE + i)]));
  return { types: chars(RELATION_TYPES), statuses: chars(RELATION_STATUSES), bases: chars(BASES), separator: ID_SEPARATOR };
}

export async function* groupedTopology(actors: AsyncIterable<Row>, groups: AsyncIterable<Row>): AsyncGenerator<TopologyChunk> {
  const position = new Map<string, number>();
  yield* actorChunks(actors, position);
  const chunk = new RelationChunkBuilder();
  for await (const group of groups) {
    const from = position.get(String(group.from));
    const targets = String(group.targets).split(ID_SEPARATOR);
    const ids = String(group.ids).split(ID_SEPARATOR);
    const [types, statuses, bases] = [String(group.types), String(group.statuses), String(group.bases)];
    // collect() drops the nulls a value outside the model maps to: then the columns differ in length.
    if (ids.length !== targets.length || types.length !== ids.length || statuses.length !== ids.length || bases.length !== ids.length) {
      throw new Error(`the database holds a relation of actor ${String(group.from)} whose type, status or basis is not in the model`);
    }
    // Both statements ran apart: relations of actors written after the actors were read are left out.
    if (from === undefined) continue;
    for (let k = 0; k < ids.length; k++) {
      const to = position.get(targets[k] as string);
      if (to === undefined) continue;
      chunk.ids.push(ids[k] as string);
      chunk.add(from, to, types.charCodeAt(k) - FIRST_CODE, statuses.charCodeAt(k) - FIRST_CODE, bases.charCodeAt(k) - FIRST_CODE);
      if (chunk.full) yield chunk.take();
    }
  }
  if (chunk.length > 0) yield chunk.take();
}
