// Where actors sit on the canvas. The layout is computed when actors arrive and then kept: new
// actors settle around those already drawn (which stay fixed), and nothing moves when the
// language, a filter or a measure changes. Small graphs are laid out at once (ForceAtlas2 then
// noverlap); large ones are drawn first on rings and refined by ForceAtlas2 in a web worker.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import noverlap from 'graphology-layout-noverlap';
import type { ExplorerGraph } from './graph-state.js';

/** Above this many actors the first layout runs in a worker, after a first drawing. */
const LARGE = 1500;
/** How many rounds the worker refines a large layout (each round: one ForceAtlas2 iteration). */
const WORKER_ROUNDS = 150;
/** ...but never longer than this, on a machine too busy to finish them. */
const WORKER_MAX_MILLISECONDS = 20_000;

export class Layout {
  private worker: FA2LayoutSupervisor | null = null;
  /** Resolves when the worker's refinement has stopped (immediately when none runs). */
  settled: Promise<void> = Promise.resolve();
  private settle: () => void = () => {};

  constructor(private readonly graph: ExplorerGraph) {}

  /** Lays out `added` (just added to the graph) around the actors already placed, which do not move. */
  place(added: readonly string[]): void {
    const { graph } = this;
    if (added.length === 0) return;
    this.stopWorker();
    const fresh = added.length === graph.order;
    if (fresh) placeOnRings(graph, added);
    if (graph.order < 2) return;
    if (fresh && graph.order > LARGE) return this.refineInWorker();
    const newcomers = new Set(added);
    graph.updateEachNodeAttributes((node, a) => ({ ...a, fixed: !fresh && !newcomers.has(node) }));
    forceAtlas2.assign(graph, { iterations: graph.order > 300 ? 60 : 200, settings: settingsFor(graph) });
    graph.updateEachNodeAttributes((_node, a) => ({ ...a, fixed: false }));
    noverlap.assign(graph, { maxIterations: 60, settings: { margin: 4, ratio: 1.2 } });
  }

  private refineInWorker(): void {
    const first = this.graph.nodes()[0];
    let rounds = 0;
    this.settled = new Promise((resolve) => (this.settle = resolve));
    // The supervisor calls the reducer for every node each round: the first node counts rounds.
    const worker = new FA2LayoutSupervisor(this.graph, {
      settings: settingsFor(this.graph),
      outputReducer: (node, attributes) => {
        if (node === first && ++rounds === WORKER_ROUNDS) setTimeout(stop);
        return attributes;
      },
    });
    const stop = () => {
      clearTimeout(limit);
      if (this.worker === worker) this.stopWorker();
    };
    const limit = setTimeout(stop, WORKER_MAX_MILLISECONDS);
    this.worker = worker;
    worker.start();
  }

  stopWorker(): void {
    this.worker?.kill();
    this.worker = null;
    this.settle();
  }
}

function settingsFor(graph: ExplorerGraph) {
  return {
    ...forceAtlas2.inferSettings(graph),
    // Hubs (the district government, a fund) push their many neighbours outwards.
    outboundAttractionDistribution: true,
    scalingRatio: 8,
    barnesHutOptimize: graph.order > 300,
  };
}

/**
 * A first drawing without any force: breadth-first rings around the best-connected actor, each
 * ring's actors spread evenly. Good enough to show a large neighbourhood at once.
 */
function placeOnRings(graph: ExplorerGraph, nodes: readonly string[]): void {
  const start = nodes.reduce((best, node) => (graph.degree(node) > graph.degree(best) ? node : best), nodes[0]!);
  const ring = new Map<string, number>([[start, 0]]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i]!;
    graph.forEachNeighbor(node, (next) => {
      if (ring.has(next)) return;
      ring.set(next, ring.get(node)! + 1);
      queue.push(next);
    });
  }
  const last = Math.max(0, ...ring.values());
  for (const node of nodes) if (!ring.has(node)) ring.set(node, last + 1);
  const byRing = new Map<number, string[]>();
  for (const [node, r] of ring) byRing.set(r, [...(byRing.get(r) ?? []), node]);
  for (const [r, members] of byRing) {
    members.forEach((node, i) => {
      const angle = (2 * Math.PI * i) / members.length + r * 0.5;
      const radius = r === 0 ? 0 : 40 * r * Math.sqrt(members.length / (2 * Math.PI * r));
      graph.mergeNodeAttributes(node, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    });
  }
}
