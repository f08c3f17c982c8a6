// The graph as analytics walks it: actors interned to 0..n−1 (in id order, so index order is id
// order), their kind and district as small codes, and relations as adjacency in both directions
// (CSR: the relations leaving actor i are outRelations[outStart[i] .. outStart[i+1]]), with type,
// status and basis codes. No names, metrics or citations: an answer hydrates what it returns.
import { ACTOR_KINDS, BASES, RELATION_STATUSES, RELATION_TYPES } from '../../graph/model.js';
import type { ActorKind, ActorRecord, Basis, RelationRecord, RelationStatus, RelationType } from '../../graph/model.js';
import type { PackedStrings } from '../../graph/packed-strings.js';
import type { RelationEnds } from '../../graph/store.js';
import { lookupSides } from './lookup-sides.js';
import { RecordCache } from './record-cache.js';

export const KIND_CODE = new Map<ActorKind, number>(ACTOR_KINDS.map((k, i) => [k, i]));
export const TYPE_CODE = new Map<RelationType, number>(RELATION_TYPES.map((t, i) => [t, i]));
export const STATUS_CODE = new Map<RelationStatus, number>(RELATION_STATUSES.map((s, i) => [s, i]));
export const BASIS_CODE = new Map<Basis, number>(BASES.map((b, i) => [b, i]));

const STATUS_RANK: Record<RelationStatus, number> = { ESTABLISHED: 0, NEGOTIATING: 1, PLANNED: 2, INTENT: 3 };
/** Firmness of each status code: established first, then negotiating, planned, intended. */
export const STATUS_RANK_BY_CODE = Uint8Array.from(RELATION_STATUSES, (s) => STATUS_RANK[s]);
export const ESTABLISHED = STATUS_CODE.get('ESTABLISHED') as number;

export interface ActorColumns {
  ids: readonly string[];
  kinds: Uint8Array;
  inDistrict: Uint8Array;
  /** 0 = none; otherwise 1 + index into `districtNames`. */
  districts: Uint16Array;
  districtNames: readonly string[];
}

export interface RelationColumns {
  /** Relation ids, packed: `ids.at(r)` makes the string (relationId). */
  ids: PackedStrings;
  from: Int32Array;
  to: Int32Array;
  types: Uint8Array;
  statuses: Uint8Array;
  bases: Uint8Array;
}

export class Projection {
  readonly actorCount: number;
  readonly relationCount: number;
  /** Relations leaving / entering actor i: outRelations[outStart[i]..outStart[i+1]], likewise in. */
  readonly outStart: Int32Array;
  readonly outRelations: Int32Array;
  readonly inStart: Int32Array;
  readonly inRelations: Int32Array;
  /** Records answers have hydrated from this revision. */
  hydrated = { actors: new RecordCache<ActorRecord>(), relations: new RecordCache<RelationRecord>() };
  private readonly index: Map<string, number>;

  constructor(
    /** The store revision this projection was read at. */
    readonly revision: number,
    readonly actors: ActorColumns,
    readonly relations: RelationColumns,
  ) {
    this.actorCount = actors.ids.length;
    this.relationCount = relations.from.length;
    this.index = new Map(actors.ids.map((id, i) => [id, i]));
    [this.outStart, this.outRelations] = adjacency(this.actorCount, relations.from);
    [this.inStart, this.inRelations] = adjacency(this.actorCount, relations.to);
  }

  /** The actor's index, or −1 when unknown. */
  indexOf(id: string): number {
    return this.index.get(id) ?? -1;
  }

  id(actor: number): string {
    return this.actors.ids[actor] as string;
  }

  kind(actor: number): ActorKind {
    return ACTOR_KINDS[this.actors.kinds[actor] as number] as ActorKind;
  }

  inDistrict(actor: number): boolean {
    return this.actors.inDistrict[actor] === 1;
  }

  relationId(relation: number): string {
    return this.relations.ids.at(relation);
  }

  type(relation: number): RelationType {
    return RELATION_TYPES[this.relations.types[relation] as number] as RelationType;
  }

  status(relation: number): RelationStatus {
    return RELATION_STATUSES[this.relations.statuses[relation] as number] as RelationStatus;
  }

  /**
   * The end actors' ids of relations (indexes): what lets the store look each relation up from one
   * end's key. The ends to read from are chosen for the batch as a whole (lookup-sides.ts), so that
   * a fund hub's investment is found from the firm, not among the hub's 10⁴ relations, and many
   * investments of one fund are found among its relations, not each at its firm.
   */
  endsOf(relations: readonly number[]): RelationEnds[] {
    const from = relations.map((r) => this.relations.from[r] as number);
    const to = relations.map((r) => this.relations.to[r] as number);
    const sides = lookupSides(from, to, (a) => this.degreeOut(a), (a) => this.degreeIn(a));
    return relations.map((_, k) => ({ from: this.id(from[k] as number), to: this.id(to[k] as number), lookupFrom: sides[k] }));
  }

  private degreeOut(actor: number): number {
    return (this.outStart[actor + 1] as number) - (this.outStart[actor] as number);
  }

  private degreeIn(actor: number): number {
    return (this.inStart[actor + 1] as number) - (this.inStart[actor] as number);
  }

  /** The other end of a relation seen from `actor`. */
  other(relation: number, actor: number): number {
    const from = this.relations.from[relation] as number;
    return from === actor ? (this.relations.to[relation] as number) : from;
  }

  /** Every relation touching `actor`: `forward` is true when it points away from the actor. Self-loops are skipped. */
  forEachLink(actor: number, visit: (relation: number, other: number, forward: boolean) => void): void {
    const { from, to } = this.relations;
    for (let k = this.outStart[actor] as number, end = this.outStart[actor + 1] as number; k < end; k++) {
      const r = this.outRelations[k] as number;
      if (to[r] !== actor) visit(r, to[r] as number, true);
    }
    for (let k = this.inStart[actor] as number, end = this.inStart[actor + 1] as number; k < end; k++) {
      const r = this.inRelations[k] as number;
      if (from[r] !== actor) visit(r, from[r] as number, false);
    }
  }

  /** Whether relation a is firmer than b: the firmer status, then the smaller id. */
  firmer(a: number, b: number): boolean {
    const { statuses, ids } = this.relations;
    const rank = (STATUS_RANK_BY_CODE[statuses[a] as number] as number) - (STATUS_RANK_BY_CODE[statuses[b] as number] as number);
    return rank < 0 || (rank === 0 && ids.compare(a, b) < 0);
  }
}

/** CSR from one endpoint column: start offsets per actor and relation indexes grouped by actor. */
function adjacency(actorCount: number, endpoint: Int32Array): [Int32Array, Int32Array] {
  const start = new Int32Array(actorCount + 1);
  for (const a of endpoint) start[a + 1] = (start[a + 1] as number) + 1;
  for (let i = 0; i < actorCount; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
  const fill = start.slice(0, actorCount);
  const grouped = new Int32Array(endpoint.length);
  for (let r = 0; r < endpoint.length; r++) {
    const a = endpoint[r] as number;
    grouped[fill[a] as number] = r;
    fill[a] = (fill[a] as number) + 1;
  }
  return [start, grouped];
}
