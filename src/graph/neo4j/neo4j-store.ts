// The Neo4j engine: production and clusters. Reads go to any member that can serve them,
// writes to the leader, and both share the driver's bookmark manager so that a read after a
// write sees it, also on a cluster. Managed transactions retry transient failures (leader
// changes, deadlocks) on their own; our integrity errors are not retried.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { checkBatch, endpointIds, missingEndpoints, refuseUnknown } from '../batch-checks.js';
import { actorToRow, relationToRow, rowToActor, rowToRelation } from '../codec.js';
import { IntegrityError, QueryTimeoutError, StoreUnavailableError } from '../errors.js';
import type { ActorRecord, GraphBatch, RelationRecord } from '../model.js';
import { normalizeName } from '../names.js';
import { groupRelations } from '../relation-groups.js';
import type { GraphCounts, GraphStore, RelationFilter, SearchOptions } from '../store.js';
import * as q from './cypher.js';

export interface Neo4jOptions {
  /** bolt://, neo4j:// (routing: clusters, Aura) or their +s / +ssc variants. */
  uri: string;
  user: string;
  password: string;
  /** Omitted: the server's default database. */
  database?: string;
  queryTimeoutMs?: number;
  /** Defaults: those of config.ts (NEO4J_CONNECTION_TIMEOUT_MS, …), so an unreachable server answers within 2 s. */
  connectionTimeoutMs?: number;
  acquisitionTimeoutMs?: number;
  maxRetryMs?: number;
}

type Row = Record<string, unknown>;
type Params<P extends string> = { [K in P]: unknown };

export class Neo4jStore implements GraphStore {
  readonly engine = 'neo4j' as const;
  /** Also serves the @neo4j/graphql model API (src/api/model-api.ts). */
  readonly driver: Driver;

