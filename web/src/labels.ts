// Keeps the printed node labels apart. After the camera settles or the drawing changes, it
// measures each visible label, asks label-placement.ts where labels fit without covering one
// another (the answer's first, then the biggest actors), and tells sigma through node state.
import type { GraphState } from './graph-state.js';
import { isVisible } from './graph-state.js';
import { placeLabels, type Disc, type LabelCandidate, type Slot } from './label-placement.js';
import { LABEL_FONT, LABEL_MARGIN, LABEL_SIZE, type ExplorerRenderer } from './renderer.js';

/** Past this many candidates the rest go unlabelled: placing them would cost more than it shows. */
const MAX_CANDIDATES = 600;
/** Text box height for the label size: the glyphs' ascent and descent with a little air. */
const LABEL_HEIGHT = Math.ceil(LABEL_SIZE * 1.3);
/** Below this camera ratio the view is close enough for unmarked edges to show their labels. */
const EDGE_LABEL_RATIO = 0.45;

export class LabelManager {
  private readonly measure = document.createElement('canvas').getContext('2d');
  private readonly widths = new Map<string, number>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Nodes whose labels go first after the answer (the selected actor, the keyboard's). */
  readonly priority = new Set<string>();

  constructor(
    private readonly renderer: ExplorerRenderer,
    private readonly state: GraphState,
  ) {
    if (this.measure) this.measure.font = `${LABEL_SIZE}px ${LABEL_FONT}`;
    renderer.getCamera().on('updated', () => this.schedule());
    renderer.on('resize', () => this.schedule());
  }

  /** Re-places labels soon, once, however many times it is asked in the meantime. */
  schedule(delay = 60): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), delay);
  }

  /** Places the labels now (the tests call this through the page's handle). */
  update(): Map<string, Slot> {
    clearTimeout(this.timer);
    const { renderer, state } = this;
    const { width, height } = renderer.getDimensions();
    const candidates: (LabelCandidate & { rank: number })[] = [];
    const discs: Disc[] = [];
    state.graph.forEachNode((node, a) => {
      if (!isVisible(a)) return;
      const data = renderer.getNodeDisplayData(node);
      if (!data) return;
      const at = renderer.framedGraphToViewport(data);
      const radius = renderer.scaleSize(data.size ?? a.size);
      if (at.x < -radius || at.y < -radius || at.x > width + radius || at.y > height + radius) return;
      discs.push({ id: node, x: at.x, y: at.y, radius });
      const rank = a.marked ? 3 : this.priority.has(node) ? 2 : a.group ? 1 : 0;
      candidates.push({ id: node, x: at.x, y: at.y, radius, width: this.textWidth(a.label), height: LABEL_HEIGHT, rank });
    });
    candidates.sort((p, q) => q.rank - p.rank || q.radius - p.radius || p.id.localeCompare(q.id));
    const placed = placeLabels(candidates.slice(0, MAX_CANDIDATES), discs, { minX: 0, minY: 0, maxX: width, maxY: height }, LABEL_MARGIN);
    this.apply(placed);
    const edgeLabels = renderer.getCamera().ratio < EDGE_LABEL_RATIO || state.graph.order <= 12;
    if (renderer.getGraphState().edgeLabels !== edgeLabels) renderer.setGraphState({ edgeLabels });
    return placed;
  }

  private apply(placed: Map<string, Slot>): void {
    const bySlot = new Map<Slot | 'none', string[]>();
    this.state.graph.forEachNode((node) => {
      const slot = placed.get(node) ?? 'none';
      if (this.renderer.getNodeState(node).labelSlot === slot) return;
      const list = bySlot.get(slot);
      if (list) list.push(node);
      else bySlot.set(slot, [node]);
    });
    for (const [labelSlot, nodes] of bySlot) this.renderer.setNodesState(nodes, { labelSlot });
  }

  private textWidth(text: string): number {
    let width = this.widths.get(text);
    if (width === undefined) {
      width = Math.ceil(this.measure?.measureText(text).width ?? text.length * LABEL_SIZE);
      this.widths.set(text, width);
    }
    return width;
  }
}
