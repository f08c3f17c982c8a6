// What the whole-graph analyses (coordination gaps, indices) walk: the projection for topology,
// and the records of the few actors and relations they describe, read through the store in
// batches when asked for and kept for the one computation. No record of the whole graph is read.
import type { ActorKind, ActorRecord, RelationRecord } from '../graph/model.js';
import type { GraphStore } from '../graph/store.js';
import { HeldMetrics } from './held-metrics.js';
import { wholeGraphMeasures, type WholeGraphMeasures } from './measures/whole-graph.js';
import { ESTABLISHED, KIND_CODE, type Projection } from './projection/projection.js';
import { WorkClock } from './work-clock.js';

/** Ids per store call: one batched read stays a bounded statement. */
const READ_BATCH = 5_000;

export class GraphView {
  private readonly actorRecords = new Map<string, ActorRecord>();
  private readonly relationRecords = new Map<string, RelationRecord>();
  private readonly incident = new Map<number, number[]>();

  private measured?: Promise<WholeGraphMeasures>;

  private held?: Promise<HeldMetrics>;

  constructor(
    readonly projection: Projection,
    private readonly store: Pick<GraphStore, 'actorsByIds' | 'relationsByIds' | 'readMetrics'>,
    private readonly options: {
      /** The projection's whole-graph measures, when a cache already computes them. */
      measures?: () => Promise<WholeGraphMeasures>;
      /** Times the parts and gives the event loop its turns: await `clock.breathe()` between units of work. */
      clock?: WorkClock;
      /** The metric names `heldMetrics` reads (what the analyses of this view sum). */
      metricNames?: readonly string[];
    } = {},
  ) {
    this.clock = options.clock ?? new WorkClock();
  }

  readonly clock: WorkClock;

  /** The metrics of the records holding one of `metricNames`, read once in one filtered pass. */
  heldMetrics(): Promise<HeldMetrics> {
    this.held ??= HeldMetrics.read(this.store, this.options.metricNames ?? []);
    return this.held;
  }

  /** Degree, sampled betweenness and communities of the projection, computed once. */
  measures(): Promise<WholeGraphMeasures> {
    this.measured ??= this.options.measures ? this.options.measures() : wholeGraphMeasures(this.projection);
    return this.measured;
  }

  /** The measures if an analysis asked for them (their parts' times are then worth reporting). */
  measuresAsked(): Promise<WholeGraphMeasures> | undefined {
    return this.measured;
  }

  get revision(): number {
    return this.projection.revision;
  }

  /** Actor indexes of the kinds, in id order. */
  actorsOfKinds(kinds: Iterable<ActorKind>): number[] {
    const codes = new Set([...kinds].map((k) => KIND_CODE.get(k)));
    const found: number[] = [];
    const kindOf = this.projection.actors.kinds;
    for (let a = 0; a < this.projection.actorCount; a++) if (codes.has(kindOf[a])) found.push(a);
    return found;
  }

  /**
   * Relations touching an actor (self-loops once), in the order the gaps list them: relations
   * coming in, grouped by their source, then relations going out, grouped by their target; the
   * groups in order of their smallest relation id, a group's relations by id, largest first.
   */
  relationsOf(actor: number): readonly number[] {
    const cached = this.incident.get(actor);
    if (cached) return cached;
    const p = this.projection;
    const { from, to, ids } = p.relations;
    const incoming: number[] = [];
    const outgoing: number[] = [];
    for (let k = p.inStart[actor] as number; k < (p.inStart[actor + 1] as number); k++) incoming.push(p.inRelations[k] as number);
    for (let k = p.outStart[actor] as number; k < (p.outStart[actor + 1] as number); k++) {
      const r = p.outRelations[k] as number;
      if (to[r] !== actor) outgoing.push(r);
    }
    const grouped = (relations: number[], end: Int32Array) => {
      const first = new Map<number, string>();
      for (const r of relations) {
        const other = end[r] as number;
        const seen = first.get(other);
        const id = ids.at(r);
        if (seen === undefined || id < seen) first.set(other, id);
      }
      return relations.sort((a, b) => compare(first.get(end[a] as number) as string, first.get(end[b] as number) as string) || ids.compare(b, a));
    };
    const all = [...grouped(incoming, from), ...grouped(outgoing, to)];
    this.incident.set(actor, all);
    return all;
  }

  /** Planned or intended only: no established relation of its own (the aerospace park's planned tenants). */
  isPlaceholder(actor: number): boolean {
    const p = this.projection;
    const { statuses } = p.relations;
    for (let k = p.outStart[actor] as number; k < (p.outStart[actor + 1] as number); k++) if (statuses[p.outRelations[k] as number] === ESTABLISHED) return false;
    for (let k = p.inStart[actor] as number; k < (p.inStart[actor + 1] as number); k++) if (statuses[p.inRelations[k] as number] === ESTABLISHED) return false;
    return true;
  }

  /** Reads the records of these actors and relations (indexes) that were not read yet, in batches. */
  async read(actors: Iterable<number>, relations: Iterable<number> = []): Promise<void> {
    const started = performance.now();
    const p = this.projection;
    const actorIds = [...new Set([...actors].map((a) => p.id(a)))].filter((id) => !this.actorRecords.has(id));
    const relationIndexes = [...new Set(relations)].filter((r) => !this.relationRecords.has(p.relationId(r)));
    for (let i = 0; i < actorIds.length; i += READ_BATCH) {
      const ids = actorIds.slice(i, i + READ_BATCH);
      (await this.store.actorsByIds(ids)).forEach((record, k) => record && this.actorRecords.set(ids[k] as string, record));
    }
    for (let i = 0; i < relationIndexes.length; i += READ_BATCH) {
      const batch = relationIndexes.slice(i, i + READ_BATCH);
      const ids = batch.map((r) => p.relationId(r));
      (await this.store.relationsByIds(ids, p.endsOf(batch))).forEach((record, k) => record && this.relationRecords.set(ids[k] as string, record));
    }
    this.clock.record('store reads of reported records (within the parts above)', performance.now() - started);
  }

  /** A record `read` has read; undefined when the store no longer holds it (deleted since the projection). */
  actor(actor: number): ActorRecord | undefined {
    return this.actorRecords.get(this.projection.id(actor));
  }

  relation(relation: number): RelationRecord | undefined {
    return this.relationRecords.get(this.projection.relationId(relation));
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
