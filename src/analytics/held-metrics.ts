// The metrics of the few records that hold one of the names an analysis needs, read in one
// filtered pass over the graph (the store tests the text, so a district-size graph sends only
// those rows): what the indices sum and what a fund's local shares are computed from, without
// reading the records of every investment.
import type { Metric } from '../graph/model.js';
import type { GraphStore, MetricHolding } from '../graph/store.js';

const NONE: readonly Metric[] = [];

export class HeldMetrics {
  private readonly byActor = new Map<string, readonly Metric[]>();
  private readonly byRelation = new Map<string, readonly Metric[]>();

  constructor(readonly holdings: readonly MetricHolding[]) {
    for (const h of holdings) (h.holder === 'actor' ? this.byActor : this.byRelation).set(h.id, h.metrics);
  }

  static async read(store: Pick<GraphStore, 'readMetrics'>, names: readonly string[]): Promise<HeldMetrics> {
    const holdings: MetricHolding[] = [];
    for await (const holding of store.readMetrics(names)) holdings.push(holding);
    return new HeldMetrics(holdings);
  }

  /** The wanted metrics an actor holds (none when it holds none). */
  actor(id: string): readonly Metric[] {
    return this.byActor.get(id) ?? NONE;
  }

  relation(id: string): readonly Metric[] {
    return this.byRelation.get(id) ?? NONE;
  }
}
