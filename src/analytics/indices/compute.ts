// An index from its definition. Each indicator sums the graph's figures it selects, each figure
// once (figures.ts), and is scaled to its form: a share of Beijing as it stands, a level divided
// by the report's figure (BASE_100). value = 100 × Σ ŵ_k · indicator_k over the indicators with
// data (weights rescaled over them). Each figure's part goes to the actor it is about — the
// holder, or for a relation the actor acting (the recipient of a support) — so contributions sum
// to the value; groups and placeholders contribute but are not ranked.
import type { ActorRecord, Citation, RelationRecord } from '../../graph/model.js';
import { onePerFigure, type HeldFigure } from '../figures.js';
import { isContext, snapshotFigures } from '../measures.js';
import type { GraphSnapshot } from '../snapshot.js';
import type { IndexDefinition, Indicator } from './definitions.js';
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
}

const SUPPORTERS = new Set(['GOVERNMENT', 'POLICY', 'TALENT_PROGRAM']);

/** Whom a figure is about: its actor; for a relation, the recipient of a support, else the actor acting. */
function subjectOf(snapshot: GraphSnapshot, figure: HeldFigure): ActorRecord {
  const r = figure.relation as RelationRecord | undefined;
  if (!r) return snapshot.actor(figure.holder) as ActorRecord;
  const from = snapshot.actor(r.from) as ActorRecord;
  return SUPPORTERS.has(from.kind) ? (snapshot.actor(r.to) as ActorRecord) : from;
}

interface Measured {
  figures: HeldFigure[];
  total: number | null;
  /** Each subject's part of the indicator, on the index's scale. */
  parts: Map<string, number>;
}

function measure(snapshot: GraphSnapshot, definition: IndexDefinition, indicator: Indicator): Measured {
  const figures = onePerFigure(snapshotFigures(snapshot).filter((f) => indicator.selects(f, snapshot)));
  if (figures.length === 0) return { figures, total: null, parts: new Map() };
  // A share is one figure; should two holders state it, their mean stands for it.
  const divisor = definition.form === 'SHARE_OF_BEIJING' ? figures.length : (indicator.reference?.value ?? 1);
  const parts = new Map<string, number>();
  for (const f of figures) {
    const subject = subjectOf(snapshot, f).id;
    parts.set(subject, (parts.get(subject) ?? 0) + f.metric.value / divisor);
  }
  const sum = figures.reduce((s, f) => s + f.metric.value, 0);
  return { figures, total: definition.form === 'SHARE_OF_BEIJING' ? sum / figures.length : sum, parts };
}

export function computeIndex(snapshot: GraphSnapshot, definition: IndexDefinition): ComputedIndex {
  return snapshot.memo(`index:${definition.id}`, () => {
    const measured = definition.indicators.map((indicator) => measure(snapshot, definition, indicator));
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

    const subjects = [...new Set(measured.flatMap((m) => [...m.parts.keys()]))].map((id) => snapshot.actor(id) as ActorRecord);
    const table: IndicatorTable = { actors: subjects, parts: subjects.map((a) => measured.map((m) => m.parts.get(a.id) ?? 0)) };
    const score = scores(table, weights);
    const order = ranking(table, score);
    const ranked = order.filter((i) => !isContext(snapshot, table.actors[i] as ActorRecord));
    const context = order.filter((i) => isContext(snapshot, table.actors[i] as ActorRecord));
    const row = (i: number, rank: number | null): ActorScore => ({
      actor: table.actors[i] as ActorRecord,
      rank,
      score: score[i] as number,
      contribution: 100 * (score[i] as number),
      indicators: definition.indicators.map((indicator, k) => ({
        name: indicator.name,
        raw: (measured[k]?.figures ?? []).filter((f) => subjectOf(snapshot, f).id === table.actors[i]?.id).reduce((s, f) => s + f.metric.value, 0),
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
      contributions: [...ranked.map((i, position) => row(i, position + 1)), ...context.map((i) => row(i, null))],
      sensitivity: sensitivity(rankedTable, definition, weights),
    };
  });
}
