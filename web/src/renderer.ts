// Draws the GraphState with sigma (WebGL): colours by kind and relation type, tentative links
// dashed, arrows for direction, and the fade that lets a highlighted answer stand out.
import Sigma, { DEFAULT_STYLES } from 'sigma';
import { extremityArrow, layerDashed, layerPlain } from 'sigma/rendering';
import type { EdgeAttributes, GraphState, NodeAttributes } from './graph-state.js';

const FADED_NODE = '#d5dae0';
const FADED_EDGE = '#e6e9ed';

export type ExplorerRenderer = Sigma<NodeAttributes, EdgeAttributes>;

export function createRenderer(state: GraphState, container: HTMLElement): ExplorerRenderer {
  const faded = (marked: boolean) => state.highlighting && !marked;
  const edgeColor = (a: EdgeAttributes) => (faded(a.marked) ? FADED_EDGE : a.color);
  return new Sigma(state.graph, container, {
    // Sizes in screen pixels (a lone node must not fill the canvas); the view fits labels too.
    settings: { itemSizesReference: 'screen', autoRescaleContent: 'labels', stagePadding: 30, renderEdgeLabels: false, labelDensity: 0.8, labelRenderedSizeThreshold: 4 },
    primitives: {
      edges: {
        extremities: [extremityArrow()],
        variables: {
          solidColor: { type: 'color', default: 'transparent' },
          dashSize: { type: 'number', default: 0 },
          gapSize: { type: 'number', default: 0 },
        },
        // A solid fill for established links; a dash pattern (transparent gaps) for the others.
        layers: [
          layerPlain({ color: { attribute: 'solidColor' } }),
          layerDashed({ dashSize: { attribute: 'dashSize' }, gapSize: { attribute: 'gapSize' }, gapColor: 0 }),
        ],
      },
    },
    styles: {
      nodes: [
        DEFAULT_STYLES.nodes,
        {
          color: (a: NodeAttributes) => (faded(a.marked) ? FADED_NODE : a.color),
          size: (a: NodeAttributes) => (a.marked ? a.size * 1.3 : a.size),
          visibility: (a: NodeAttributes) => (a.hidden ? 'hidden' : 'visible'),
          labelVisibility: (a: NodeAttributes) => (a.marked ? 'visible' : 'auto'),
          labelColor: (a: NodeAttributes) => (faded(a.marked) ? '#8a939c' : '#1b2631'),
          zIndex: (a: NodeAttributes) => (a.marked ? 2 : 1),
        },
      ],
      edges: [
        DEFAULT_STYLES.edges,
        {
          color: edgeColor,
          solidColor: (a: EdgeAttributes) => (a.dashed ? 'transparent' : edgeColor(a)),
          dashSize: (a: EdgeAttributes) => (a.dashed ? 7 : 0),
          gapSize: (a: EdgeAttributes) => (a.dashed ? 5 : 0),
          size: (a: EdgeAttributes) => (a.marked ? 4 : a.size),
          head: 'arrow',
          visibility: (a: EdgeAttributes) => (a.hidden ? 'hidden' : 'visible'),
          zIndex: (a: EdgeAttributes) => (a.marked ? 2 : 1),
        },
      ],
    },
  });
}

/** The canvas as a PNG: sigma's stacked canvases composited right after a fresh render. */
export async function snapshotPng(renderer: ExplorerRenderer): Promise<Blob> {
  renderer.refresh();
  const container = renderer.getContainer();
  const { width, height } = container.getBoundingClientRect();
  const ratio = window.devicePixelRatio || 1;
  const output = document.createElement('canvas');
  output.width = Math.round(width * ratio);
  output.height = Math.round(height * ratio);
  const context = output.getContext('2d');
  if (!context) throw new Error('this browser cannot draw a 2D canvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, output.width, output.height);
  for (const canvas of container.querySelectorAll('canvas')) {
    if (canvas.style.display === 'none') continue;
    context.drawImage(canvas, 0, 0, output.width, output.height);
  }
  return new Promise((resolve, reject) =>
    output.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas could not be encoded'))), 'image/png'),
  );
}
