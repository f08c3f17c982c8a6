// Builds a Projection from the store's topology stream: actors are collected and put in id
// order, then each relation chunk is interned as it arrives, so only the columns stay in memory.
import type { GraphStore, TopologyChunk } from '../../graph/store.js';
import { PackedStringsBuilder } from '../../graph/packed-strings.js';
import { Projection, type ActorColumns } from './projection.js';
import { chunksOfBatch } from './batch-chunks.js';
import type { GraphBatch } from '../../graph/model.js';

/** A typed array that grows by doubling while a stream is read. */
class Growing<T extends Int32Array | Uint8Array> {
  length = 0;
  constructor(private data: T) {}
  /** Appends `values`, each mapped through `map` when given. */
  append(values: ArrayLike<number>, map?: Int32Array): void {
    if (this.length + values.length > this.data.length) {
      const bigger = new (this.data.constructor as new (n: number) => T)(Math.max(1024, this.data.length * 2, this.length + values.length));
      bigger.set(this.data.subarray(0, this.length));
      this.data = bigger;
    }
    if (!map) this.data.set(values, this.length);
    else for (let i = 0; i < values.length; i++) this.data[this.length + i] = map[values[i] as number] as number;
    this.length += values.length;
  }
  done(): T {
    return this.data.slice(0, this.length) as T;
  }
}

export async function buildProjection(store: GraphStore, revision: number): Promise<Projection> {
  return projectionFromChunks(store.readTopology(), revision);
}

/** A projection of records in memory (tests, small graphs). */
export function projectionOfBatch(batch: GraphBatch, revision = 0): Promise<Projection> {
  return projectionFromChunks(chunksOfBatch(batch), revision);
}

export async function projectionFromChunks(chunks: AsyncIterable<TopologyChunk> | Iterable<TopologyChunk>, revision: number): Promise<Projection> {
  const builder = new ProjectionBuilder();
  for await (const chunk of chunks) builder.add(chunk);
  return builder.finish(revision);
}

/** Takes topology chunks in stream order (actors, then relations) and interns them. */
class ProjectionBuilder {
  private readonly raw = { ids: [] as string[], kinds: new Growing(new Uint8Array(1024)), inDistrict: new Growing(new Uint8Array(1024)), districts: [] as (string | null)[] };
  private actors: ActorColumns | undefined;
  /** The actor index (id order) of each streamed actor's position. */
  private indexOfPosition: Int32Array = new Int32Array(0);
  private readonly relations = {
    ids: new PackedStringsBuilder(),
    from: new Growing(new Int32Array(1024)),
    to: new Growing(new Int32Array(1024)),
    types: new Growing(new Uint8Array(1024)),
    statuses: new Growing(new Uint8Array(1024)),
    bases: new Growing(new Uint8Array(1024)),
  };

  add(chunk: TopologyChunk): void {
    const { raw, relations } = this;
    if (chunk.part === 'actors') {
      if (this.actors) throw new Error('topology stream: actors after relations');
      for (const id of chunk.ids) raw.ids.push(id);
      for (const district of chunk.districts) raw.districts.push(district);
      raw.kinds.append(chunk.kinds);
      raw.inDistrict.append(chunk.inDistrict);
      return;
    }
    if (!this.actors) [this.actors, this.indexOfPosition] = internActors(raw);
    relations.ids.append(chunk.ids);
    relations.from.append(chunk.from, this.indexOfPosition);
    relations.to.append(chunk.to, this.indexOfPosition);
    relations.types.append(chunk.types);
    relations.statuses.append(chunk.statuses);
    relations.bases.append(chunk.bases);
  }

  finish(revision: number): Projection {
    const actors = this.actors ?? internActors(this.raw)[0];
    const { relations } = this;
    return new Projection(revision, actors, {
      ids: relations.ids.done(),
      from: relations.from.done(),
      to: relations.to.done(),
      types: relations.types.done(),
      statuses: relations.statuses.done(),
      bases: relations.bases.done(),
    });
  }
}

interface RawActors {
  ids: string[];
  kinds: Growing<Uint8Array>;
  inDistrict: Growing<Uint8Array>;
  districts: (string | null)[];
}

/** Puts actors in id order (code-point order) and interns districts; also gives each stream position's index. */
function internActors(raw: RawActors): [ActorColumns, Int32Array] {
  const order = raw.ids.map((_, i) => i).sort((a, b) => compareIds(raw.ids[a] as string, raw.ids[b] as string));
  const kinds = raw.kinds.done();
  const inDistrict = raw.inDistrict.done();
  const districtNames: string[] = [];
  const districtCode = new Map<string, number>();
  const columns: ActorColumns = {
    ids: order.map((i) => raw.ids[i] as string),
    kinds: Uint8Array.from(order, (i) => kinds[i] as number),
    inDistrict: Uint8Array.from(order, (i) => inDistrict[i] as number),
    districts: Uint16Array.from(order, (i) => {
      const name = raw.districts[i];
      if (name == null) return 0;
      if (!districtCode.has(name)) districtCode.set(name, districtNames.push(name));
      return districtCode.get(name) as number;
    }),
    districtNames,
  };
  const indexOfPosition = new Int32Array(order.length);
  order.forEach((position, index) => (indexOfPosition[position] = index));
  return [columns, indexOfPosition];
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
