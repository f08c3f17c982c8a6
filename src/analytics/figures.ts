// One figure, one count. The report's numbers are often restated: a group's count again on the
// relation that reaches it (86 enterprises of the talent base), a cluster's results on the
// cluster and on its transfer relation (33 cases, 2.79亿). The rule: a figure is its unit,
// value and source words (document, paragraph, quote); held by several records it is counted
// once, on its first holder — actors before relations, each by id. Whatever sums metrics sums
// `distinctFigures`, so a restated figure never counts twice.
import type { ActorRecord, Metric, RelationRecord } from '../graph/model.js';

/** What a figure's selection and attribution need of the relation that carries it. */
export type RelationFacts = Pick<RelationRecord, 'id' | 'type' | 'status' | 'from' | 'to'>;

export interface HeldFigure {
  /** The id of the actor or relation that carries the metric. */
  holder: string;
  holderIsActor: boolean;
  metric: Metric;
  /** The relation that carries it, when a relation does. */
  relation?: RelationFacts;
}

/** Unit, value and the words the figure is read from: what makes two metrics the same figure. */
export function figureKey(metric: Metric): string {
  const source = metric.citations[0];
  return [metric.unit, metric.value, source?.document ?? '', source?.paragraph ?? '', source?.quote ?? ''].join('\u0000');
}

/** Actors before relations, each by id: the order figures are counted in. */
export function holderOrder(a: HeldFigure, b: HeldFigure): number {
  return Number(b.holderIsActor) - Number(a.holderIsActor) || a.holder.localeCompare(b.holder);
}

/** Every metric with its holder, in holder order (actors before relations, each by id). */
export function heldFigures(actors: readonly ActorRecord[], relations: readonly RelationRecord[]): HeldFigure[] {
  return [
    ...actors.flatMap((a) => a.metrics.map((metric): HeldFigure => ({ holder: a.id, holderIsActor: true, metric }))),
    ...relations.flatMap((r) => r.metrics.map((metric): HeldFigure => ({ holder: r.id, holderIsActor: false, metric, relation: r }))),
  ].sort(holderOrder);
}

/** The first holding of each figure among `figures` (kept in their order). */
export function onePerFigure(figures: readonly HeldFigure[]): HeldFigure[] {
  const seen = new Set<string>();
  return figures.filter((f) => {
    const key = figureKey(f.metric);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Splits the figures into the first holding of each (counted) and the restatements (not counted). */
function split(actors: readonly ActorRecord[], relations: readonly RelationRecord[]): { distinct: HeldFigure[]; restated: HeldFigure[] } {
  const seen = new Set<string>();
  const distinct: HeldFigure[] = [];
  const restated: HeldFigure[] = [];
  for (const figure of heldFigures(actors, relations)) {
    const key = figureKey(figure.metric);
    (seen.has(key) ? restated : distinct).push(figure);
    seen.add(key);
  }
  return { distinct, restated };
}

/** Every figure once, on its first holder. */
export function distinctFigures(actors: readonly ActorRecord[], relations: readonly RelationRecord[]): HeldFigure[] {
  return split(actors, relations).distinct;
}

/** The metrics that restate a figure already held by an earlier record, as `holder.metricName`. */
export function restatements(actors: readonly ActorRecord[], relations: readonly RelationRecord[]): string[] {
  return split(actors, relations).restated.map((f) => `${f.holder}.${f.metric.name}`);
}
