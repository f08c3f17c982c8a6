// Builds a Projection from the store's topology stream: actors are collected and put in id
// order, then each relation chunk is interned as it arrives, so only the columns stay in memory.
import type { GraphStore, TopologyChunk } from '../../graph/store.js';
import { BASIS_CODE, KIND_CODE, Projection, STATUS_CODE, TYPE_CODE, type ActorColumns } from './projection.js';
import { chunksOfBatch } from './batch-chunks.js';
import type { GraphBatch } from '../../graph/model.js';

/** A typed array that grows by doubling while a stream is read. */
class Growing<T extends Int32Array | Uint8Array> {
  length = 0;
  constructor(private data: T) {}
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new (this.data.constructor as new (n: number) => T)(Math.max(1024, this.data.length * 2));
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
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
  private readonly raw = { ids: [] as string[], kinds: [] as number[], inDistrict: [] as boolean[], districts: [] as (string | null)[] };
  private actors: ActorColumns | undefined;
  private index = new Map<string, number>();
  private readonly relations = {
    ids: [] as string[],
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
      for (let i = 0; i < chunk.ids.length; i++) {
        raw.ids.push(chunk.ids[i] as string);
        raw.kinds.push(code(KIND_CODE, chunk.kinds[i]));
        raw.inDistrict.push(chunk.inDistrict[i] === true);
        raw.districts.push(chunk.districts[i] ?? null);
      }
      return;
    }
    if (!this.actors) [this.actors, this.index] = internActors(raw);
    for (let i = 0; i < chunk.ids.length; i++) {
      const from = this.index.get(chunk.from[i] as string);
      const to = this.index.get(chunk.to[i] as string);
      // Stores refuse relations to missing actors; one seen here was written between the two reads.
      if (from === undefined || to === undefined) continue;
      relations.ids.push(chunk.ids[i] as string);
      relations.from.push(from);
      relations.to.push(to);
      relations.types.push(code(TYPE_CODE, chunk.types[i]));
      relations.statuses.push(code(STATUS_CODE, chunk.statuses[i]));
      relations.bases.push(code(BASIS_CODE, chunk.bases[i]));
    }
  }

  finish(revision: number): Projection {
    const actors = this.actors ?? internActors(this.raw)[0];
    const { relations } = this;
    return new Projection(revision, actors, {
      ids: relations.ids,
      from: relations.from.done(),
      to: relations.to.done(),
      types: relations.types.done(),
      statuses: relations.statuses.done(),
      bases: relations.bases.done(),
    });
  }
}

function code<K>(codes: ReadonlyMap<K, number>, value: K | undefined): number {
  const found = value === undefined ? undefined : codes.get(value);
  if (found === undefined) throw new Error(`topology stream: unknown code ${String(value)}`);
  return found;
}

/** Puts actors in id order (code-point order) and interns districts. */
function internActors(raw: { ids: string[]; kinds: number[]; inDistrict: boolean[]; districts: (string | null)[] }): [ActorColumns, Map<string, number>] {
  const order = raw.ids.map((_, i) => i).sort((a, b) => compareIds(raw.ids[a] as string, raw.ids[b] as string));
  const districtNames: string[] = [];
  const districtCode = new Map<string, number>();
  const columns: ActorColumns = {
    ids: order.map((i) => raw.ids[i] as string),
    kinds: Uint8Array.from(order, (i) => raw.kinds[i] as number),
    inDistrict: Uint8Array.from(order, (i) => (raw.inDistrict[i] ? 1 : 0)),
    districts: Uint16Array.from(order, (i) => {
      const name = raw.districts[i];
      if (name == null) return 0;
      if (!districtCode.has(name)) districtCode.set(name, districtNames.push(name));
      return districtCode.get(name) as number;
    }),
    districtNames,
  };
  return [columns, new Map(columns.ids.map((id, i) => [id, i]))];
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
