// The words an edge carries on the canvas: its type, its status when not established, its basis
// when inferred, and its most telling figure (an amount, else a share, else a count).
import type { Figure } from './api/types.js';
import { formatMetricValue } from './format.js';
import { metricName } from './i18n/metric-names.js';
import { t } from './i18n/ui-text.js';
import { basisName, relationName, statusName } from './i18n/vocabulary-names.js';
import { isTentative, type Basis, type RelationStatus } from './vocabulary.js';

const FIGURE_ORDER = ['CNY', 'SHARE', 'COUNT', 'PERSON', 'M2'];

/** The figure worth printing on the edge: money first, then shares, then counts. */
function keyFigure(figures: readonly Figure[]): Figure | undefined {
  return [...figures]
    .filter((f) => FIGURE_ORDER.includes(f.unit))
    .sort((a, b) => FIGURE_ORDER.indexOf(a.unit) - FIGURE_ORDER.indexOf(b.unit))[0];
}

export function edgeLabel(edge: { type: string; status: RelationStatus; basis: Basis; figures: readonly Figure[]; synthetic?: boolean; count?: number }): string {
  if (edge.synthetic) return t('group', { kind: relationName(edge.type), n: edge.count ?? 1 });
  const parts = [relationName(edge.type)];
  if (isTentative(edge.status)) parts.push(statusName(edge.status));
  if (edge.basis === 'INFERRED') parts.push(basisName(edge.basis));
  const figure = keyFigure(edge.figures);
  // Money speaks for itself; a share or a count needs its name (区内项目占比 85.71%).
  if (figure) parts.push(`${figure.unit === 'CNY' ? '' : `${metricName(figure.name)} `}${formatMetricValue(figure.value, figure.unit, figure.qualifier)}`);
  return parts.join(' · ');
}
