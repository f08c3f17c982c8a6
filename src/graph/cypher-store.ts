// The one implementation of GraphStore, over any engine's session: the algorithm (checks, name
// claims, deletes, the revision bump) is written once here; engines add their connections,
// schema, bulk load and error mapping (embedded/, neo4j/).
import { checkBatch, endpointIds, missingEndpoints, refuseUnknown } from './batch-checks.js';
import { CitationGarbage, type CitationGarbageStatements } from './citation-garbage.js';
import type { CitationLookup, CitationRefs, CitationRow, CitationsToStore } from './citation-refs.js';
import { actorToRow, decodeMetrics, relationToRow, rowToActor, rowToRelation, type CitationEncoding } from './codec.js';
import * as q from './cypher.js';
import type { Statement } from './cypher.js';
import type { EngineSession, Params, Row, Run } from './engine-session.js';
import { IntegrityError } from './errors.js';
import type { ActorRecord, GraphBatch, RelationRecord } from './model.js';
import { normalizeName } from './names.js';
import { groupRelations } from './relation-groups.js';
import type { ActorLabel, ActorNames, EngineName, GraphCounts, GraphStore, MetricHolding, RelationEnds, RelationFilter, SearchOptions, TopologyChunk } from './store.js';
import { topologyChunks } from './topology.js';

/** An engine that stores each citation once and refers to it by key (citation-refs.ts). */
export interface CitationStorage {
  refs: CitationRefs;
  /** key, document, paragraph, quote of the citations with the given keys. */
  fetch: Statement<'keys'>;
  /** Adds citations (rows of key, document, paragraph, quote) not stored yet. */
  store: Statement<'rows'>;
  /** What removes citations nothing refers to any more (citation-garbage.ts). */
  garbage: CitationGarbageStatements;
}

/** The collector of citations a write leaves unreferenced, or null for inline JSON. */
export function citationGarbage(run: Run, storage: CitationStorage | null): CitationGarbage | null {
  return storage ? new CitationGarbage(run, storage.refs, storage.garbage) : null;
}

export abstract class CypherStore implements GraphStore {
  abstract readonly engine: EngineName;
  abstract open(): Promise<void>;
  abstract close(): Promise<void>;
  /** The open engine session; throws StoreUnavailableError when the store is closed. */
  protected abstract get session(): EngineSession;
  /** Null: citations are stored inline as JSON (Neo4j, whose model API shows that JSON). */
  protected readonly citationStorage: CitationStorage | null = null;

  private writesFinished = 0;

  /** A write transaction that also bumps the graph's revision. */
  protected async write<T>(work: (run: Run) => Promise<T>): Promise<T> {
    try {
      return await this.session.transaction(async (run) => {
        const value = await work(run);
        await run(q.BUMP_REVISION, {});
        return value;
      });
    } finally {
      this.writesFinished++;
    }
  }

  localWrites(): number {
    return this.writesFinished;
  }

  async revision(): Promise<number> {
    const [row] = await this.session.read(q.REVISION, {});
    return Number(row?.revision ?? 0);
  }

  async counts(): Promise<GraphCounts> {
    const [row] = await this.session.read(q.COUNT_ALL, {});
    return { actors: Number(row?.actors ?? 0), relations: Number(row?.relations ?? 0) };
  }

  async upsert(batch: GraphBatch): Promise<GraphCounts> {
    checkBatch(batch);
    await this.write(async (run) => {
      const garbage = citationGarbage(run, this.citationStorage);
      if (batch.actors.length > 0) {
        await garbage?.noteActors(batch.actors.map((a) => a.id));
        await writeActors(run, batch.actors, this.citationStorage);
      }
      if (batch.relations.length > 0) {
        await garbage?.noteRelations(batch.relations.map((r) => r.id));
        await writeRelations(run, batch, this.citationStorage);
      }
      await garbage?.collect();
    });
    return { actors: batch.actors.length, relations: batch.relations.length };
  }

