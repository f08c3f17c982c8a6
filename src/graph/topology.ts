// Turns the rows of the two topology statements into the column chunks of readTopology(), for
// any engine: rows are copied into columns as they arrive, so no more than one chunk of row
// objects is alive at a time, and enum columns are checked like every value read back.
import { storedEnum } from './codec.js';
import { ACTOR_KINDS, BASES, RELATION_STATUSES, RELATION_TYPES } from './model.js';
import { TOPOLOGY_CHUNK_ROWS, type TopologyChunk } from './store.js';

type Row = Record<string, unknown>;
type ActorChunk = Extract<TopologyChunk, { part: 'actors' }>;
type RelationChunk = Extract<TopologyChunk, { part: 'relations' }>;

const emptyActors = (): ActorChunk => ({ part: 'actors', ids: [], kinds: [], inDistrict: [], districts: [] });
const emptyRelations = (): RelationChunk => ({ part: 'relations', ids: [], from: [], to: [], types: [], statuses: [], bases: [] });

export async function* topologyChunks(actors: AsyncIterable<Row>, relations: AsyncIterable<Row>): AsyncGenerator<TopologyChunk> {
  let a = emptyActors();
  for await (const row of actors) {
    a.ids.push(String(row.id));
    a.kinds.push(storedEnum(ACTOR_KINDS, row.kind, 'actor kind'));
    a.inDistrict.push(row.inDistrict === true);
    a.districts.push(typeof row.district === 'string' ? row.district : null);
    if (a.ids.length === TOPOLOGY_CHUNK_ROWS) {
      yield a;
      a = emptyActors();
    }
  }
  if (a.ids.length > 0) yield a;

  let r = emptyRelations();
  for await (const row of relations) {
    r.ids.push(String(row.id));
    r.from.push(String(row.from));
    r.to.push(String(row.to));
    r.types.push(storedEnum(RELATION_TYPES, row.type, 'relation type'));
    r.statuses.push(storedEnum(RELATION_STATUSES, row.status, 'relation status'));
    // Relations written before basis existed are STATED, as rowToRelation reads them.
    r.bases.push(row.basis == null ? 'STATED' : storedEnum(BASES, row.basis, 'relation basis'));
    if (r.ids.length === TOPOLOGY_CHUNK_ROWS) {
      yield r;
      r = emptyRelations();
    }
  }
  if (r.ids.length > 0) yield r;
}
