// The storage port: everything the API and analytics need from a graph database, and nothing
// engine-specific. Both engines (embedded LadybugDB, Neo4j) implement it and pass one
// conformance suite (test/conformance).
import type {
  ActorKind,
  ActorRecord,
  Direction,
  GraphBatch,
  Metric,
  RelationRecord,
  RelationStatus,
  RelationType,
} from './model.js';
import type { PackedStrings } from './packed-strings.js';

export type EngineName = 'embedded' | 'neo4j';

export interface RelationFilter {
  types?: readonly RelationType[] | null;
  direction?: Direction | null;
  statuses?: readonly RelationStatus[] | null;
}

export interface SearchOptions {
  kinds?: readonly ActorKind[] | null;
  first: number;
}

/**
 * A batch of a bulk load. `actorsDone`: no actor comes in a later batch, so an engine may load
 * the relations that follow while the rest is still being read.
 */
export interface BulkBatch extends GraphBatch {
  actorsDone?: boolean;
}

export interface GraphCounts {
  actors: number;
  relations: number;
}

/** The two end actors of a relation, by id. */
export interface RelationEnds {
  from: string;
  to: string;
  /** The end to look the relation up from: the one with fewer relations (default: from). */
  lookupFrom?: 'from' | 'to';
}

/** What a drawing labels an actor with. */
export interface ActorLabel {
  id: string;
  name: string;
  nameEn: string | null;
}

/** The names one actor answers to: canonical name first, then the English name and aliases. */
export interface ActorNames {
  id: string;
  names: string[];
}

/** The metrics one actor or relation holds. */
export interface MetricHolding {
  holder: 'actor' | 'relation';
  id: string;
  metrics: Metric[];
}

/**
 * A slice of the graph's topology as columns: index i of every column describes one actor or
 * relation. Enumerations are codes, the value's index in ACTOR_KINDS, RELATION_TYPES,
 * RELATION_STATUSES or BASES. A relation's `from` and `to` are the positions of its end actors
 * among the actors of the same stream (0 = the first actor streamed); a stream holds only
 * relations whose two ends it streamed.
 */
export type TopologyChunk =
  | { part: 'actors'; ids: string[]; kinds: Uint8Array; inDistrict: Uint8Array; districts: (string | null)[] }
  | { part: 'relations'; ids: PackedStrings; from: Int32Array; to: Int32Array; types: Uint8Array; statuses: Uint8Array; bases: Uint8Array };

/** The most rows one TopologyChunk holds. */
export const TOPOLOGY_CHUNK_ROWS = 50_000;

export interface GraphStore {
  readonly engine: EngineName;

  /**
   * Every method may throw StoreUnavailableError (database closed or unreachable) and
   * QueryTimeoutError (a statement ran past the configured timeout and was cancelled).
   */

  /** Creates the schema when missing; safe to call on every start. */
  open(): Promise<void>;
  close(): Promise<void>;
  counts(): Promise<GraphCounts>;

  /**
   * Inserts or replaces actors and relations, all in one transaction: when any item fails
   * (a relation to a missing actor, an alias already owned by another actor) nothing is written.
   */
  upsert(batch: GraphBatch): Promise<GraphCounts>;

  /**
   * Deletes actors together with their relations and names, all in one transaction. When an id
   * is unknown it throws NotFoundError and deletes nothing. Returns how many actors and
   * relations were removed.
   */
  deleteActors(ids: readonly string[]): Promise<GraphCounts>;

  /**
   * Deletes relations by id, all in one transaction. When an id is unknown it throws
   * NotFoundError and deletes nothing. Returns how many relations were removed (actors: 0).
   */
  deleteRelations(ids: readonly string[]): Promise<GraphCounts>;

  /**
   * Optional fast path for large imports, used by the importer when an engine has it. The
   * result is that of upserting the batches in turn (actors and relations replaced by id, names
   * unique across actors), except that a relation id given twice is an error. Nothing is
   * written before `batches` has ended; when it throws, nothing is written and the error passes
   * through. Batches may come in any order. The embedded engine then writes all in one
   * transaction; Neo4j, which cannot hold 10⁶ relations in one, writes idempotent batches: a
   * failure while writing leaves part of the load, and loading the same batches again converges
   * to the graph a whole load gives.
   * `onLoaded` reports the rows written so far, while writing.
   */
  bulkLoad?(batches: AsyncIterable<BulkBatch>, onLoaded?: (rows: number) => void): Promise<GraphCounts>;

  /** Actors in the order of `ids`; null where an id is unknown. */
  actorsByIds(ids: readonly string[]): Promise<(ActorRecord | null)[]>;

  /** Actors' names only (what a drawing labels nodes with), in the order of `ids`; null where an id is unknown. Nothing else decoded. */
  actorLabels(ids: readonly string[]): Promise<(ActorLabel | null)[]>;

  /** One actor whose canonical name, English name or alias equals `text` after normalizeName, or null. */
  actorByName(text: string): Promise<ActorRecord | null>;

  /**
   * Relations in the order of `ids`; null where an id is unknown (hydrates only what an answer
   * returns). With `ends` (the end actors of each id, as the projection knows them) each relation
   * is looked up from its source actor's key instead of by scanning relations; a relation whose
   * ends moved since is then null, as if deleted.
   */
  relationsByIds(ids: readonly string[], ends?: readonly RelationEnds[]): Promise<(RelationRecord | null)[]>;

  /**
   * The metrics of every actor and relation that carries one whose name is in `names`, with the
   * holder's id: what the indices sum, without decoding the records that carry none of them.
   */
  readMetrics(names: readonly string[]): AsyncIterable<MetricHolding>;

  /** Every actor's id and the names it answers to (canonical, English, aliases), streamed: what name suggestions index. */
  readNames(): AsyncIterable<ActorNames>;

  /** The graph's revision: a counter kept in the database, bumped by every write transaction (upsert, delete, bulk load). Cheap: one point read. */
  revision(): Promise<number>;

  /**
   * How many write transactions this process has finished through this store (counted when each
   * ends, committed or not): no database read. A reader that polls revision() at intervals re-reads
   * it when this moves, so that this process's own writes are seen at once; others' within the interval.
   */
  localWrites(): number;

  /**
   * The topology analytics needs, streamed in column chunks (at most TOPOLOGY_CHUNK_ROWS rows
   * each) of codes and numbers; no names, metrics or citations decoded. Actors first, then
   * relations, all read from one snapshot of the graph where the engine allows it.
   */
  readTopology(): AsyncIterable<TopologyChunk>;

  /** Actors whose names contain `text`: exact matches first, then prefixes, then the rest. */
  search(text: string, options: SearchOptions): Promise<ActorRecord[]>;

  /** The relations touching each actor, filtered; one call serves many actors (DataLoader). */
  relationsOf(actorIds: readonly string[], filter: RelationFilter): Promise<Map<string, RelationRecord[]>>;

  /** Every actor and relation, ordered by id: for tests and small exports; analytics never reads the whole graph as records. */
  readAll(): Promise<GraphBatch>;
}
