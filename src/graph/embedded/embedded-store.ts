// The embedded engine: LadybugDB in-process, the zero-setup default.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import lbug from '@ladybugdb/core';
import { checkBatch, refuseUnknown } from '../batch-checks.js';
import { rowToActor, rowToRelation } from '../codec.js';
import { StoreUnavailableError } from '../errors.js';
import type { ActorRecord, GraphBatch, RelationRecord } from '../model.js';
import { normalizeName } from '../names.js';
import { groupRelations } from '../relation-groups.js';
import type { GraphCounts, GraphStore, RelationFilter, SearchOptions } from '../store.js';
import { bulkLoad } from './bulk-load.js';
import { ConnectionSet, type Params } from './connections.js';
import * as q from './cypher.js';
import { writeActors, writeRelations } from './writes.js';

export interface EmbeddedOptions {
  /** Database directory path, or ":memory:". */
  path: string;
  readers?: number;
  queryTimeoutMs?: number;
  /** Page cache size; LadybugDB's default takes a share of the machine's memory. */
  bufferPoolBytes?: number;
}

// LadybugDB reserves address space for its largest possible database up front (8 TiB by
// default); a few open databases in one process (tests, benchmarks) exhaust it. 64 GiB is ample.
const MAX_DB_BYTES = 2 ** 36;

export class EmbeddedStore implements GraphStore {
  readonly engine = 'embedded' as const;
  private database?: lbug.Database;
  private connections?: ConnectionSet;

  constructor(private readonly options: EmbeddedOptions) {}

  async open(): Promise<void> {
    if (this.options.path !== ':memory:') mkdirSync(dirname(this.options.path), { recursive: true });
    this.database = new lbug.Database(this.options.path, this.options.bufferPoolBytes ?? 512 * 2 ** 20, true, false, MAX_DB_BYTES);
    await this.database.init();
    this.connections = new ConnectionSet(this.database, this.options.readers ?? 2, this.options.queryTimeoutMs ?? 30_000);
    await this.db.transaction(async (run) => {
      for (const statement of q.SCHEMA) await run(statement);
    });
  }

  async close(): Promise<void> {
    await this.connections?.close();
    await this.database?.close();
    this.connections = undefined;
    this.database = undefined;
  }

  /** Protected so that tests can run a deliberately expensive statement through the real connections. */
  protected get db(): ConnectionSet {
    if (!this.connections) throw new StoreUnavailableError('the embedded graph database is not open');
    return this.connections;
  }

  async counts(): Promise<GraphCounts> {
    const [row] = await this.db.read(q.COUNT_ALL);
    return { actors: Number(row?.actors ?? 0), relations: Number(row?.relations ?? 0) };
  }

  async upsert(batch: GraphBatch): Promise<GraphCounts> {
    checkBatch(batch);
    await this.db.transaction(async (run) => {
      if (batch.actors.length > 0) await writeActors(run, batch.actors);
      if (batch.relations.length > 0) await writeRelations(run, batch);
    });
    return { actors: batch.actors.length, relations: batch.relations.length };
  }

  async deleteActors(ids: readonly string[]): Promise<GraphCounts> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return { actors: 0, relations: 0 };
    return this.db.transaction(async (run) => {
      const found = await run(q.EXISTING_IDS, { ids: unique });
      refuseUnknown('actor', unique, found);
      const [touching] = await run(q.COUNT_RELATIONS_OF, { ids: unique });
      await run(q.DELETE_NAMES_OF, { ids: unique });
      await run(q.DELETE_ACTORS, { ids: unique });
      return { actors: unique.length, relations: Number(touching?.n ?? 0) };
    });
  }

  async deleteRelations(ids: readonly string[]): Promise<GraphCounts> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return { actors: 0, relations: 0 };
    return this.db.transaction(async (run) => {
      refuseUnknown('relation', unique, await run(q.EXISTING_RELATION_IDS, { ids: unique }));
      await run(q.DELETE_RELATIONS, { ids: unique });
      return { actors: 0, relations: unique.length };
    });
  }

  bulkLoad(batches: AsyncIterable<GraphBatch>, onLoaded?: (rows: number) => void): Promise<GraphCounts> {
    return this.db.transaction((run) => bulkLoad(run, batches, onLoaded));
  }

  async actorsByIds(ids: readonly string[]): Promise<(ActorRecord | null)[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.read(q.ACTORS_BY_IDS, { ids: [...ids] });
    const byId = new Map(rows.map((row) => [String(row.id), rowToActor(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async actorsByName(text: string): Promise<ActorRecord[]> {
    const key = normalizeName(text);
    if (key === '') return [];
    const rows = await this.db.read(q.ACTOR_BY_NAME_KEY, { key });
    return rows.map(rowToActor);
  }

  async search(text: string, options: SearchOptions): Promise<ActorRecord[]> {
    const key = normalizeName(text);
    if (key === '' || options.first <= 0) return [];
    const params: Params = { text: key, prefix: `\n${key}`, first: options.first };
    const kinds = options.kinds?.length ? [...options.kinds] : null;
    const rows = kinds ? await this.db.read(q.SEARCH_KINDS, { ...params, kinds }) : await this.db.read(q.SEARCH, params);
    return rows.map(rowToActor);
  }

  async relationsOf(actorIds: readonly string[], filter: RelationFilter): Promise<Map<string, RelationRecord[]>> {
    if (actorIds.length === 0) return new Map();
    const direction = filter.direction ?? 'BOTH';
    const sides = direction === 'BOTH' ? (['OUT', 'IN'] as const) : ([direction] as const);
    const single = actorIds.length === 1;
    const params: Params = single ? { id: actorIds[0] ?? '' } : { ids: [...actorIds] };
    if (filter.types?.length) params.types = [...filter.types];
    if (filter.statuses?.length) params.statuses = [...filter.statuses];
    const answers = await Promise.all(sides.map((side) => this.db.read(q.relationsOf(side, filter, single), params)));
    return groupRelations(
      actorIds,
      answers.flat().map((row) => ({ self: String(row.self), relation: rowToRelation(row) })),
    );
  }

  async readAll(): Promise<GraphBatch> {
    const [actors, relations] = await Promise.all([this.db.read(q.ALL_ACTORS), this.db.read(q.ALL_RELATIONS)]);
    return { actors: actors.map(rowToActor), relations: relations.map(rowToRelation) };
  }
}
