// The one implementation of GraphStore, over any engine's session: the algorithm (checks, name
// claims, deletes, the revision bump) is written once here; engines add their connections,
// schema, bulk load and error mapping (embedded/, neo4j/).
import { checkBatch, endpointIds, missingEndpoints, refuseUnknown } from './batch-checks.js';
import { actorToRow, decodeMetrics, relationToRow, rowToActor, rowToRelation } from './codec.js';
import * as q from './cypher.js';
import type { EngineSession, Params, Run } from './engine-session.js';
import { IntegrityError } from './errors.js';
import type { ActorRecord, GraphBatch, RelationRecord } from './model.js';
import { normalizeName } from './names.js';
import { groupRelations } from './relation-groups.js';
import type { ActorNames, EngineName, GraphCounts, GraphStore, MetricHolding, RelationEnds, RelationFilter, SearchOptions, TopologyChunk } from './store.js';
import { topologyChunks } from './topology.js';

export abstract class CypherStore implements GraphStore {
  abstract readonly engine: EngineName;
  abstract open(): Promise<void>;
  abstract close(): Promise<void>;
  /** The open engine session; throws StoreUnavailableError when the store is closed. */
  protected abstract get session(): EngineSession;

  /** A write transaction that also bumps the graph's revision. */
  protected write<T>(work: (run: Run) => Promise<T>): Promise<T> {
    return this.session.transaction(async (run) => {
      const value = await work(run);
      await run(q.BUMP_REVISION, {});
      return value;
    });
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
      if (batch.actors.length > 0) await writeActors(run, batch.actors);
      if (batch.relations.length > 0) await writeRelations(run, batch);
    });
    return { actors: batch.actors.length, relations: batch.relations.length };
  }

  async deleteActors(ids: readonly string[]): Promise<GraphCounts> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return { actors: 0, relations: 0 };
    return this.write(async (run) => {
      refuseUnknown('actor', unique, await run(q.EXISTING_IDS, { ids: unique }));
      const [touching] = await run(q.COUNT_RELATIONS_OF, { ids: unique });
      await run(q.DELETE_NAMES_OF, { ids: unique });
      await run(q.DELETE_ACTORS, { ids: unique });
      return { actors: unique.length, relations: Number(touching?.n ?? 0) };
    });
  }

  async deleteRelations(ids: readonly string[]): Promise<GraphCounts> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return { actors: 0, relations: 0 };
    return this.write(async (run) => {
      refuseUnknown('relation', unique, await run(q.EXISTING_RELATION_IDS, { ids: unique }));
      await run(q.DELETE_RELATIONS, { ids: unique });
      return { actors: 0, relations: unique.length };
    });
  }

  async actorsByIds(ids: readonly string[]): Promise<(ActorRecord | null)[]> {
    if (ids.length === 0) return [];
    const rows = await this.session.read(q.ACTORS_BY_IDS, { ids: [...ids] });
    const byId = new Map(rows.map((row) => [String(row.id), rowToActor(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async actorByName(text: string): Promise<ActorRecord | null> {
    const key = normalizeName(text);
    if (key === '') return null;
    const [row] = await this.session.read(q.ACTOR_BY_NAME_KEY, { key });
    return row ? rowToActor(row) : null;
  }

  /**
   * Whether relation ids have an index (Neo4j's uniqueness constraint): then one statement finds
   * them all; otherwise (LadybugDB) each source actor's relations are read from its key.
   */
  protected readonly relationIdsIndexed: boolean = false;

  async relationsByIds(ids: readonly string[], ends?: readonly RelationEnds[]): Promise<(RelationRecord | null)[]> {
    if (ids.length === 0) return [];
    if (!ends || this.relationIdsIndexed) {
      const rows = await this.session.read(q.RELATIONS_BY_IDS, { ids: [...ids] });
      const byId = new Map(rows.map((row) => [String(row.id), rowToRelation(row)]));
      // The ends, when given, must still be the relation's: else it changed since they were read.
      return ids.map((id, i) => {
        const found = byId.get(id);
        return found && (!ends || (found.from === ends[i]?.from && found.to === ends[i]?.to)) ? found : null;
      });
    }
    const idsBySource = new Map<string, string[]>();
    ids.forEach((id, i) => {
      const from = ends[i]?.from ?? '';
      idsBySource.set(from, [...(idsBySource.get(from) ?? []), id]);
    });
    const found = new Map<string, RelationRecord>();
    for (const [source, sourceIds] of idsBySource) {
      for (const row of await this.session.read(q.RELATIONS_OF_SOURCE_BY_IDS, { id: source, ids: sourceIds })) {
        const relation = rowToRelation(row);
        found.set(`${relation.id}\u0000${relation.from}\u0000${relation.to}`, relation);
      }
    }
    return ids.map((id, i) => found.get(`${id}\u0000${ends[i]?.from ?? ''}\u0000${ends[i]?.to ?? ''}`) ?? null);
  }

  async search(text: string, options: SearchOptions): Promise<ActorRecord[]> {
    const key = normalizeName(text);
    if (key === '' || options.first <= 0) return [];
    const params = { text: key, prefix: `\n${key}`, first: options.first };
    const rows = options.kinds?.length
      ? await this.session.read(q.SEARCH_KINDS, { ...params, kinds: [...options.kinds] })
      : await this.session.read(q.SEARCH, params);
    return rows.map(rowToActor);
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
    return groupRelations(
      actorIds,
      answers.flat().map((row) => ({ self: String(row.self), relation: rowToRelation(row) })),
    );
  }

  async readAll(): Promise<GraphBatch> {
    const [actors, relations] = await Promise.all([this.session.read(q.ALL_ACTORS, {}), this.session.read(q.ALL_RELATIONS, {})]);
    return { actors: actors.map(rowToActor), relations: relations.map(rowToRelation) };
  }

  async *readMetrics(names: readonly string[]): AsyncIterable<MetricHolding> {
    // A cheap text test first: only rows that mention a wanted name are decoded.
    const quoted = names.map((name) => JSON.stringify(name));
    const wanted = new Set(names);
    for (const [holder, statement] of [['actor', q.ACTOR_METRICS], ['relation', q.RELATION_METRICS]] as const) {
      for await (const row of this.session.stream(statement)) {
        const text = typeof row.metrics === 'string' ? row.metrics : '';
        if (!quoted.some((name) => text.includes(name))) continue;
        const metrics = decodeMetrics(text).filter((m) => wanted.has(m.name));
        if (metrics.length > 0) yield { holder, id: String(row.id), metrics };
      }
    }
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

/** Replaces the actors' names and claims the new ones; a name owned by another actor fails the batch. */
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

async function writeRelations(run: Run, batch: GraphBatch): Promise<void> {
  const stored = await run(q.EXISTING_IDS, { ids: endpointIds(batch) });
  const missing = missingEndpoints(batch, new Set(stored.map((r) => String(r.id))));
  if (missing.length > 0) throw new IntegrityError('relations must join existing actors', missing);
  const rows = batch.relations.map(relationToRow);
  await run(q.DELETE_RELATIONS, { ids: rows.map((r) => r.id) });
  await run(q.CREATE_RELATIONS, { rows });
}
