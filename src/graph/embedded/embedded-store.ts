// The embedded engine: LadybugDB in-process, the zero-setup default. The store's algorithm is
// CypherStore's; this file opens the database, creates or migrates the schema and adds COPY bulk loads.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import lbug from '@ladybugdb/core';
import { CitationRefs } from '../citation-refs.js';
import { CypherStore, type CitationStorage } from '../cypher-store.js';
import type { EngineSession, Row, Run } from '../engine-session.js';
import { StoreUnavailableError } from '../errors.js';
import type { BulkBatch, GraphCounts, TopologyChunk } from '../store.js';
import { ActorOffsets } from './actor-offsets.js';
import { bulkLoad } from './bulk-load.js';
import { PageCacheBudget } from './page-cache-budget.js';
import { ConnectionSet } from './connections.js';
import * as q from './cypher.js';
import { migrate } from './migrate.js';
import { EmbeddedSession } from './session.js';
import { chunksOfExport, exportTopology, NotExportable } from './topology-export.js';

export interface EmbeddedOptions {
  /** Database directory path, or ":memory:". */
  path: string;
  readers?: number;
  queryTimeoutMs?: number;
  /** Page cache size; LadybugDB's default takes a share of the machine's memory. */
  bufferPoolBytes?: number;
  /** Relations per COPY of a bulk load (bulk-load.ts); small ones let tests load in several chunks. */
  relationChunkRows?: number;
}

// LadybugDB reserves address space for its largest possible database up front (8 TiB by
// default); a few open databases in one process (tests, benchmarks) exhaust it. 64 GiB is ample.
const MAX_DB_BYTES = 2 ** 36;
/** The page cache when none is given (EMBEDDED_BUFFER_MB unset): the one default of it. */
const DEFAULT_POOL_BYTES = 512 * 2 ** 20;

export class EmbeddedStore extends CypherStore {
  readonly engine = 'embedded' as const;
  private database?: lbug.Database;
  private connections?: ConnectionSet;
  private opened?: EmbeddedSession;
  protected override readonly citationStorage: CitationStorage = {
    refs: new CitationRefs(),
    fetch: q.CITATIONS_BY_KEYS,
    store: q.MERGE_CITATIONS,
    garbage: {
      refsOfActors: q.CITATION_REFS_OF_ACTORS,
      refsOfRelations: q.CITATION_REFS_OF_RELATIONS,
      refsTouchingActors: q.CITATION_REFS_TOUCHING_ACTORS,
      usedByActor: q.CITATION_USED_BY_ACTOR,
      usedByRelation: q.CITATION_USED_BY_RELATION,
      allActorRefs: q.ALL_ACTOR_CITATION_REFS,
      allRelationRefs: q.ALL_RELATION_CITATION_REFS,
      remove: q.DELETE_CITATIONS,
    },
  };

  /** Actor offsets for relation hydration, read on first use and forgotten at every write. */
  private readonly actorOffsets = new ActorOffsets(() => this.session.stream(q.ACTOR_OFFSETS));

  constructor(private readonly options: EmbeddedOptions) {
    super();
  }

  protected override async write<T>(work: (run: Run) => Promise<T>): Promise<T> {
    this.actorOffsets.invalidate();
    try {
      return await super.write(work);
    } finally {
      this.actorOffsets.invalidate();
    }
  }

  /**
   * All the ends of a side in one statement, the actors filtered by internal offset; what that does
   * not find (an actor added since the offsets were read, a relation gone) is read per end.
   */
  protected override async relationRowsFromEnds(side: 'from' | 'to', idsByEnd: ReadonlyMap<string, readonly string[]>): Promise<Row[]> {
    const offsets = await this.actorOffsets.get();
    const known = [...idsByEnd].filter(([end]) => offsets.has(end));
    const rows =
      known.length === 0
        ? []
        : await this.session.read(side === 'to' ? q.RELATIONS_OF_TARGETS_AT : q.RELATIONS_OF_SOURCES_AT, {
            offsets: known.map(([end]) => offsets.get(end)),
            ids: known.flatMap(([, ids]) => ids),
          });
    const found = new Set(rows.map((row) => `${String(row[side])}\u0000${String(row.id)}`));
    const rest = new Map<string, string[]>();
    for (const [end, ids] of idsByEnd) {
      const missing = ids.filter((id) => !found.has(`${end}\u0000${id}`));
      if (missing.length > 0) rest.set(end, missing);
    }
    return rest.size === 0 ? rows : [...rows, ...(await this.relationRowsFromEndKeys(side, rest))];
  }

  /** One statement per end, from the end's key: what the offsets did not find. */
  protected relationRowsFromEndKeys(side: 'from' | 'to', idsByEnd: ReadonlyMap<string, readonly string[]>): Promise<Row[]> {
    return super.relationRowsFromEnds(side, idsByEnd);
  }

  async open(): Promise<void> {
    if (this.options.path !== ':memory:') mkdirSync(dirname(this.options.path), { recursive: true });
    this.database = new lbug.Database(this.options.path, this.options.bufferPoolBytes ?? DEFAULT_POOL_BYTES, true, false, MAX_DB_BYTES);
    await this.database.init();
    this.connections = new ConnectionSet(this.database, this.options.readers ?? 2, this.options.queryTimeoutMs ?? 30_000);
    this.opened = new EmbeddedSession(this.connections);
    await this.opened.transaction(async (run) => {
      for (const statement of q.SCHEMA) await run(statement, {});
      await migrate(run);
    });
  }

  async close(): Promise<void> {
    await this.connections?.close();
    await this.database?.close();
    this.connections = undefined;
    this.opened = undefined;
    this.database = undefined;
  }

  protected get session(): EngineSession {
    return this.embeddedSession;
  }

  private get embeddedSession(): EmbeddedSession {
    if (!this.opened) throw new StoreUnavailableError('the embedded graph database is not open');
    return this.opened;
  }

  /** The topology as files LadybugDB writes from one snapshot (topology-export.ts); rows when that cannot be parsed. */
  override async *readTopology(): AsyncGenerator<TopologyChunk> {
    const session = this.embeddedSession;
    let exported;
    try {
      exported = await exportTopology((work) => session.snapshot(work));
    } catch (error) {
      if (!(error instanceof NotExportable)) throw error;
      yield* super.readTopology();
      return;
    }
    yield* chunksOfExport(exported);
  }

  /** Protected so that tests can run a deliberately expensive statement through the real connections. */
  protected get db(): ConnectionSet {
    if (!this.connections) throw new StoreUnavailableError('the embedded graph database is not open');
    return this.connections;
  }

  bulkLoad(batches: AsyncIterable<BulkBatch>, onLoaded?: (rows: number) => void): Promise<GraphCounts> {
    const budget = new PageCacheBudget(this.options.bufferPoolBytes ?? DEFAULT_POOL_BYTES);
    return this.write((run) => bulkLoad(run, batches, this.citationStorage, onLoaded, this.options.relationChunkRows, budget));
  }
}
