// The Neo4j engine: production and clusters. The store's algorithm is CypherStore's; this file
// owns the driver, checks the connection and creates constraints and indexes on open.
import neo4j, { type Driver } from 'neo4j-driver';
import { CypherStore } from '../cypher-store.js';
import type { EngineSession } from '../engine-session.js';
import { StoreUnavailableError } from '../errors.js';
import type { BulkBatch, GraphCounts, TopologyChunk } from '../store.js';
import { groupedTopologyChunks } from '../topology.js';
import { TOPOLOGY_ACTORS } from '../cypher.js';
import { relationGroups, TOPOLOGY_PARTS } from './topology-read.js';
import { bulkLoadInBatches, NEO4J_BULK_BATCH, type BulkWriter } from './bulk-load.js';
import * as q from './cypher.js';
import { Neo4jSession } from './session.js';

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
  /**
   * The server's import folder, when this process can write it (a server on this machine,
   * NEO4J_IMPORT_DIR): bulk loads then use LOAD CSV, else batches of UNWIND.
   */
  importDir?: string;
}

export class Neo4jStore extends CypherStore {
  readonly engine = 'neo4j' as const;
  /** The relation_id uniqueness constraint is an index: relations are found by id in one statement. */
  protected override readonly relationIdsIndexed = true;
  private current: { driver: Driver; session: Neo4jSession; closed: boolean };

  constructor(private readonly options: Neo4jOptions) {
    super();
    this.current = this.connect();
  }

  /** A closed driver cannot be opened again: open() after close() makes a new one. */
  private connect() {
    const driver = neo4j.driver(this.options.uri, neo4j.auth.basic(this.options.user, this.options.password), {
      connectionTimeout: this.options.connectionTimeoutMs ?? 1_500,
      connectionAcquisitionTimeout: this.options.acquisitionTimeoutMs ?? 10_000,
      // Retries are ours (retry.ts): the driver's wait a second before the first.
      maxTransactionRetryTime: 0,
      userAgent: 'haidian-innovation-graph',
    });
    return { driver, session: new Neo4jSession(driver, this.options), closed: false };
  }

  /** Also serves the @neo4j/graphql model API (src/api/model-api.ts). */
  get driver(): Driver {
    return this.current.driver;
  }

  protected get session(): EngineSession {
    if (this.current.closed) throw new StoreUnavailableError(`the Neo4j store for ${this.options.uri} is closed`);
    return this.current.session;
  }

  get database(): string | undefined {
    return this.options.database;
  }

  async open(): Promise<void> {
    if (this.current.closed) this.current = this.connect();
    try {
      await this.driver.verifyConnectivity({ database: this.options.database });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`cannot connect to Neo4j at ${this.options.uri}: ${reason}`, { cause: error });
    }
    // Schema commands cannot share a transaction with each other or with data (nor bump the revision).
    for (const statement of q.SCHEMA) await this.session.transaction((run) => run(statement, {}));
  }

  async close(): Promise<void> {
    this.current.closed = true;
    await this.current.driver.close();
  }

  /** Relations come grouped by source actor (TOPOLOGY_RELATION_GROUPS): a tenth of the records of one per relation. */
  override readTopology(): AsyncIterable<TopologyChunk> {
    const session = this.current.session;
    if (this.current.closed) throw new StoreUnavailableError(`the Neo4j store for ${this.options.uri} is closed`);
    return groupedTopologyChunks(session.stream(TOPOLOGY_ACTORS), relationGroups(session, TOPOLOGY_PARTS));
  }

  /** Through LOAD CSV when the server's import folder is known (the revision bumped before and after), else each batch an upsert bumping it once. */
  bulkLoad(batches: AsyncIterable<BulkBatch>, onLoaded?: (rows: number) => void): Promise<GraphCounts> {
    const importDir = this.options.importDir;
    const writer: BulkWriter = importDir
      ? { how: 'load-csv', importDir, autoCommit: this.current.session.autoCommit, bumpRevision: () => this.write(async () => undefined) }
      : { how: 'unwind' };
    return bulkLoadInBatches(this, batches, onLoaded, NEO4J_BULK_BATCH, writer);
  }
}
