// Draws the GraphState with sigma 4 (WebGL): colours by kind (or by the chosen measure), line
// styles by status and basis, arrows for direction, edge labels, and the fade that lets a
// highlighted answer stand out. Which labels print, and where, is decided by labels.ts.
import type { Attributes } from 'graphology-types';
import Sigma from 'sigma';
import type { PrimitivesDeclaration } from 'sigma/primitives';
import { extremityArrow, layerDashed, layerPlain } from 'sigma/rendering';
import type { EdgeAttributes, GraphState, NodeAttributes } from './graph-state.js';
import { isVisible } from './graph-state.js';
import type { Slot } from './label-placement.js';
import { LABEL_VARIANTS, labelText } from './label-variants.js';

const FADED_NODE = '#d5dae0';
const FADED_EDGE = '#e6e9ed';
export const LABEL_FONT = '"Noto Sans CJK SC", "WenQuanYi Micro Hei", "PingFang SC", "Microsoft YaHei", sans-serif';
export const LABEL_MARGIN = 5;
/** sigma draws edge labels at this size (its default; the style's labelSize does not reach them). */
export const EDGE_LABEL_SIZE = 12;

/** Per-node state the label placement writes: which side its label goes, or none, and in which form (LABEL_VARIANTS). */
export interface NodeState {
  labelSlot: Slot | 'none';
  labelVariant: number;
}
/** Per-edge state the label placement writes: whether its label prints. */
export interface EdgeState {
  labelShown: boolean;
}

// What sigma draws with: the label font, and edges as a solid layer under a dashed one (a solid
// fill for stated, established links; a dash pattern with transparent gaps for the rest).
const PRIMITIVES = {
  nodes: { label: { font: { family: LABEL_FONT }, margin: LABEL_MARGIN } },
  edges: {
    extremities: [extremityArrow()],
    variables: {
      solidColor: { type: 'color', default: 'transparent' },
      dashSize: { type: 'number', default: 0 },
      gapSize: { type: 'number', default: 0 },
    },
    // A solid fill for stated, established links; a dash pattern (transparent gaps) for the rest.
    layers: [
      layerPlain({ color: { attribute: 'solidColor' } }),
      layerDashed({ dashSize: { attribute: 'dashSize' }, gapSize: { attribute: 'gapSize' }, gapColor: 0 }),
    ],
    label: { margin: 3, textBorder: { width: 3, color: '#ffffff' }, keepUpright: true, fontSizeMode: 'fixed' },
  },
} satisfies PrimitivesDeclaration;

const variantOf = (s: NodeState) => LABEL_VARIANTS[s.labelVariant] ?? LABEL_VARIANTS[0]!;

export type ExplorerRenderer = Sigma<NodeAttributes, EdgeAttributes, Attributes, NodeState, EdgeState, object, typeof PRIMITIVES>;

export function createRenderer(state: GraphState, container: HTMLElement): ExplorerRenderer {
  const faded = (marked: boolean) => state.highlighting && !marked;
  const edgeColor = (a: EdgeAttributes) => (faded(a.marked) ? FADED_EDGE : a.color);
  return new Sigma<NodeAttributes, EdgeAttributes, Attributes, NodeState, EdgeState, object, typeof PRIMITIVES>(state.graph, container, {
    customNodeState: { labelSlot: 'none', labelVariant: 0 },
    customEdgeState: { labelShown: false },
    settings: {
      // Sizes in screen pixels; the framing fits positions and discs only, never the labels: the
      // drawing must not shrink when longer (English) labels replace shorter ones.
      itemSizesReference: 'screen',
      autoRescaleContent: 'nodes',
      stagePadding: 40,
      renderEdgeLabels: true,
      enableEdgeEvents: true,
      labelRenderedSizeThreshold: 0,
      // Actors keep their size on screen when zooming: zooming in spreads them out, labels fit.
      zoomToSizeRatioFunction: () => 1,
    },
    primitives: PRIMITIVES,
    styles: {
      nodes: {
        x: { attribute: 'x' },
        y: { attribute: 'y' },
        depth: (a, s) => (a.marked || s.isHovered ? 'topNodes' : 'nodes'),
        color: (a) => (faded(a.marked) ? FADED_NODE : a.color),
        size: (a, s) => (a.marked ? a.size * 1.25 : a.size) * (s.isHovered ? 1.15 : 1),
        // A hovered actor shows its full name at full size; otherwise the form the placement chose.
        label: (a, s) => (s.isHovered ? a.label : labelText(a.label, variantOf(s))),
        labelSize: (_a, s) => (s.isHovered ? LABEL_VARIANTS[0]!.size : variantOf(s).size),
        labelFont: LABEL_FONT,
        labelColor: (a) => (faded(a.marked) ? '#7b858f' : '#1b2631'),
        visibility: (a) => (isVisible(a) ? 'visible' : 'hidden'),
        labelVisibility: (_a, s) => (s.isHovered ? 'visible' : s.labelSlot === 'none' ? 'hidden' : 'visible'),
        labelPosition: (_a, s) => (s.labelSlot === 'none' ? 'right' : s.labelSlot),
        zIndex: (a) => (a.marked ? 2 : 1),
        backdropVisibility: { whenState: 'isHovered', then: 'visible', else: 'hidden' },
        backdropColor: '#ffffff',
        backdropShadowColor: 'rgba(0, 0, 0, 0.35)',
        backdropShadowBlur: 10,
        backdropPadding: 5,
      },
      edges: {
        depth: (a, s) => (a.marked || s.isHovered ? 'topEdges' : 'edges'),
        color: edgeColor,
        solidColor: (a: EdgeAttributes) => (a.dashSize > 0 ? 'transparent' : edgeColor(a)),
        dashSize: (a: EdgeAttributes) => a.dashSize,
        gapSize: (a: EdgeAttributes) => a.gapSize,
        size: (a, s) => (a.marked ? 3.5 : a.size) + (s.isHovered ? 1.5 : 0),
        head: 'arrow',
        label: { attribute: 'label' },
        labelSize: EDGE_LABEL_SIZE,
        labelFont: LABEL_FONT,
        labelColor: (a) => (faded(a.marked) ? '#8a939c' : '#1b2631'),
        labelVisibility: (_a, s) => (s.isHovered || s.labelShown ? 'visible' : 'hidden'),
        visibility: (a) => (a.filtered || a.endHidden ? 'hidden' : 'visible'),
        zIndex: (a) => (a.marked ? 2 : 1),
      },
    },
  });
}
