// An index from its definition. Each indicator sums the graph's figures it selects, each figure
// once (figures.ts), and is scaled to its form: a share of Beijing as it stands, a level divided
// by the report's figure (BASE_100). value = 100 × Σ ŵ_k · indicator_k over the indicators with
// data (weights rescaled over them). Each figure's part goes to the actor it is about — the
// holder, or for a relation the actor acting (the recipient of a support) — so contributions sum
// to the value; groups and placeholders contribute but are not ranked.
import type { ActorRecord, Citation } from '../../graph/model.js';
import { holderOrder, onePerFigure, type HeldFigure } from '../figures.js';
import type { GraphView } from '../graph-view.js';
import type { HeldMetrics } from '../held-metrics.js';
import { isContext } from '../measures.js';
import type { Projection } from '../projection/projection.js';
import { INDEX_DEFINITIONS, INDEX_METRIC_NAMES, type IndexDefinition, type Indicator } from './definitions.js';
import { type IndicatorTable, normalizeWeights, ranking, scores } from './scoring.js';
import { type Sensitivity, sensitivity } from './sensitivity.js';

export interface IndicatorResult {
  indicator: Indicator;
  hasData: boolean;
  /** The figures summed (BASE_100) or the share (SHARE_OF_BEIJING); null without data. */
  total: number | null;
  /** On the index's scale: the share, or total / reference (1 = the report's level). */
  level: number | null;
  /** The weight it carries in the value (0 without data). */
  effectiveWeight: number;
  citations: Citation[];
}

export interface ActorScore {
  actor: ActorRecord;
  /** Null for groups and placeholders: they contribute but are not ranked. */
  rank: number | null;
  score: number;
  contribution: number;
  indicators: { name: string; raw: number; normalized: number }[];
}

export interface ComputedIndex {
  definition: IndexDefinition;
  value: number;
  meaning: { zh: string; en: string };
  indicators: IndicatorResult[];
  /** Ranked actors (not groups, not placeholders). */
  eligibleActors: number;
  /** Ranked actors first by contribution, then groups and placeholders by contribution. */
  contributions: ActorScore[];
  sensitivity: Sensitivity;
  /** The graph revision the index was computed at. */
  revision: number;
}

const SUPPORTERS = new Set(['GOVERNMENT', 'POLICY', 'TALENT_PROGRAM']);

/** Whom a figure is about (an actor index): its actor; for a relation, the recipient of a support, else the actor acting. */
function subjectOf(projection: Projection, figure: HeldFigure): number {
  const r = figure.relation;
  if (!r) return projection.indexOf(figure.holder);
  const from = projection.indexOf(r.from);
  return SUPPORTERS.has(projection.kind(from)) ? projection.indexOf(r.to) : from;
}

/**
 * The figures the indices select among, in holder order, from the metrics read for them
 * (held-metrics.ts: only the records holding a metric of those names). Relations are described
 * by the projection; a holder it does not know (written since) waits for the next revision.
 */
export function indexFigures(held: HeldMetrics, projection: Projection): HeldFigure[] {
  const figures: HeldFigure[] = [];
  const relationIndex = new Map<string, number>();
  for (const holding of held.holdings) if (holding.holder === 'relation') relationIndex.set(holding.id, -1);
  // One pass over the relation ids to find the few that hold figures.
  if (relationIndex.size > 0) projection.relations.ids.forEach((id, r) => relationIndex.has(id) && relationIndex.set(id, r));
  const wanted = new Set(INDEX_METRIC_NAMES);
  for (const { holder, id, metrics: all } of held.holdings) {
    const metrics = all.filter((m) => wanted.has(m.name));
    if (holder === 'actor') {
      if (projection.indexOf(id) < 0) continue;
      for (const metric of metrics) figures.push({ holder: id, holderIsActor: true, metric });
      continue;
    }
    const r = relationIndex.get(id) ?? -1;
    if (r < 0) continue;
    const [ends] = projection.endsOf([r]);
    const relation = { id, type: projection.type(r), status: projection.status(r), from: ends?.from ?? '', to: ends?.to ?? '' };
    for (const metric of metrics) figures.push({ holder: id, holderIsActor: false, metric, relation });
  }
  return figures.sort(holderOrder);
}

interface Measured {
  figures: HeldFigure[];
  total: number | null;
  /** Each subject's part of the indicator (by actor index), on the index's scale. */
  parts: Map<number, number>;
}

