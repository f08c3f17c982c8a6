// Keeps the printed labels apart. After the camera settles or the drawing changes, it measures
// each visible label, asks label-placement.ts where labels fit without covering one another,
// and tells sigma through node and edge state. Priority: the answer's actors, then its relations,
// then the selected actor, then the biggest actors, then (zoomed in) the other relations.
import type { GraphState } from './graph-state.js';
import { isVisible } from './graph-state.js';
import { edgeLabelBox, type Disc, type EdgeLabelCandidate, type LabelCandidate, type Placement, type Slot } from './label-placement.js';
import { bestPlacement } from './label-search.js';
import { LABEL_VARIANTS, labelText } from './label-variants.js';
import { EDGE_LABEL_SIZE, LABEL_FONT, LABEL_MARGIN, type ExplorerRenderer } from './renderer.js';

/** Past this many actors on screen the rest go unlabelled: placing them would cost more than it shows. */
const MAX_CANDIDATES = 600;
/**
 * Past this many actors on screen, only the answer's and the chosen actors' discs keep labels
 * off: otherwise no label would find a free place, and a name printed over a small disc helps more.
 */
const DENSE = 400;
/** Below this camera ratio the view is close enough for relations outside the answer to show their labels. */
const EDGE_LABEL_RATIO = 0.5;
/** A graph this small shows its relations' labels at any zoom. */
const SMALL_GRAPH = 12;

type Candidate = (LabelCandidate | EdgeLabelCandidate) & { rank: number; weight: number };

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
    renderer.getCamera().on('updated', () => this.schedule());
    renderer.on('resize', () => this.schedule());
  }

  /** Re-places labels soon, once, however many times it is asked in the meantime. */
  schedule(delay = 60): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), delay);
  }

  /** Places the labels now. */
  update(): Placement {
    clearTimeout(this.timer);
    const { renderer, state } = this;
    const { graph } = state;
    const { width, height } = renderer.getDimensions();
    const discs = new Map<string, Disc>();
    const candidates: Candidate[] = [];
    // Past DENSE actors in the view only full labels are tried (a few dozen print; zooming in shows more).
    const forms = graph.order <= DENSE ? LABEL_VARIANTS : LABEL_VARIANTS.slice(0, 1);
    graph.forEachNode((node, a) => {
      if (!isVisible(a)) return;
      const data = renderer.getNodeDisplayData(node);
      if (!data) return;
      const at = renderer.framedGraphToViewport(data);
      const radius = renderer.scaleSize(data.size ?? a.size);
      if (at.x < -radius || at.y < -radius || at.x > width + radius || at.y > height + radius) return;
      discs.set(node, { id: node, x: at.x, y: at.y, radius });
      const rank = a.marked ? 5 : this.priority.has(node) ? 3 : a.group ? 2 : 1;
      const [full, ...smaller] = forms.map((v) => this.textSize(labelText(a.label, v), v.size));
      candidates.push({ id: node, x: at.x, y: at.y, radius, ...full!, fallbacks: smaller, rank, weight: radius });
    });
    const zoomedIn = renderer.getCamera().ratio < EDGE_LABEL_RATIO || graph.order <= SMALL_GRAPH;
    graph.forEachEdge((edge, a, source, target) => {
      if (a.filtered || a.endHidden || !a.label) return;
      if (!a.marked && (state.highlighting || !zoomedIn)) return;
      const from = discs.get(source);
      const to = discs.get(target);
      if (!from || !to) return;
      const size = this.textSize(a.label, EDGE_LABEL_SIZE);
      const box = edgeLabelBox(from, to, size.width, size.height);
      if (box) candidates.push({ edge, box, rank: a.marked ? 4 : 0, weight: a.size });
    });
    candidates.sort((p, q) => q.rank - p.rank || q.weight - p.weight || idOf(p).localeCompare(idOf(q)));
    const obstacles = discs.size <= DENSE ? [...discs.values()] : [...discs.values()].filter((d) => graph.getNodeAttribute(d.id, 'marked') || this.priority.has(d.id));
    const bounds = { minX: 0, minY: 0, maxX: width, maxY: height };
    // Trying other orders and forms costs a few placements: only for views of at most DENSE actors.
    const placed = bestPlacement(candidates.slice(0, MAX_CANDIDATES), obstacles, bounds, LABEL_MARGIN, discs.size <= DENSE);
    this.apply(placed);
    return placed;
  }

  private apply(placed: Placement): void {
    const { renderer, state } = this;
    // Nodes grouped by their new side and form, so sigma is told once per group.
    const byLabel = new Map<string, string[]>();
    state.graph.forEachNode((node) => {
      const slot = placed.nodes.get(node) ?? 'none';
      const variant = placed.variants.get(node) ?? 0;
      const now = renderer.getNodeState(node);
      if (now.labelSlot === slot && now.labelVariant === variant) return;
      const key = `${slot}|${variant}`;
      const list = byLabel.get(key);
      if (list) list.push(node);
      else byLabel.set(key, [node]);
    });
    for (const [key, nodes] of byLabel) {
      const [labelSlot, variant] = key.split('|') as [Slot | 'none', string];
      renderer.setNodesState(nodes, { labelSlot, labelVariant: Number(variant) });
    }
    const shown: string[] = [];
    const hidden: string[] = [];
    state.graph.forEachEdge((edge) => {
      const labelShown = placed.edges.has(edge);
      if (renderer.getEdgeState(edge).labelShown !== labelShown) (labelShown ? shown : hidden).push(edge);
    });
    if (shown.length) renderer.setEdgesState(shown, { labelShown: true });
    if (hidden.length) renderer.setEdgesState(hidden, { labelShown: false });
  }

  /** The label's text box: measured once per text and size, in the font sigma draws with. */
  private textSize(text: string, size: number): { width: number; height: number } {
    const key = `${size}|${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      if (this.measure) this.measure.font = `${size}px ${LABEL_FONT}`;
      width = Math.ceil(this.measure?.measureText(text).width ?? text.length * size);
      this.widths.set(key, width);
    }
    // The glyphs' ascent and descent with a little air.
    return { width, height: Math.ceil(size * 1.3) };
  }
}

const idOf = (candidate: LabelCandidate | EdgeLabelCandidate): string => ('edge' in candidate ? candidate.edge : candidate.id);
