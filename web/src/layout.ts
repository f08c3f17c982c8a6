// Keeps the drawing readable as it grows: ForceAtlas2 run to a stable state after each change.
// Graphs on this page are small (hundreds of nodes), so a synchronous run is fast enough.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { ExplorerGraph } from './graph-state.js';

export function relayout(graph: ExplorerGraph): void {
  if (graph.order < 2) return;
  const settings = { ...forceAtlas2.inferSettings(graph), adjustSizes: true, barnesHutOptimize: graph.order > 500 };
  forceAtlas2.assign(graph, { iterations: graph.order > 300 ? 80 : 200, settings });
}
