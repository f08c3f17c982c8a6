// Turns the rows of the two topology statements into the column chunks of readTopology(), for
// any engine: rows are copied into columns as they arrive, so no more than one chunk of row
// objects is alive at a time; enum values become codes and are checked like every value read
// back, relation ends become positions among the streamed actors.
import { ACTOR_KINDS, BASES, RELATION_STATUSES, RELATION_TYPES } from './model.js';
import { PackedStringsBuilder, SeparatedValues } from './packed-strings.js';
import { TOPOLOGY_CHUNK_ROWS, type TopologyChunk } from './store.js';

type Row = Record<string, unknown>;

const STATED = BASES.indexOf('STATED');

/** Code of a stored enum value (its index in `allowed`); an unknown value is an error, as in codec.storedEnum. */
export function enumCode(allowed: readonly string[], value: unknown, field: string): number {
  const code = typeof value === 'string' ? allowed.indexOf(value) : -1;
  if (code < 0) throw new Error(`the database holds ${field} ${JSON.stringify(value)}, which is not one of ${allowed.join(', ')}`);
  return code;
}

/** Fills one relations chunk at a time. */
export class RelationChunkBuilder {
  private idBuilder = new PackedStringsBuilder();
  private from = new Int32Array(TOPOLOGY_CHUNK_ROWS);
  private to = new Int32Array(TOPOLOGY_CHUNK_ROWS);
  private types = new Uint8Array(TOPOLOGY_CHUNK_ROWS);
  private statuses = new Uint8Array(TOPOLOGY_CHUNK_ROWS);
  private bases = new Uint8Array(TOPOLOGY_CHUNK_ROWS);
  length = 0;

  /** Where a relation's id goes; `add` then gives its other columns. */
  get ids(): PackedStringsBuilder {
    return this.idBuilder;
  }

  add(from: number, to: number, type: number, status: number, basis: number): void {
    const i = this.length++;
    this.from[i] = from;
    this.to[i] = to;
    this.types[i] = type;
    this.statuses[i] = status;
    this.bases[i] = basis;
  }

  get full(): boolean {
    return this.length === TOPOLOGY_CHUNK_ROWS;
  }

  /** The chunk so far; the builder starts a new one. */
  take(): TopologyChunk {
    const n = this.length;
    const chunk: TopologyChunk = {
      part: 'relations',
      ids: this.idBuilder.done(),
      from: this.from.slice(0, n),
      to: this.to.slice(0, n),
      types: this.types.slice(0, n),
      statuses: this.statuses.slice(0, n),
      bases: this.bases.slice(0, n),
    };
    this.idBuilder = new PackedStringsBuilder();
    this.length = 0;
    return chunk;
  }
}

export async function* topologyChunks(actors: AsyncIterable<Row>, relations: AsyncIterable<Row>): AsyncGenerator<TopologyChunk> {
  const position = new Map<string, number>();
  yield* actorChunks(actors, position);
  const chunk = new RelationChunkBuilder();
  for await (const row of relations) {
    const from = position.get(String(row.from));
    const to = position.get(String(row.to));
    // Both statements ran apart: a relation to an actor written after the actors were read is left out.
    if (from === undefined || to === undefined) continue;
    chunk.ids.push(String(row.id));
    chunk.add(from, to, enumCode(RELATION_TYPES, row.type, 'relation type'), enumCode(RELATION_STATUSES, row.status, 'relation status'), basisCode(row.basis));
    if (chunk.full) yield chunk.take();
  }
  if (chunk.length > 0) yield chunk.take();
}

/**
 * The relations leaving one actor, as a grouped topology read returns them: actors are named by
 * their positions in the actor stream (numbers, which decode and index far faster than id
 * strings), and the relation ids come joined a few to a string, which decode far faster than one
 * short string each.
 */