  constructor(private readonly options: Neo4jOptions) {
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      connectionTimeout: options.connectionTimeoutMs ?? 1_500,
      connectionAcquisitionTimeout: options.acquisitionTimeoutMs ?? 2_000,
      maxTransactionRetryTime: options.maxRetryMs ?? 1_000,
      userAgent: 'haidian-innovation-graph',
    });
  }

  get database(): string | undefined {
    return this.options.database;
  }

  async open(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.options.database });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`cannot connect to Neo4j at ${this.options.uri}: ${reason}`, { cause: error });
    }
    // Schema commands cannot share a transaction with each other or with data.
    for (const statement of q.SCHEMA) await this.write((tx) => run(tx, statement, {}));
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  async counts(): Promise<GraphCounts> {
    const [actors, relations] = await Promise.all([this.read(q.COUNT_ACTORS, {}), this.read(q.COUNT_RELATIONS, {})]);
    return { actors: toCount(actors[0]?.n), relations: toCount(relations[0]?.n) };
  }

  async upsert(batch: GraphBatch): Promise<GraphCounts> {
    checkBatch(batch);
    await this.write(async (tx) => {
      if (batch.actors.length > 0) await writeActors(tx, batch.actors);
      if (batch.relations.length > 0) await writeRelations(tx, batch);
    });
    return { actors: batch.actors.length, relations: batch.relations.length };
  }

  async deleteActors(ids: readonly string[]): Promise<GraphCounts> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return { actors: 0, relations: 0 };
    return this.write(async (tx) => {
      refuseUnknown('actor', unique, await run(tx, q.EXISTING_IDS, { ids: unique }));
      const [touching] = await run(tx, q.COUNT_RELATIONS_OF, { ids: unique });
      await run(tx, q.DELETE_NAMES_OF, { ids: unique });
      await run(tx, q.DELETE_ACTORS, { ids: unique });
      return { actors: unique.length, relations: toCount(touching?.n) };
    });
  }

  async deleteRelations(ids: readonly string[]): Promise<GraphCounts> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return { actors: 0, relations: 0 };
    return this.write(async (tx) => {
      refuseUnknown('relation', unique, await run(tx, q.EXISTING_RELATION_IDS, { ids: unique }));
      await run(tx, q.DELETE_RELATIONS, { ids: unique });
      return { actors: 0, relations: unique.length };
    });
  }

  async actorsByIds(ids: readonly string[]): Promise<(ActorRecord | null)[]> {
    if (ids.length === 0) return [];
    const rows = await this.read(q.ACTORS_BY_IDS, { ids: [...ids] });
    const byId = new Map(rows.map((row) => [String(row.id), rowToActor(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async actorsByName(text: string): Promise<ActorRecord[]> {
    const key = normalizeName(text);
    if (key === '') return [];
    return (await this.read(q.ACTOR_BY_NAME_KEY, { key })).map(rowToActor);
  }

  async search(text: string, options: SearchOptions): Promise<ActorRecord[]> {
    const key = normalizeName(text);
    if (key === '' || options.first <= 0) return [];
    // LIMIT takes an integer; a JavaScript number would travel as a float.
    const params = { text: key, prefix: `\n${key}`, first: neo4j.int(options.first) };
    const rows = options.kinds?.length
      ? await this.read(q.SEARCH_KINDS, { ...params, kinds: [...options.kinds] })
      : await this.read(q.SEARCH, params);
    return rows.map(rowToActor);
  }

  async relationsOf(actorIds: readonly string[], filter: RelationFilter): Promise<Map<string, RelationRecord[]>> {
    if (actorIds.length === 0) return new Map();
    const types = filter.types?.length ? [...filter.types] : null;
    const statuses = filter.statuses?.length ? [...filter.statuses] : null;
    const statement = q.relationsOf(filter.direction ?? 'BOTH', types !== null, statuses !== null);
    const rows = await this.read(statement, { ids: [...actorIds], types, statuses });
    return groupRelations(
      actorIds,
      rows.map((row) => ({ self: String(row.self), relation: rowToRelation(row) })),
    );
  }

  async readAll(): Promise<GraphBatch> {
    const [actors, relations] = await Promise.all([this.read(q.ALL_ACTORS, {}), this.read(q.ALL_RELATIONS, {})]);
    return { actors: actors.map(rowToActor), relations: relations.map(rowToRelation) };
  }

  private async read<P extends string>(statement: q.Statement<P>, params: Params<P>): Promise<Row[]> {
    try {
      const { records } = await this.driver.executeQuery(statement.text, params, {
        database: this.options.database,
        routing: neo4j.routing.READ,
        transactionConfig: { timeout: this.options.queryTimeoutMs },
      });
      return records.map((record) => record.toObject());
    } catch (error) {
      throw this.translate(error);
    }
  }

  /** The driver's failures in the port's vocabulary: unreachable and timed out are not bugs. */
  private translate(error: unknown): unknown {
    if (!(error instanceof neo4j.Neo4jError)) return error;
    if (error.code === neo4j.error.SERVICE_UNAVAILABLE || error.code === neo4j.error.SESSION_EXPIRED) {
      return new StoreUnavailableError(`Neo4j at ${this.options.uri} is not available: ${error.message}`);
    }
    if (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
      return new QueryTimeoutError(this.options.queryTimeoutMs ?? 0);
    }
    return error;
  }

  private async write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.WRITE,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    try {
      return await session.executeWrite(work, { timeout: this.options.queryTimeoutMs });
    } catch (error) {
      throw this.translate(error);
    } finally {
      await session.close();
    }
  }
}

async function run<P extends string>(tx: ManagedTransaction, statement: q.Statement<P>, params: Params<P>): Promise<Row[]> {
  const result = await tx.run(statement.text, params);
  return result.records.map((record) => record.toObject());
}

function toCount(value: unknown): number {
  return neo4j.isInt(value) ? value.toNumber() : Number(value ?? 0);
}

async function writeActors(tx: ManagedTransaction, actors: readonly ActorRecord[]): Promise<void> {
  const rows = actors.map(actorToRow);
  await run(tx, q.DELETE_NAMES_OF, { ids: rows.map((r) => r.id) });
  await run(tx, q.UPSERT_ACTORS, { rows });
  const names = rows.flatMap((r) => r.nameKeys.map((key) => ({ key, actorId: r.id })));
  const claims = await run(tx, q.CLAIM_NAMES, { names });
  const conflicts = claims
    .filter((c) => c.owner !== c.claimant)
    .map((c) => `name "${String(c.key)}" of "${String(c.claimant)}" already names "${String(c.owner)}"`);
  if (conflicts.length > 0) throw new IntegrityError('names must be unique across actors', conflicts);
}

async function writeRelations(tx: ManagedTransaction, batch: GraphBatch): Promise<void> {
  const stored = await run(tx, q.EXISTING_IDS, { ids: endpointIds(batch) });
  const missing = missingEndpoints(batch, new Set(stored.map((r) => String(r.id))));
  if (missing.length > 0) throw new IntegrityError('relations must join existing actors', missing);
  const rows = batch.relations.map(relationToRow);
  await run(tx, q.DELETE_RELATIONS, { ids: rows.map((r) => r.id) });
  await run(tx, q.CREATE_RELATIONS, { rows });
}