function measure(projection: Projection, figures: readonly HeldFigure[], definition: IndexDefinition, indicator: Indicator): Measured {
  const selected = onePerFigure(figures.filter((f) => indicator.selects(f, projection)));
  if (selected.length === 0) return { figures: selected, total: null, parts: new Map() };
  // A share is one figure; should two holders state it, their mean stands for it.
  const divisor = definition.form === 'SHARE_OF_BEIJING' ? selected.length : (indicator.reference?.value ?? 1);
  const parts = new Map<number, number>();
  for (const f of selected) {
    const subject = subjectOf(projection, f);
    parts.set(subject, (parts.get(subject) ?? 0) + f.metric.value / divisor);
  }
  const sum = selected.reduce((s, f) => s + f.metric.value, 0);
  return { figures: selected, total: definition.form === 'SHARE_OF_BEIJING' ? sum / selected.length : sum, parts };
}

/** The three indices of one revision, from its figures (indexFigures); reads the records of the actors they rank. */
export async function computeIndices(view: GraphView, figures: readonly HeldFigure[]): Promise<ComputedIndex[]> {
  const measured = INDEX_DEFINITIONS.map((definition) => definition.indicators.map((indicator) => measure(view.projection, figures, definition, indicator)));
  await view.read(measured.flat().flatMap((m) => [...m.parts.keys()]));
  return INDEX_DEFINITIONS.map((definition, d) => computeIndex(view, definition, measured[d] as Measured[]));
}

function computeIndex(view: GraphView, definition: IndexDefinition, measured: readonly Measured[]): ComputedIndex {
  const { projection } = view;
  // Weights are rescaled over the indicators with data: coverage says which those are.
  const weights = definition.indicators.map((indicator, k) => (measured[k]?.total === null ? 0 : indicator.weight));
  const effective = normalizeWeights(weights);
  const indicators: IndicatorResult[] = definition.indicators.map((indicator, k) => {
    const m = measured[k] as Measured;
    const level = m.total === null ? null : definition.form === 'SHARE_OF_BEIJING' ? m.total : m.total / (indicator.reference?.value ?? 1);
    return {
      indicator,
      hasData: m.total !== null,
      total: m.total,
      level,
      effectiveWeight: effective[k] as number,
      citations: m.figures.flatMap((f) => f.metric.citations),
    };
  });
  const value = 100 * indicators.reduce((sum, i) => sum + (i.level ?? 0) * i.effectiveWeight, 0);

  // Subjects in the order they first appear, as the parts list them; one deleted since is left out.
  const subjectIndexes = [...new Set(measured.flatMap((m) => [...m.parts.keys()]))].filter((a) => view.actor(a));
  const subjects = subjectIndexes.map((a) => view.actor(a) as ActorRecord);
  const table: IndicatorTable = { actors: subjects, parts: subjectIndexes.map((a) => measured.map((m) => m.parts.get(a) ?? 0)) };
  const score = scores(table, weights);
  const order = ranking(table, score);
  const context = (i: number) => isContext(view, subjectIndexes[i] as number);
  const ranked = order.filter((i) => !context(i));
  const contextual = order.filter((i) => context(i));
  const row = (i: number, rank: number | null): ActorScore => ({
    actor: table.actors[i] as ActorRecord,
    rank,
    score: score[i] as number,
    contribution: 100 * (score[i] as number),
    indicators: definition.indicators.map((indicator, k) => ({
      name: indicator.name,
      raw: (measured[k]?.figures ?? []).filter((f) => subjectOf(projection, f) === subjectIndexes[i]).reduce((s, f) => s + f.metric.value, 0),
      normalized: table.parts[i]?.[k] as number,
    })),
  });
  const rankedTable: IndicatorTable = { actors: ranked.map((i) => table.actors[i] as ActorRecord), parts: ranked.map((i) => table.parts[i] as number[]) };
  return {
    definition,
    value,
    meaning: definition.meaning(value, indicators.filter((i) => i.hasData).length),
    indicators,
    eligibleActors: ranked.length,
    contributions: [...ranked.map((i, position) => row(i, position + 1)), ...contextual.map((i) => row(i, null))],
    sensitivity: sensitivity(rankedTable, definition, weights),
    revision: view.revision,
  };
}