  async deleteActors(ids: readonly string[]): Promise<GraphCounts> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return { actors: 0, relations: 0 };
    return this.write(async (run) => {
      refuseUnknown('actor', unique, await run(q.EXISTING_IDS, { ids: unique }));
      const [touching] = await run(q.COUNT_RELATIONS_OF, { ids: unique });
      const garbage = citationGarbage(run, this.citationStorage);
      await garbage?.noteActors(unique, true);
      await run(q.DELETE_NAMES_OF, { ids: unique });
      await run(q.DELETE_ACTORS, { ids: unique });
      await garbage?.collect();
      return { actors: unique.length, relations: Number(touching?.n ?? 0) };
    });
  }

  async deleteRelations(ids: readonly string[]): Promise<GraphCounts> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return { actors: 0, relations: 0 };
    return this.write(async (run) => {
      refuseUnknown('relation', unique, await run(q.EXISTING_RELATION_IDS, { ids: unique }));
      const garbage = citationGarbage(run, this.citationStorage);
      await garbage?.noteRelations(unique);
      await run(q.DELETE_RELATIONS, { ids: unique });
      await garbage?.collect();
      return { actors: 0, relations: unique.length };
    });
  }

  async actorsByIds(ids: readonly string[]): Promise<(ActorRecord | null)[]> {
    if (ids.length === 0) return [];
    const rows = await this.session.read(q.ACTORS_BY_IDS, { ids: [...ids] });
    const lookup = await this.citationsOf(rows);
    const byId = new Map(rows.map((row) => [String(row.id), rowToActor(row, lookup)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async actorLabels(ids: readonly string[]): Promise<(ActorLabel | null)[]> {
    if (ids.length === 0) return [];
    const rows = await this.session.read(q.ACTOR_LABELS, { ids: [...ids] });
    const byId = new Map(rows.map((row) => [String(row.id), { id: String(row.id), name: String(row.name), nameEn: row.nameEn == null ? null : String(row.nameEn) }]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async actorByName(text: string): Promise<ActorRecord | null> {
    const key = normalizeName(text);
    if (key === '') return null;
    const [row] = await this.session.read(q.ACTOR_BY_NAME_KEY, { key });
    return row ? rowToActor(row, await this.citationsOf([row])) : null;
  }

  /**
   * Whether relation ids have an index (Neo4j's uniqueness constraint): then one statement finds
   * them all; otherwise (LadybugDB) relations are read from one of their ends (relationRowsFromEnds).
   */
  protected readonly relationIdsIndexed: boolean = false;

  async relationsByIds(ids: readonly string[], ends?: readonly RelationEnds[]): Promise<(RelationRecord | null)[]> {
    if (ids.length === 0) return [];
    if (!ends || this.relationIdsIndexed) {
      const rows = await this.session.read(q.RELATIONS_BY_IDS, { ids: [...ids] });
      const lookup = await this.citationsOf(rows);
      const byId = new Map(rows.map((row) => [String(row.id), rowToRelation(row, lookup)]));
      // The ends, when given, must still be the relation's: else it changed since they were read.
      return ids.map((id, i) => {
        const found = byId.get(id);
        return found && (!ends || (found.from === ends[i]?.from && found.to === ends[i]?.to)) ? found : null;
      });
    }
    // Grouped by the end each relation is looked up from (its source, or its target when that has fewer relations).
    const groups: Record<'from' | 'to', Map<string, string[]>> = { from: new Map(), to: new Map() };
    ids.forEach((id, i) => {
      const side = ends[i]?.lookupFrom === 'to' ? 'to' : 'from';
      const end = ends[i]?.[side] ?? '';
      const group = groups[side].get(end);
      if (group) group.push(id);
      else groups[side].set(end, [id]);
    });
    // The two sides are independent reads: run at once, on two of the engine's connections.
    const bySide = await Promise.all((['from', 'to'] as const).map((side) => (groups[side].size > 0 ? this.relationRowsFromEnds(side, groups[side]) : [])));
    const rows = bySide.flat();
    const lookup = await this.citationsOf(rows);
    const found = new Map<string, RelationRecord>();
    for (const row of rows) {
      const relation = rowToRelation(row, lookup);
      found.set(`${relation.id}\u0000${relation.from}\u0000${relation.to}`, relation);
    }
    return ids.map((id, i) => found.get(`${id}\u0000${ends[i]?.from ?? ''}\u0000${ends[i]?.to ?? ''}`) ?? null);
  }

  /**
   * The rows of relations read from one of their ends (`side`): for each end actor id, the ids of
   * the relations wanted there. Here one statement per end, each a key lookup; an engine that can
   * read many ends in one statement overrides it.
   */
  protected async relationRowsFromEnds(side: 'from' | 'to', idsByEnd: ReadonlyMap<string, readonly string[]>): Promise<Row[]> {
    const statement = side === 'to' ? q.RELATIONS_OF_TARGET_BY_IDS : q.RELATIONS_OF_SOURCE_BY_IDS;
    const rows: Row[] = [];
    for (const [id, ids] of idsByEnd) rows.push(...(await this.session.read(statement, { id, ids: [...ids] })));
    return rows;
  }

  async search(text: string, options: SearchOptions): Promise<ActorRecord[]> {
    const key = normalizeName(text);
    if (key === '' || options.first <= 0) return [];
    const params = { text: key, prefix: `\n${key}`, first: options.first };
    const rows = options.kinds?.length
      ? await this.session.read(q.SEARCH_KINDS, { ...params, kinds: [...options.kinds] })
      : await this.session.read(q.SEARCH, params);
    const lookup = await this.citationsOf(rows);
    return rows.map((row) => rowToActor(row, lookup));
  }

  async relationsOf(actorIds: readonly string[], filter: RelationFilter): Promise<Map<string, RelationRecord[]>> {
    if (actorIds.length === 0) return new Map();
    const direction = filter.direction ?? 'BOTH';
    const sides = direction === 'BOTH' ? (['OUT', 'IN'] as const) : ([direction] as const);
    const single = actorIds.length === 1;
    const types = filter.types?.length ? [...filter.types] : null;
    const statuses = filter.statuses?.length ? [...filter.statuses] : null;
    const params: Params<q.RelationsParam> = { id: actorIds[0], ids: [...actorIds], types, statuses };
    const answers = await Promise.all(
      sides.map((side) => {
        const statement = q.relationsOf(side, types !== null, statuses !== null, single);
        return this.session.read(statement, pick(params, statement.params));
      }),
    );
    const rows = answers.flat();
    const lookup = await this.citationsOf(rows);
    return groupRelations(
      actorIds,
      rows.map((row) => ({ self: String(row.self), relation: rowToRelation(row, lookup) })),
    );
  }

  async readAll(): Promise<GraphBatch> {
    const [actors, relations] = await Promise.all([this.session.read(q.ALL_ACTORS, {}), this.session.read(q.ALL_RELATIONS, {})]);
    const lookup = await this.citationsOf([...actors, ...relations]);
    return { actors: actors.map((row) => rowToActor(row, lookup)), relations: relations.map((row) => rowToRelation(row, lookup)) };
  }

  /** The citations the rows refer to by key, or undefined when this engine stores them inline. */
  private async citationsOf(rows: readonly Row[]): Promise<CitationLookup | undefined> {
    const storage = this.citationStorage;
    if (!storage) return undefined;
    const keys = new Set<string>();
    for (const row of rows) storage.refs.keysIn(row.citations, row.metrics, keys);
    return storage.refs.lookup(keys, async (chunk) => (await this.session.read(storage.fetch, { keys: chunk })) as unknown as CitationRow[]);
  }

  async *readMetrics(names: readonly string[]): AsyncIterable<MetricHolding> {
    // The database keeps the rows that mention a wanted name (a text test); only those are
    // decoded, a chunk at a time so that citation keys are resolved in one read per chunk.
    const quoted = names.map((name) => JSON.stringify(name));
    const wanted = new Set(names);
    for (const [holder, statement] of [['actor', q.ACTOR_METRICS], ['relation', q.RELATION_METRICS]] as const) {
      const rows = await this.session.read(statement, { names: quoted });
      for (let i = 0; i < rows.length; i += 1_000) yield* await this.metricHoldings(holder, rows.slice(i, i + 1_000), wanted);
    }
  }

  private async metricHoldings(holder: MetricHolding['holder'], rows: Row[], wanted: ReadonlySet<string>): Promise<MetricHolding[]> {
    const lookup = await this.citationsOf(rows);
    return rows.flatMap((row) => {
      const metrics = decodeMetrics(String(row.metrics), lookup).filter((m) => wanted.has(m.name));
      return metrics.length > 0 ? [{ holder, id: String(row.id), metrics }] : [];
    });
  }

  async *readNames(): AsyncIterable<ActorNames> {
    for await (const row of this.session.stream(q.ACTOR_NAMES)) {
      const aliases = Array.isArray(row.aliases) ? row.aliases.map(String) : [];
      const names = [row.name, row.nameEn].filter((n): n is string => typeof n === 'string');
      yield { id: String(row.id), names: [...names, ...aliases] };
    }
  }

  readTopology(): AsyncIterable<TopologyChunk> {
    const session = this.session;
    return topologyChunks(session.stream(q.TOPOLOGY_ACTORS), session.stream(q.TOPOLOGY_RELATIONS));
  }
}

/** Only the parameters a statement declares: engines refuse (or lint flags) undeclared ones. */
function pick<P extends string>(params: Params<P>, names: readonly P[]): Params<P> {
  return Object.fromEntries(names.map((name) => [name, params[name]])) as Params<P>;
}

/** How this write encodes citations, and the citations it then stores (with `storeCitations`). */
export function citationEncoding(storage: CitationStorage | null): CitationEncoding | undefined {
  return storage ? { refs: storage.refs, toStore: new Map() } : undefined;
}

const CITATION_CHUNK = 10_000;

/** Stores the citations a write referred to, in the same transaction; a no-op for inline JSON. */
export async function storeCitations(run: Run, storage: CitationStorage | null, toStore: CitationsToStore | undefined): Promise<void> {
  if (!storage || !toStore || toStore.size === 0) return;
  const rows = [...toStore.values()];
  for (let i = 0; i < rows.length; i += CITATION_CHUNK) await run(storage.store, { rows: rows.slice(i, i + CITATION_CHUNK) });
}

/** Replaces the actors' names and claims the new ones; a name owned by another actor fails the batch. */
export async function writeActors(run: Run, actors: readonly ActorRecord[], storage: CitationStorage | null): Promise<void> {
  const encoding = citationEncoding(storage);
  const rows = actors.map((actor) => actorToRow(actor, encoding));
  await storeCitations(run, storage, encoding?.toStore);
  await run(q.DELETE_NAMES_OF, { ids: rows.map((r) => r.id) });
  await run(q.UPSERT_ACTORS, { rows });
  const names = rows.flatMap((r) => r.nameKeys.map((key) => ({ key, actorId: r.id })));
  const claims = await run(q.CLAIM_NAMES, { names });
  const conflicts = claims
    .filter((c) => c.owner !== c.claimant)
    .map((c) => `name "${String(c.key)}" of "${String(c.claimant)}" already names "${String(c.owner)}"`);
  if (conflicts.length > 0) throw new IntegrityError('names must be unique across actors', conflicts);
}

async function writeRelations(run: Run, batch: GraphBatch, storage: CitationStorage | null): Promise<void> {
  const stored = await run(q.EXISTING_IDS, { ids: endpointIds(batch) });
  const missing = missingEndpoints(batch, new Set(stored.map((r) => String(r.id))));
  if (missing.length > 0) throw new IntegrityError('relations must join existing actors', missing);
  const encoding = citationEncoding(storage);
  const rows = batch.relations.map((relation) => relationToRow(relation, encoding));
  await storeCitations(run, storage, encoding?.toStore);
  await run(q.DELETE_RELATIONS, { ids: rows.map((r) => r.id) });
  await run(q.CREATE_RELATIONS, { rows });
}
