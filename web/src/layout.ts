// Keeps the drawing readable as it grows: ForceAtlas2 to a stable state after each change, then
// noverlap to pull apart nodes still on top of each other. Graphs on this page are small
// (hundreds of nodes), so synchronous runs are fast enough.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { ExplorerGraph } from './graph-state.js';

export function relayout(graph: ExplorerGraph): void {
  if (graph.order < 2) return;
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    // Hubs (the district government, a fund) push their many neighbours outwards.
    outboundAttractionDistribution: true,
    scalingRatio: 8,
    barnesHutOptimize: graph.order > 500,
  };
  forceAtlas2.assign(graph, { iterations: graph.order > 300 ? 80 : 200, settings });
  noverlap.assign(graph, { maxIterations: 100, settings: { margin: 6, ratio: 1.4 } });
}
