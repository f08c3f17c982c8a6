// Actor size and colour by a chosen measure, as Kumu decorates its maps: the relations an actor
// has in the view, its brokerage (betweenness centrality of the drawn graph), or its contribution
// to one of the report's indices. Without a measure, colour tells the kind and size the relations.
import { UndirectedGraph } from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness';
import { isVisible, type ExplorerGraph } from './graph-state.js';
import { NO_VALUE_COLOR, scaleColor } from './colour-scale.js';
import { kindColor } from './vocabulary.js';

/** No disc grows past this radius (pixels): a hub of thousands must not cover its neighbours. */
const MAX_SIZE = 24;

export type Measure = { kind: 'kind' } | { kind: 'degree' } | { kind: 'brokerage' } | { kind: 'index'; index: string; scores: Map<string, number> };

export interface MeasureRange {
  min: number;
  max: number;
}

/** Writes each actor's measure, colour and size; returns the range the legend shows. */
export function applyMeasure(graph: ExplorerGraph, measure: Measure): MeasureRange | null {
  const degrees = visibleDegrees(graph);
  if (measure.kind === 'kind') {
    graph.updateEachNodeAttributes((node, a) => ({
      ...a,
      measure: null,
      color: kindColor(a.kind),
      size: Math.min(MAX_SIZE, a.group ? 8 + 2 * Math.sqrt(a.group.members.length) : 6 + 2.2 * Math.sqrt(degrees.get(node) ?? 0)),
    }));
    return null;
  }
  const values = valuesOf(graph, measure, degrees);
  const known = [...values.values()];
  const range = { min: Math.min(0, ...known), max: Math.max(0, ...known) };
  graph.updateEachNodeAttributes((node, a) => {
    const value = values.get(node);
    if (value === undefined) return { ...a, measure: null, color: NO_VALUE_COLOR, size: 4 };
    const share = range.max > range.min ? (value - range.min) / (range.max - range.min) : 0;
    return { ...a, measure: value, color: scaleColor(share), size: 5 + 17 * Math.sqrt(share) };
  });
  return range;
}

function valuesOf(graph: ExplorerGraph, measure: Measure, degrees: Map<string, number>): Map<string, number> {
  switch (measure.kind) {
    case 'degree':
      return degrees;
    case 'brokerage':
      return visibleBetweenness(graph);
    case 'index': {
      const values = new Map<string, number>();
      graph.forEachNode((node) => {
        const score = measure.scores.get(node);
        if (score !== undefined) values.set(node, score);
      });
      return values;
    }
    default:
      return new Map();
  }
}

/** Distinct visible neighbours of each visible actor. */
function visibleDegrees(graph: ExplorerGraph): Map<string, number> {
  const degrees = new Map<string, number>();
  graph.forEachNode((node, a) => {
    if (!isVisible(a)) return;
    let count = 0;
    graph.forEachNeighbor(node, (_other, b) => {
      if (isVisible(b)) count++;
    });
    degrees.set(node, count);
  });
  return degrees;
}

/** Betweenness centrality of the visible actors, relations taken in either direction. */
function visibleBetweenness(graph: ExplorerGraph): Map<string, number> {
  const simple = new UndirectedGraph();
  graph.forEachNode((node, a) => {
    if (isVisible(a)) simple.addNode(node);
  });
  graph.forEachEdge((_edge, a, source, target) => {
    if (!a.filtered && source !== target && simple.hasNode(source) && simple.hasNode(target)) simple.mergeEdge(source, target);
  });
  return new Map(Object.entries(betweenness(simple, { normalized: true })));
}