export interface RelationGroup {
  /** The source's position among the streamed actors. */
  source: number;
  /** The relation ids, each followed by RELATION_ID_END, in strings of a few ids each (the server joins them so). */
  ids: readonly string[];
  /** Each relation's target position; -1 for an actor the actor stream did not hold. */
  targets: readonly number[];
  /** Each relation's type, status and basis codes as one number, type·64 + status·8 + basis; -1 for a value outside the model. */
  codes: readonly number[];
}

/** What follows each relation id in RelationGroup.ids: a relation id is a slug, which never holds it. */
export const RELATION_ID_END = '\n';

/** The codes an engine looks a relation's type, status and basis up in, to send relationCode's number. */
export const RELATION_CODES = {
  typeCodes: codesOf(RELATION_TYPES),
  statusCodes: codesOf(RELATION_STATUSES),
  basisCodes: codesOf(BASES),
};

function codesOf(values: readonly string[]): Record<string, number> {
  return Object.fromEntries(values.map((value, code) => [value, code]));
}

/** The same chunks from relations grouped by source actor (one row per actor instead of one per relation), read once the actors' positions are known. */
export async function* groupedTopologyChunks(
  actors: AsyncIterable<Row>,
  groupsOf: (positions: ReadonlyMap<string, number>) => AsyncIterable<RelationGroup>,
): AsyncGenerator<TopologyChunk> {
  const positions = new Map<string, number>();
  yield* actorChunks(actors, positions);
  const isPosition = (value: number) => Number.isInteger(value) && value >= 0 && value < positions.size;
  const chunk = new RelationChunkBuilder();
  const ids = new SeparatedValues();
  for await (const group of groupsOf(positions)) {
    const { source, targets, codes } = group;
    ids.read(group.ids, RELATION_ID_END);
    if (!isPosition(source) || ids.count !== targets.length || codes.length !== targets.length) {
      throw new Error(`the topology read returned a malformed group for actor position ${source}: ${ids.count} ids, ${targets.length} targets, ${codes.length} codes`);
    }
    for (let i = 0; i < targets.length; i++) {
      const to = targets[i] as number;
      // An actor written after the actors were read is left out with its relations, as in topologyChunks.
      if (to === -1) continue;
      if (!isPosition(to)) throw new Error(`the topology read returned target position ${to} of ${positions.size} actors`);
      const code = codes[i] as number;
      if (!Number.isInteger(code) || code < 0) throw new Error(`the database holds relation ${JSON.stringify(ids.at(i))} with a type, status or basis that is not in the model`);
      chunk.ids.pushBytes(ids.bytes, ids.start(i), ids.end(i));
      chunk.add(source, to, code >> 6, (code >> 3) & 7, code & 7);
      if (chunk.full) yield chunk.take();
    }
  }
  if (chunk.length > 0) yield chunk.take();
}

/** Streams the actor chunks and records each actor's position in the stream. */
async function* actorChunks(actors: AsyncIterable<Row>, position: Map<string, number>): AsyncGenerator<TopologyChunk> {
  let ids: string[] = [];
  let kinds: number[] = [];
  let inDistrict: number[] = [];
  let districts: (string | null)[] = [];
  const takeActors = (): TopologyChunk => {
    const chunk: TopologyChunk = { part: 'actors', ids, kinds: Uint8Array.from(kinds), inDistrict: Uint8Array.from(inDistrict), districts };
    [ids, kinds, inDistrict, districts] = [[], [], [], []];
    return chunk;
  };
  for await (const row of actors) {
    const id = String(row.id);
    position.set(id, position.size);
    ids.push(id);
    kinds.push(enumCode(ACTOR_KINDS, row.kind, 'actor kind'));
    inDistrict.push(row.inDistrict === true ? 1 : 0);
    districts.push(typeof row.district === 'string' ? row.district : null);
    if (ids.length === TOPOLOGY_CHUNK_ROWS) yield takeActors();
  }
  if (ids.length > 0) yield takeActors();
}

/** Relations written before basis existed are STATED, as rowToRelation reads them. */
function basisCode(value: unknown): number {
  return value == null ? STATED : enumCode(BASES, value, 'relation basis');
}
